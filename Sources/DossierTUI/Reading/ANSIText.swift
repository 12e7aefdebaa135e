/// Serialises a laid-out line as text for a terminal or a pipe: with ANSI SGR styles, or plain.
///
/// Only SGR sequences are written, and the text itself has passed `PrintableText`, so
/// nothing from the Content can steer the terminal.
public enum ANSIText {
    /// The line without its line break.
    public static func render(_ line: WrappedLine, styled: Bool) -> String {
        var output = ""
        var column = 0
        for segment in line.segments {
            if segment.column > column { output += String(repeating: " ", count: segment.column - column) }
            let text = PrintableText.sanitized(segment.text)
            let codes = styled ? sgr(segment.style) : ""
            output += codes.isEmpty ? text : "\u{1B}[\(codes)m\(text)\u{1B}[0m"
            column = segment.column + segment.width
        }
        return output
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
