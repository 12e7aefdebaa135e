import DossierCore

/// The wrapped lines of a footnote popup.
enum FootnoteContent {
    /// The footnote's paragraphs wrapped at `width`, or `nil` when the article is not
    /// parsed or has no such footnote.
    static func lines(_ popup: FootnotePopup, library: LibraryState, width: Int) -> [WrappedLine]? {
        guard let document = library.documents[popup.article], let note = document.footnote(labeled: popup.label) else { return nil }
        let layout = ArticleLayout(width: width)
        var lines: [WrappedLine] = []
        for (position, blockIndex) in note.blocks.enumerated() {
            if position > 0 { lines.append(WrappedLine(segments: [], source: nil)) }
            let runs = layout.styledRuns(document.blocks[blockIndex], document: document)
            lines += LineWrapper(width: max(1, width)).wrap(runs)
        }
        return lines
    }

    /// The popup frame for a footnote (sized to its text).
    static func frame(_ popup: FootnotePopup, library: LibraryState, screen: Size) -> Rect {
        let count = lines(popup, library: library, width: PopupGeometry.bodyWidth(screen: screen, preferredWidth: 72))?.count ?? 1
        return PopupGeometry.frame(screen: screen, preferredWidth: 72, contentHeight: count)
    }
}
