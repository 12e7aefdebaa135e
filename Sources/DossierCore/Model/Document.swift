/// The parsed body of one article: its blocks, section tree, footnotes and plain text.
///
/// `blocks` holds the body in reading order followed by the footnote definitions' paragraphs;
/// every block's `range` points into `plainText` (see Content/README.md, "Plain text and offsets").
public struct Document: Sendable {
    public var blocks: [Block]
    /// All sections in document order; `sections[0]` is the unnamed opening (level 0),
    /// which may be empty when the body starts with a heading.
    public var sections: [Section]
    /// Footnote definitions in order of their display number.
    public var footnotes: [Footnote]
    public var plainText: PlainText

    init(blocks: [Block], sections: [Section], footnotes: [Footnote], plainText: PlainText) {
        self.blocks = blocks
        self.sections = sections
        self.footnotes = footnotes
        self.plainText = plainText
    }

    /// The footnote with `label`, if defined.
    public func footnote(labeled label: String) -> Footnote? {
        footnotes.first { $0.label == label }
    }

    /// The section with `id`, if any.
    public func sectionIndex(withID id: String) -> Int? {
        sections.firstIndex { $0.id == id }
    }

    /// Number of body blocks (the footnote paragraphs follow them in `blocks`).
    public var bodyBlockCount: Int {
        blocks.firstIndex(where: \.isFootnote) ?? blocks.count
    }

    /// The index of the block whose range contains `offset` (or the last block starting before it).
    public func blockIndex(containing offset: Int) -> Int? {
        guard !blocks.isEmpty else { return nil }
        var low = 0
        var high = blocks.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if blocks[mid].range.start <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The innermost section holding `offset`.
    public func sectionIndex(containing offset: Int) -> Int {
        guard let block = blockIndex(containing: offset) else { return 0 }
        return blocks[block].sectionIndex
    }

    /// Words in the body (footnotes excluded): runs of letters or digits.
    public var wordCount: Int {
        var count = 0
        for block in blocks where !block.isFootnote {
            count += WordCounter.count(in: block.text)
        }
        return count
    }
}
