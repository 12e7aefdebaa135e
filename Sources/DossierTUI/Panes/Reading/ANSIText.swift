/// A laid-out line as text for a terminal or a pipe: pieces of text, each with the SGR
/// parameters of its style (empty when plain or unstyled), ending with the line break.
///
/// The texts have passed `PrintableText`; the caller writes each piece's parameters as the
/// only escape sequence, so nothing from the Content can steer the terminal.
enum ANSIText {
    static func pieces(_ line: WrappedLine, styled: Bool) -> [(text: String, sgr: String)] {
        var pieces: [(text: String, sgr: String)] = []
        var column = 0
        for segment in line.segments {
            if segment.column > column { pieces.append((String(repeating: " ", count: segment.column - column), "")) }
            pieces.append((PrintableText.sanitized(segment.text), styled ? sgr(segment.style) : ""))
            column = segment.column + segment.width
        }
        pieces.append(("\n", ""))
        return pieces
    }

    /// The SGR parameters for a style ("1;3;36"), empty for the plain style.
    static func sgr(_ style: Style) -> String {
        var codes: [String] = []
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.italic) { codes.append("3") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        if let index = style.foreground.paletteIndex { codes.append(index < 8 ? "\(30 + index)" : "38;5;\(index)") }
        if let index = style.background.paletteIndex { codes.append(index < 8 ? "\(40 + index)" : "48;5;\(index)") }
        return codes.joined(separator: ";")
    }
}
