/// Flattens an inline tree into styled runs with plain-text ranges.
struct RunFlattener {
    private(set) var runs: [InlineRun] = []
    private var offset: Int

    /// `offset` is where the block's text starts in the article's plain text.
    init(startingAt offset: Int) {
        self.offset = offset
    }

    var endOffset: Int { offset }

    mutating func add(_ nodes: [InlineNode], style: InlineStyle = [], destination: String? = nil) {
        for node in nodes {
            switch node.kind {
            case .text:
                appendText(node.text, style: style, destination: destination)
            case .softBreak:
                appendText(" ", style: style, destination: destination)
            case .emphasis:
                add(node.children, style: style.union(.emphasis), destination: destination)
            case .strong:
                add(node.children, style: style.union(.strong), destination: destination)
            case .link(let target):
                add(node.children, style: style.union(.link), destination: target)
            case .footnoteReference(let label):
                runs.append(InlineRun(kind: .footnoteReference(label: label), text: "", style: style,
                                      range: TextRange(start: offset, end: offset)))
            }
        }
    }

    private mutating func appendText(_ text: String, style: InlineStyle, destination: String?) {
        guard !text.isEmpty else { return }
        let length = text.unicodeScalars.count
        if var last = runs.last, last.kind == .text, last.style == style, last.destination == destination {
            last.text += text
            last.range = TextRange(start: last.range.start, end: last.range.end + length)
            runs[runs.count - 1] = last
        } else {
            runs.append(InlineRun(text: text, style: style, destination: destination,
                                  range: TextRange(start: offset, end: offset + length)))
        }
        offset += length
    }

    /// Removes trailing spaces left by a trailing soft break (after the last line's content).
    mutating func trimTrailingSpaces() {
        while var last = runs.last, last.kind == .text, last.text.hasSuffix(" ") {
            last.text.removeLast()
            last.range = TextRange(start: last.range.start, end: last.range.end - 1)
            offset -= 1
            if last.text.isEmpty { runs.removeLast() } else { runs[runs.count - 1] = last }
        }
    }
}
