/// The styles views draw with, by role. Views never name colours; they ask the theme.
///
/// ``standard(for:)`` reads on dark and on light backgrounds: text keeps the terminal's
/// own colours, and every coloured background comes with an explicit black foreground.
/// On a monochrome terminal (or with `NO_COLOR`) every role is told apart by
/// attributes alone.
struct Theme: Hashable, Sendable {
    var text: Style
    var heading: Style
    var emphasis: Style
    var strong: Style
    var link: Style
    var footnoteMarker: Style
    /// Secondary text: list numbers, dates, hints.
    var dim: Style
    var searchHit: Style
    var currentSearchHit: Style
    var selection: Style
    /// A highlighted passage (`h`).
    var noteHighlight: Style
    /// A passage with a note (`a`): told apart from a highlight by more than colour.
    var notedPassage: Style
    /// A passage with a question (`Q`).
    var questionedPassage: Style
    /// The gutter mark of a passage events are anchored to.
    var gutterMark: Style
    /// The mark of a conflict between articles.
    var conflictMark: Style
    var paneTitle: Style
    var focusedPaneTitle: Style
    var separator: Style
    var statusLine: Style
    /// A key in the status line's hints.
    var statusKey: Style
    var error: Style

    /// Whether the theme uses no colour (a monochrome terminal, `NO_COLOR`).
    var isMonochrome: Bool { self == .monochrome }

    /// A style from elsewhere (the article's reading styles) made fit for this theme:
    /// on a monochrome theme colours are dropped, and a coloured foreground becomes bold
    /// so that it still stands out.
    func adapted(_ style: Style) -> Style {
        guard isMonochrome, style.foreground != .terminalDefault || style.background != .terminalDefault else { return style }
        var attributes = style.attributes
        if style.foreground != .terminalDefault { attributes.insert(.bold) }
        if style.background != .terminalDefault { attributes.insert(.reverse) }
        return Style(attributes: attributes)
    }

    /// The default theme for what the terminal can show.
    static func standard(for support: ColorSupport) -> Theme {
        support == .monochrome ? monochrome : color(palette256: support == .palette256)
    }

    /// Attributes only.
    static let monochrome = Theme(
        text: .plain,
        heading: Style(attributes: [.bold, .underline]),
        emphasis: Style(attributes: .italic),
        strong: Style(attributes: .bold),
        link: Style(attributes: .underline),
        footnoteMarker: Style(attributes: .bold),
        dim: Style(attributes: .dim),
        searchHit: Style(attributes: .reverse),
        currentSearchHit: Style(attributes: [.reverse, .bold, .underline]),
        selection: Style(attributes: .reverse),
        noteHighlight: Style(attributes: .underline),
        notedPassage: Style(attributes: [.underline, .bold]),
        questionedPassage: Style(attributes: [.underline, .italic]),
        gutterMark: Style(attributes: .bold),
        conflictMark: Style(attributes: [.bold, .reverse]),
        paneTitle: Style(attributes: .bold),
        focusedPaneTitle: Style(attributes: [.bold, .reverse]),
        separator: Style(attributes: .dim),
        statusLine: Style(attributes: .reverse),
        statusKey: Style(attributes: [.reverse, .bold]),
        error: Style(attributes: [.bold, .reverse])
    )

    /// ANSI colours (with a few palette refinements when 256 colours exist).
    static func color(palette256: Bool) -> Theme {
        let highlight: Color = palette256 ? .indexed(223) : .yellow
        let noted: Color = palette256 ? .indexed(153) : .cyan
        let questioned: Color = palette256 ? .indexed(218) : .magenta
        let hit: Color = palette256 ? .indexed(220) : .yellow
        return Theme(
            text: .plain,
            heading: Style(attributes: .bold),
            emphasis: Style(attributes: .italic),
            strong: Style(attributes: .bold),
            link: Style(foreground: .blue, attributes: .underline),
            footnoteMarker: Style(foreground: .magenta, attributes: .bold),
            dim: Style(attributes: .dim),
            searchHit: Style(foreground: .black, background: hit),
            currentSearchHit: Style(foreground: .black, background: hit, attributes: [.bold, .underline]),
            selection: Style(attributes: .reverse),
            noteHighlight: Style(foreground: .black, background: highlight),
            notedPassage: Style(foreground: .black, background: noted, attributes: .underline),
            questionedPassage: Style(foreground: .black, background: questioned, attributes: [.underline, .italic]),
            gutterMark: Style(foreground: .magenta, attributes: .bold),
            conflictMark: Style(foreground: .red, attributes: .bold),
            paneTitle: Style(attributes: .bold),
            focusedPaneTitle: Style(foreground: .black, background: .cyan, attributes: .bold),
            separator: Style(attributes: .dim),
            statusLine: Style(attributes: .reverse),
            statusKey: Style(attributes: [.reverse, .bold]),
            error: Style(foreground: .white, background: .red, attributes: .bold)
        )
    }
}
