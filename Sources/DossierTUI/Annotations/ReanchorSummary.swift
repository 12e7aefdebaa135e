import DossierNotes

/// How an article's notes fitted its text when it was opened: how many were found
/// moved, changed or not at all (``NotesStore/reanchor(collection:article:plainText:options:)``).
struct ReanchorSummary: Hashable, Sendable {
    var article: String
    var moved = 0
    var changed = 0
    var orphaned = 0

    init(article: String, moved: Int = 0, changed: Int = 0, orphaned: Int = 0) {
        self.article = article
        self.moved = moved
        self.changed = changed
        self.orphaned = orphaned
    }

    /// The summary of a re-anchoring report.
    init(article: String, report: ReanchorReport) {
        self.init(article: article, counts: report.counts)
    }

    /// The summary of notes as stored, for an article whose text has not changed since they
    /// were last anchored (nothing was re-anchored; the statuses found then still hold).
    init(article: String, notes: [Annotation]) {
        self.init(article: article, counts: notes.reduce(into: [:]) { $0[$1.anchorStatus, default: 0] += 1 })
    }

    private init(article: String, counts: [AnchorStatus: Int]) {
        self.init(article: article, moved: counts[.reanchored] ?? 0, changed: counts[.approximate] ?? 0, orphaned: counts[.orphaned] ?? 0)
    }

    /// "2 notes followed their moved passage · 1 note's passage was not found — see the
    /// notes pane"; `nil` when every note is where it was.
    var message: String? {
        var parts: [String] = []
        func count(_ number: Int, _ singular: String, _ plural: String) {
            guard number > 0 else { return }
            parts.append(number == 1 ? "1 note " + singular : "\(number) notes " + plural)
        }
        count(moved, "followed its moved passage", "followed their moved passages")
        count(changed, "is on a changed passage (≈)", "are on changed passages (≈)")
        count(orphaned, "lost its passage (✗)", "lost their passages (✗)")
        guard !parts.isEmpty else { return nil }
        return parts.joined(separator: " · ") + " — see the notes pane"
    }
}
