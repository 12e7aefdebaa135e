/// The fixed geometry inside panes, shared by the views (which draw with it) and the
/// reducers (which scroll with it): title rows, the reading gutter, the text width.
enum PaneGeometry {
    /// Columns left of the reading text: the cursor mark and the event mark.
    static let readingGutter = 2
    /// Columns right of the reading text.
    static let readingMargin = 1
    /// The reading text is never wider than this, however wide the pane: long lines
    /// are hard to read.
    static let maximumTextWidth = 96

    /// A pane without its title row.
    static func body(of pane: Rect) -> Rect {
        pane.inset(top: 1)
    }

    /// The text width of a reading pane `paneWidth` wide.
    static func readingTextWidth(paneWidth: Int) -> Int {
        max(10, min(maximumTextWidth, paneWidth - readingGutter - readingMargin))
    }
}

extension AppState {
    /// The reading pane's rectangle, or where it would be when a side pane covers it
    /// (a narrow screen under 60 columns), so reading keeps its geometry.
    var readingRect: Rect {
        if let rect = screenLayout.rect(for: .reading) { return rect }
        return ScreenLayout(size: size).rect(for: .reading) ?? Rect(size: size)
    }

    /// Lines of text the reading pane shows at once.
    var readingHeight: Int {
        max(1, PaneGeometry.body(of: readingRect).height)
    }

    /// The width articles are laid out at.
    var readingTextWidth: Int {
        PaneGeometry.readingTextWidth(paneWidth: readingRect.width)
    }

    /// Rows a side pane's list shows at once (its body when visible, else the screen's).
    func listHeight(of pane: Pane) -> Int {
        let rect = screenLayout.rect(for: pane) ?? Rect(size: size)
        return max(1, pane.content.listArea(of: PaneGeometry.body(of: rect)).height)
    }

    /// The current article's layout at the width its line numbers refer to (the current
    /// width once the reducer has laid it out), if the article is parsed.
    var laidOutArticle: LaidOutArticle? {
        library.peekLayout(article: reading.articleID, width: reading.width > 0 ? reading.width : readingTextWidth)
    }
}

extension AppState {
    /// The section of the text at the top of the reading pane.
    var currentSectionIndex: Int? {
        guard let document, let layout = laidOutArticle,
              let block = layout.blockIndex(atOrBelow: reading.topLine) else { return nil }
        return document.blocks[block].sectionIndex
    }
}
