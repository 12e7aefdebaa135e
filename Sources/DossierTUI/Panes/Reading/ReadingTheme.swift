import DossierCore

/// The styles of article text: one table shared by the reading pane and `dossier show`.
struct ReadingTheme: Sendable {
    var heading: [Int: Style]
    var emphasis: Style
    var strong: Style
    var link: Style
    var footnoteMarker: Style
    var listMarker: Style
    var quoteBar: Style
    var footnoteHeader: Style

    /// Attributes only (bold, italic, underline, dim): reads on dark and light backgrounds
    /// and on monochrome terminals.
    static let standard = ReadingTheme(
        heading: [1: Style(attributes: [.bold, .underline]), 2: Style(attributes: .bold)],
        emphasis: Style(attributes: .italic),
        strong: Style(attributes: .bold),
        link: Style(attributes: .underline),
        footnoteMarker: Style(foreground: .cyan),
        listMarker: Style(attributes: .bold),
        quoteBar: Style(attributes: .dim),
        footnoteHeader: Style(attributes: .dim)
    )

    func headingStyle(level: Int) -> Style {
        heading[level] ?? heading[2] ?? Style(attributes: .bold)
    }

    /// The style of an inline run.
    func style(for inline: InlineStyle) -> Style {
        var style = Style.plain
        if inline.contains(.emphasis) { style = style.patched(with: emphasis) }
        if inline.contains(.strong) { style = style.patched(with: strong) }
        if inline.contains(.link) { style = style.patched(with: link) }
        return style
    }
}
