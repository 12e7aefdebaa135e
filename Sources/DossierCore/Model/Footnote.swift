/// A footnote definition with its back references.
public struct Footnote: Hashable, Sendable {
    public var label: String
    /// Display number: 1-based, in order of first reference in the text.
    public var number: Int
    /// Indices into `Document.blocks` of the definition's paragraphs.
    public var blocks: [Int]
    /// Where the footnote is referenced: block index and run index of each reference.
    var references: [FootnoteReference]

    init(label: String, number: Int, blocks: [Int], references: [FootnoteReference]) {
        self.label = label
        self.number = number
        self.blocks = blocks
        self.references = references
    }
}

/// One place in the text that refers to a footnote.
struct FootnoteReference: Hashable, Sendable {
    var block: Int
    var run: Int
    init(block: Int, run: Int) {
        self.block = block
        self.run = run
    }
}
