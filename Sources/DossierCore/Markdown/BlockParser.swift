/// Splits a Markdown body into blocks: ATX headings, paragraphs, list items, block quotes
/// and footnote definitions (the dialect of Content/README.md), following CommonMark's
/// container rules for them. One pass over the lines; the cost is linear in the input.
struct BlockParser {
    private struct OpenListItem {
        var markerIndent: Int
        var contentIndent: Int
    }

    private struct OpenParagraph {
        var kind: RawBlock.Kind
        var text: [Unicode.Scalar]
        var lineStarts: [RawBlock.LineStart]
        var quoteDepth: Int
    }

    private(set) var blocks: [RawBlock] = []
    private var paragraph: OpenParagraph?
    private var lists: [OpenListItem] = []
    private var footnoteLabel: String?
    private var previousLineBlank = false

    /// Parses `text`, whose first line is line `firstLine` of its file.
    static func parse(_ text: String, firstLine: Int) -> [RawBlock] {
        var parser = BlockParser()
        var lineNumber = firstLine
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                parser.consume(line: current, number: lineNumber)
                current.removeAll(keepingCapacity: true)
                lineNumber += 1
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { parser.consume(line: current, number: lineNumber) }
        parser.closeParagraph()
        return parser.blocks
    }

    private mutating func consume(line: [Unicode.Scalar], number: Int) {
        var position = 0
        var quoteDepth = 0
        // Block-quote markers: up to three spaces, `>`, one optional space.
        while true {
            let indent = Self.countSpaces(line, from: position)
            guard indent <= 3, position + indent < line.count, line[position + indent] == ">" else { break }
            position += indent + 1
            if position < line.count && line[position] == " " { position += 1 }
            quoteDepth += 1
        }
        let isBlank = Self.isBlank(line, from: position)
        if isBlank {
            closeParagraph()
            previousLineBlank = true
            return
        }
        let indent = Self.countSpaces(line, from: position)

        if quoteDepth > 0 {
            if let open = paragraph, open.quoteDepth == quoteDepth || (open.quoteDepth > quoteDepth && !startsBlock(line, at: position + indent)) {
                appendLine(line, from: position + indent, number: number)
            } else {
                closeParagraph()
                lists.removeAll()
                footnoteLabel = nil
                consumeContent(line, at: position, number: number, quoteDepth: quoteDepth, baseIndent: 0)
            }
            previousLineBlank = false
            return
        }
        if let open = paragraph, open.quoteDepth > 0 {
            // Lazy continuation of a quoted paragraph.
            if !startsBlock(line, at: position + indent) {
                appendLine(line, from: position + indent, number: number)
                previousLineBlank = false
                return
            }
            closeParagraph()
        }

        // Footnote definitions hold lines indented by four spaces.
        if footnoteLabel != nil {
            if indent >= 4 {
                let contentStart = position + 4
                if paragraph == nil || previousLineBlank {
                    closeParagraph()
                    startParagraph(.footnote(label: footnoteLabel!, first: false), line, from: contentStart + Self.countSpaces(line, from: contentStart), number: number, quoteDepth: 0)
                } else {
                    appendLine(line, from: contentStart, number: number)
                }
                previousLineBlank = false
                return
            }
            if paragraph != nil && !previousLineBlank && !startsBlock(line, at: position + indent) {
                appendLine(line, from: position + indent, number: number)
                previousLineBlank = false
                return
            }
            footnoteLabel = nil
        }

        // List items hold lines indented to their content column.
        while let item = lists.last, indent < item.contentIndent {
            if Self.listMarker(line, at: position + indent) != nil && indent >= item.markerIndent - 0 && indent < item.contentIndent && indent >= item.markerIndent {
                break
            }
            if paragraph != nil && !previousLineBlank && !startsBlock(line, at: position + indent) {
                appendLine(line, from: position + indent, number: number)
                previousLineBlank = false
                return
            }
            lists.removeLast()
        }
        consumeContent(line, at: position, number: number, quoteDepth: 0, baseIndent: 0)
        previousLineBlank = false
    }

    /// Handles a line's content once container markers are stripped.
    private mutating func consumeContent(_ line: [Unicode.Scalar], at position: Int, number: Int, quoteDepth: Int, baseIndent: Int) {
        let indent = Self.countSpaces(line, from: position)
        let start = position + indent
        let depth = lists.count

        if let level = Self.headingLevel(line, at: start), indent <= 3 || depth > 0 {
            closeParagraph()
            if depth == 0 { footnoteLabel = nil }
            emitHeading(line, at: start, level: level, number: number)
            return
        }
        if quoteDepth == 0, depth == 0, indent <= 3, let (label, contentStart) = Self.footnoteDefinition(line, at: start) {
            closeParagraph()
            lists.removeAll()
            footnoteLabel = label
            startParagraph(.footnote(label: label, first: true), line, from: contentStart + Self.countSpaces(line, from: contentStart), number: number, quoteDepth: 0)
            return
        }
        if let marker = Self.listMarker(line, at: start) {
            let contentEmpty = Self.isBlank(line, from: start + marker.length)
            let interruptsPlainParagraph = paragraph != nil && !previousLineBlank && lists.isEmpty
            let allowed = !interruptsPlainParagraph || (!contentEmpty && (marker.number == nil || marker.number == 1))
            if allowed {
                closeParagraph()
                while let item = lists.last, item.contentIndent > indent { lists.removeLast() }
                var spacesAfter = Self.countSpaces(line, from: start + marker.length)
                if spacesAfter > 4 || contentEmpty { spacesAfter = 1 }
                let contentIndent = indent + marker.length + spacesAfter
                let itemDepth = lists.count
                lists.append(OpenListItem(markerIndent: indent, contentIndent: contentIndent))
                let contentStart = min(line.count, start + marker.length + spacesAfter)
                startParagraph(.listItem(number: marker.number, depth: itemDepth), line, from: contentStart, number: number, quoteDepth: quoteDepth)
                return
            }
        }
        if paragraph != nil && !previousLineBlank {
            appendLine(line, from: start, number: number)
            return
        }
        closeParagraph()
        let kind: RawBlock.Kind
        if quoteDepth > 0 {
            kind = .blockQuote(depth: quoteDepth)
        } else if let label = footnoteLabel {
            kind = .footnote(label: label, first: false)
        } else if depth > 0 {
            kind = .listContinuation(depth: depth - 1)
        } else {
            kind = .paragraph
        }
        startParagraph(kind, line, from: start, number: number, quoteDepth: quoteDepth)
    }

    // MARK: Paragraph assembly

    private mutating func startParagraph(_ kind: RawBlock.Kind, _ line: [Unicode.Scalar], from start: Int, number: Int, quoteDepth: Int) {
        paragraph = OpenParagraph(kind: kind, text: [], lineStarts: [], quoteDepth: quoteDepth)
        appendLine(line, from: start, number: number, firstLine: true)
    }

    private mutating func appendLine(_ line: [Unicode.Scalar], from start: Int, number: Int, firstLine: Bool = false) {
        guard paragraph != nil else { return }
        var begin = min(start, line.count)
        while begin < line.count && line[begin] == " " { begin += 1 }
        var end = line.count
        while end > begin && line[end - 1] == " " { end -= 1 }
        if !firstLine { paragraph!.text.append("\n") }
        paragraph!.lineStarts.append(RawBlock.LineStart(offset: paragraph!.text.count, line: number, column: begin + 1))
        paragraph!.text.append(contentsOf: line[begin..<end])
    }

    private mutating func closeParagraph() {
        guard let open = paragraph else { return }
        paragraph = nil
        blocks.append(RawBlock(kind: open.kind, text: open.text, lineStarts: open.lineStarts))
    }

    private mutating func emitHeading(_ line: [Unicode.Scalar], at start: Int, level: Int, number: Int) {
        var begin = start + level
        while begin < line.count && line[begin] == " " { begin += 1 }
        var end = line.count
        while end > begin && line[end - 1] == " " { end -= 1 }
        // An optional closing sequence of `#`s, preceded by a space.
        var hashes = end
        while hashes > begin && line[hashes - 1] == "#" { hashes -= 1 }
        if hashes < end && (hashes == begin || line[hashes - 1] == " ") {
            end = hashes
            while end > begin && line[end - 1] == " " { end -= 1 }
        }
        let text = Array(line[begin..<end])
        blocks.append(RawBlock(kind: .heading(level: level), text: text,
                               lineStarts: [RawBlock.LineStart(offset: 0, line: number, column: begin + 1)]))
    }

    // MARK: Line classification

    private func startsBlock(_ line: [Unicode.Scalar], at start: Int) -> Bool {
        if Self.headingLevel(line, at: start) != nil { return true }
        if start < line.count && line[start] == ">" { return true }
        if Self.footnoteDefinition(line, at: start) != nil { return true }
        if let marker = Self.listMarker(line, at: start), !Self.isBlank(line, from: start + marker.length) {
            return marker.number == nil || marker.number == 1 || !lists.isEmpty
        }
        return false
    }

    static func countSpaces(_ line: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < line.count && line[index] == " " { index += 1 }
        return index - start
    }

    static func isBlank(_ line: [Unicode.Scalar], from start: Int) -> Bool {
        guard start < line.count else { return true }
        for index in start..<line.count where line[index] != " " { return false }
        return true
    }

    /// The level of an ATX heading starting at `start`: 1–6 `#`s followed by a space or the end of the line.
    static func headingLevel(_ line: [Unicode.Scalar], at start: Int) -> Int? {
        var level = 0
        while start + level < line.count && line[start + level] == "#" && level < 7 { level += 1 }
        guard (1...6).contains(level) else { return nil }
        let next = start + level
        return next == line.count || line[next] == " " ? level : nil
    }

    struct ListMarker {
        var number: Int?
        var length: Int
    }

    /// A bullet (`-`, `+`, `*`) or ordered marker (1–9 digits and `.` or `)`), followed by a space or the end of the line.
    static func listMarker(_ line: [Unicode.Scalar], at start: Int) -> ListMarker? {
        guard start < line.count else { return nil }
        let first = line[start]
        if first == "-" || first == "+" || first == "*" {
            let next = start + 1
            guard next == line.count || line[next] == " " else { return nil }
            // `* * *` and `- - -` are thematic breaks in CommonMark, not list items.
            if isThematicBreak(line, from: start) { return nil }
            return ListMarker(number: nil, length: 1)
        }
        var index = start
        var value = 0
        while index < line.count, index - start < 9, let digit = line[index].properties.numericType == .decimal ? Int(String(line[index])) : nil, line[index].isASCII {
            value = value * 10 + digit
            index += 1
        }
        guard index > start, index < line.count, line[index] == "." || line[index] == ")" else { return nil }
        let next = index + 1
        guard next == line.count || line[next] == " " else { return nil }
        return ListMarker(number: value, length: next - start)
    }

    static func isThematicBreak(_ line: [Unicode.Scalar], from start: Int) -> Bool {
        let marker = line[start]
        var count = 0
        for index in start..<line.count {
            if line[index] == marker { count += 1 } else if line[index] != " " { return false }
        }
        return count >= 3
    }

    /// `[^label]:` at `start`: the label and the index where the definition's text begins.
    static func footnoteDefinition(_ line: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        guard start + 4 <= line.count, line[start] == "[", line[start + 1] == "^" else { return nil }
        var index = start + 2
        while index < line.count, line[index] != "]", line[index] != " ", index - start < 1000 { index += 1 }
        guard index < line.count, line[index] == "]", index > start + 2,
              index + 1 < line.count, line[index + 1] == ":" else { return nil }
        var label = String.UnicodeScalarView()
        label.append(contentsOf: line[(start + 2)..<index])
        return (String(label), index + 2)
    }
}
