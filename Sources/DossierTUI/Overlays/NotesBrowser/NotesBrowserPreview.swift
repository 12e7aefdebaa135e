import DossierCore
import Foundation
import DossierNotes

/// The selected note whole, as the notes browser's preview shows it: what and where it
/// is, its tags and dates, the quoted passage, then the body, every part wrapped to the
/// preview's width (the list shows one line of each note only).
enum NotesBrowserPreview {
    static func lines(_ note: Annotation, library: LibraryState, width: Int, theme: Theme) -> [WrappedLine] {
        let wrapper = LineWrapper(width: max(1, width))
        let item = NotesPaneItem(note)
        var lines: [WrappedLine] = []
        func add(_ text: String, _ style: Style) {
            lines += wrapper.wrap([StyledRun(text, style: style)])
        }
        add("\(item.kindSymbol) \(note.kind.rawValue) · \(place(of: note, library: library))", theme.strong)
        if let mark = item.statusMark { add("\(mark.symbol) \(mark.text)", theme.conflictMark) }
        if !note.tags.isEmpty { add(note.tags.map { "#" + $0 }.joined(separator: " "), theme.link) }
        add(dates(of: note), theme.dim)
        lines.append(WrappedLine(segments: [], source: nil))
        lines += NoteEditorGeometry.quoteLines(note.quote, width: width, style: theme.emphasis)
        guard !note.body.allSatisfy(\.isWhitespace) else { return lines }
        lines.append(WrappedLine(segments: [], source: nil))
        for paragraph in note.body.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(paragraph).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty {
                lines.append(WrappedLine(segments: [], source: nil))
            } else {
                add(text, theme.text)
            }
        }
        return lines
    }

    /// "hanif — Title · Section" (the section when the article has been read in this run).
    static func place(of note: Annotation, library: LibraryState) -> String {
        var place = note.article
        if let title = library.article(note.article)?.metadata.title, !title.isEmpty { place += " — " + title }
        if let document = library.documents[note.article], note.anchorStatus != .orphaned,
           let start = note.selectors.position?.start, !document.sections.isEmpty {
            let section = document.sections[document.sectionIndex(containing: start)].title
            place += " · " + (section.isEmpty ? "opening" : section)
        }
        return place
    }

    /// "changed 2026-01-02 10:00 · made 2026-01-01 09:30" (UTC, as stored).
    static func dates(of note: Annotation) -> String {
        let made = "made " + minute(note.created)
        return note.modified == note.created ? made : "changed " + minute(note.modified) + " · " + made
    }

    /// "2026-01-02 10:00" (UTC).
    static func minute(_ date: Date) -> String {
        String(ISODate.string(date).prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// "2026-01-02" (UTC): the date column of the list in date order.
    static func day(_ date: Date) -> String { String(ISODate.string(date).prefix(10)) }
}
