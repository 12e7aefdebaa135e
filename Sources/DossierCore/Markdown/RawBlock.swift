/// A block as the block parser finds it, before inline parsing.
struct RawBlock {
    enum Kind: Equatable {
        case heading(level: Int)
        case paragraph
        case listItem(number: Int?, depth: Int)
        case listContinuation(depth: Int)
        case blockQuote(depth: Int)
        case footnote(label: String, first: Bool)
    }

    /// Where one source line's content starts inside `text`, so inline positions map back to the file.
    struct LineStart {
        var offset: Int
        var line: Int
        var column: Int
    }

    var kind: Kind
    /// The block's content lines joined by `\n`, container markers and indentation removed.
    var text: [Unicode.Scalar]
    var lineStarts: [LineStart]

    var line: Int { lineStarts.first?.line ?? 1 }

    /// The file position of the scalar at `offset` in `text`.
    func position(of offset: Int) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        return SourcePosition(line: start.line, column: start.column + (offset - start.offset))
    }
}
