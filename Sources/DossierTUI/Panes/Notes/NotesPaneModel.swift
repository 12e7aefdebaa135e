import DossierCore
import DossierNotes
import Foundation

/// What the notes pane lists: the annotations of the section(s) in view, in document
/// order, then the article's orphaned annotations (kept and listed until re-attached),
/// and how to move through them. A pure function of the article's notes and of the
/// text on screen; rebuild it when either changes.
///
/// ```swift
/// let model = NotesPaneModel(notes: articleNotes, document: document,
///                            visible: (top..<bottom).compactMap(layout.source(ofLine:)))
/// let jump = model.jump(for: selectedID)   // Enter
/// ```
struct NotesPaneModel: Hashable, Sendable {
    /// One row of the list before wrapping: a heading, a line of information, or a note.
    enum Row: Hashable, Sendable {
        /// A section title (when the notes come from several sections) or the orphans' heading.
        case heading(String)
        /// "2 notes link to this section".
        case info(String)
        /// A note: index into ``items``.
        case note(Int)
    }

    /// The article.
    let article: String
    /// The notes listed, in the order shown.
    let items: [NotesPaneItem]
    /// The rows, in order.
    let rows: [Row]
    /// The sections in view (indices into `Document.sections`), in order.
    let sections: [Int]
    /// The titles of the sections in view, for the pane's title.
    let sectionTitles: [String]
    /// All annotations of the article, listed or not.
    let totalCount: Int

    /// The heading above orphaned notes.
    static let orphansHeading = "Not found in the text"

    /// Builds the list for `notes` when the plain-text ranges `visible` are on screen
    /// (the sources of the reading pane's lines). Without a document, or with nothing
    /// visible, every note of the article is listed.
    init(notes: ArticleNotes, document: Document?, visible: [Range<Int>]) {
        article = notes.article
        totalCount = notes.annotations.count
        let visibleRanges = visible.filter { !$0.isEmpty }
        let scope: Set<Int>? = document.flatMap { document in
            visibleRanges.isEmpty ? nil : Self.sections(inView: visibleRanges, document: document)
        }
        var listed: [NotesPaneItem] = []
        var orphans: [NotesPaneItem] = []
        for annotation in notes.annotations {
            var item = NotesPaneItem(annotation, backlinks: notes.backlinks[annotation.id] ?? 0, handle: notes.handles[annotation.id])
            guard let range = item.range else {
                orphans.append(item)
                continue
            }
            let span = range.start..<max(range.end, range.start + 1)
            item.isInView = visibleRanges.contains { $0.overlaps(span) }
            item.sectionIndex = document?.sectionIndex(containing: range.start)
            if let scope, !item.isInView, !(item.sectionIndex.map(scope.contains) ?? false) { continue }
            listed.append(item)
        }
        listed.sort { ($0.range?.start ?? 0, $0.range?.end ?? 0) < ($1.range?.start ?? 0, $1.range?.end ?? 0) }

        let sectionIndices = scope.map { $0.sorted() } ?? []
        sections = sectionIndices
        sectionTitles = sectionIndices.compactMap { index in
            guard let title = document?.sections[index].title, !title.isEmpty else { return nil }
            return title
        }

        var rows: [Row] = []
        let linking = sectionIndices.compactMap { index in document.map { notes.sectionBacklinks[$0.sections[index].id] ?? 0 } }
            .reduce(0, +)
        if linking > 0 {
            rows.append(.info(linking == 1 ? "1 note links to this section" : "\(linking) notes link to this section"))
        }
        let distinctSections = Set(listed.compactMap(\.sectionIndex))
        var lastSection: Int?
        for (index, item) in listed.enumerated() {
            if distinctSections.count > 1, let section = item.sectionIndex, section != lastSection, let document {
                let title = document.sections[section].title
                rows.append(.heading(title.isEmpty ? "Opening" : title))
                lastSection = section
            }
            rows.append(.note(index))
        }
        if !orphans.isEmpty {
            rows.append(.heading(Self.orphansHeading))
            for offset in orphans.indices { rows.append(.note(listed.count + offset)) }
        }
        items = listed + orphans
        self.rows = rows
    }

    /// The sections with text on screen, and every section between two of them.
    static func sections(inView visible: [Range<Int>], document: Document) -> Set<Int> {
        var result = Set<Int>()
        for range in visible {
            let first = document.sectionIndex(containing: range.lowerBound)
            let last = document.sectionIndex(containing: max(range.lowerBound, range.upperBound - 1))
            for index in min(first, last)...max(first, last) { result.insert(index) }
        }
        return result
    }

    // MARK: Selection

    /// Whether the pane has nothing to list.
    var isEmpty: Bool { items.isEmpty }

    /// The index in ``items`` of the note with `id`.
    func index(of id: UUID?) -> Int? {
        guard let id else { return nil }
        return items.firstIndex { $0.id == id }
    }

    /// The note to select when none is: the first one in view, else the first one.
    var defaultSelection: UUID? {
        (items.first { $0.isInView } ?? items.first)?.id
    }

    /// The note `delta` places after (before, when negative) `id` in the list, clamped
    /// to its ends; the default selection when `id` is not listed.
    func selection(movedFrom id: UUID?, by delta: Int) -> UUID? {
        guard let current = index(of: id) else { return defaultSelection }
        guard !items.isEmpty else { return nil }
        return items[max(0, min(items.count - 1, current + delta))].id
    }

    /// Where Enter on the note with `id` goes.
    func jump(for id: UUID?) -> NoteJump? {
        guard let index = index(of: id) else { return nil }
        let item = items[index]
        guard let range = item.range else { return .orphan(id: item.id) }
        return .passage(article: article, range: range)
    }
}
