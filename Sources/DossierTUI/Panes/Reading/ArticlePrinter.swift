import DossierCore

/// `dossier show`: an article laid out at a width, as the reading pane lays it out, and
/// handed on line by line as text for a terminal or a pipe. A line is written as soon as
/// it is filled, so an article of any size is printed holding one line at a time.
///
/// ```swift
/// ArticlePrinter(width: 80, styled: false).print(article, document: document) { pieces in
///     // pieces: [("Pakistan and the Soviet Union", ""), ("\n", "")]
/// }
/// ```
public struct ArticlePrinter {
    let layout: ArticleLayout
    let styled: Bool

    /// Lines of `width` columns; `styled`: with the SGR parameters of each piece's style
    /// (for a terminal that takes them), else every piece unstyled.
    public init(width: Int, styled: Bool) {
        layout = ArticleLayout(width: width)
        self.styled = styled
    }

    /// Hands `write` the article's lines in order, each as pieces of text with their SGR
    /// parameters (``ANSIText``), the last piece a line break: the header (title, byline)
    /// and the whole body, or with `section` (an index into `document.sections`) that
    /// section and its subsections alone, without the header.
    public func print(_ article: Article, document: Document, section: Int? = nil, to write: ([(text: String, sgr: String)]) -> Void) {
        func writeLine(_ line: WrappedLine) {
            write(ANSIText.pieces(line, styled: styled))
        }
        if section == nil {
            ArticleHeader.lines(for: article.metadata, width: layout.width).forEach(writeLine)
        }
        layout.forEachLine(of: document, sections: section.map { layout.sections(under: $0, in: document) }) { writeLine($0.line) }
    }
}
