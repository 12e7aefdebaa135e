import DossierCore

/// An article's plain text prepared for a cursor and selections: its grapheme
/// clusters, their classes, its blocks and its sentences. Build it once per parsed
/// article (it walks the whole text) and keep it beside the document.
///
/// Offsets are Unicode-scalar offsets into the plain text, as everywhere in Dossier.
/// The cursor only ever rests on the start of a cluster inside a block — never on
/// the `\n\n` between blocks, which the reading pane does not show.
///
/// ```swift
/// let text = SelectableText(document: document)
/// var cursor = TextCursor(offset: text.firstStop)
/// cursor = cursor.moved(.sentenceForward, in: text)
/// ```
struct SelectableText: Sendable {
    /// The article's plain text.
    let plainText: PlainText
    /// The non-empty blocks' ranges (body and footnotes), in offset order.
    let blocks: [TextRange]
    /// The scalar offset at which each cluster starts.
    let starts: [Int]
    /// The class of each cluster.
    let classes: [CharacterClass]
    /// Index into ``blocks`` of the block holding each cluster, or -1 between blocks.
    let blockOfCluster: [Int32]
    /// Each sentence as its first and last non-space cluster (inclusive), in order.
    let sentences: [ClusterSpan]
    /// Each block as its first and last non-space cluster (inclusive), in order.
    let paragraphs: [ClusterSpan]

    /// First and last cluster (both inclusive) of a sentence or block.
    struct ClusterSpan: Hashable, Sendable {
        var first: Int
        var last: Int
    }

    /// Prepares a parsed article: its plain text and its blocks' ranges.
    init(document: Document) {
        self.init(plainText: document.plainText, blocks: document.blocks.map(\.range))
    }

    /// Prepares `paragraphs` joined as the Content format joins blocks (`\n\n` after
    /// each): handy in tests.
    init(paragraphs: [String]) {
        var string = ""
        var ranges: [TextRange] = []
        var offset = 0
        for paragraph in paragraphs {
            let length = paragraph.unicodeScalars.count
            ranges.append(TextRange(start: offset, end: offset + length))
            string += paragraph + "\n\n"
            offset += length + 2
        }
        self.init(plainText: PlainText(string), blocks: ranges)
    }

    /// Prepares `plainText` whose blocks span `blocks` (in any order; empty ones ignored).
    init(plainText: PlainText, blocks: [TextRange]) {
        self.plainText = plainText
        let sortedBlocks = blocks.filter { !$0.isEmpty && $0.end <= plainText.count }.sorted { $0.start < $1.start }
        self.blocks = sortedBlocks

        var starts: [Int] = []
        var characters: [Character] = []
        var offset = 0
        for character in plainText.string {
            starts.append(offset)
            characters.append(character)
            offset += character.unicodeScalars.count
        }
        var classes = characters.map(CharacterClass.of)
        for index in classes.indices where CharacterClass.apostrophes.contains(characters[index]) {
            if index > 0, index + 1 < classes.count, classes[index - 1] == .word, classes[index + 1] == .word {
                classes[index] = .word
            }
        }

        var blockOfCluster = [Int32](repeating: -1, count: starts.count)
        var clusterBlocks: [Range<Int>] = []
        var cluster = 0
        for (blockIndex, block) in sortedBlocks.enumerated() {
            while cluster < starts.count && starts[cluster] < block.start { cluster += 1 }
            let first = cluster
            while cluster < starts.count && starts[cluster] < block.end {
                blockOfCluster[cluster] = Int32(blockIndex)
                cluster += 1
            }
            clusterBlocks.append(first..<cluster)
        }

        let sentenceStarts = SentenceSegmenter.starts(characters: characters, classes: classes, blocks: clusterBlocks)
        var sentences: [ClusterSpan] = []
        var blockCursor = 0
        for (index, start) in sentenceStarts.enumerated() {
            while blockCursor < clusterBlocks.count && clusterBlocks[blockCursor].upperBound <= start { blockCursor += 1 }
            let blockEnd = blockCursor < clusterBlocks.count ? clusterBlocks[blockCursor].upperBound : starts.count
            let limit = index + 1 < sentenceStarts.count ? min(sentenceStarts[index + 1], blockEnd) : blockEnd
            sentences.append(ClusterSpan(first: start, last: Self.lastNonSpace(before: limit, from: start, classes: classes)))
        }
        self.paragraphs = clusterBlocks.filter { !$0.isEmpty }.map { block in
            ClusterSpan(first: block.lowerBound, last: Self.lastNonSpace(before: block.upperBound, from: block.lowerBound, classes: classes))
        }
        self.sentences = sentences
        self.starts = starts
        self.classes = classes
        self.blockOfCluster = blockOfCluster
    }

    private static func lastNonSpace(before limit: Int, from first: Int, classes: [CharacterClass]) -> Int {
        var last = limit - 1
        while last > first && classes[last] == .space { last -= 1 }
        return max(first, last)
    }

    // MARK: Offsets and clusters

    /// The plain text's length in scalars.
    var count: Int { plainText.count }

    /// The first place the cursor can rest (0 for a text without blocks).
    var firstStop: Int { firstStopCluster.map { starts[$0] } ?? 0 }

    /// The last place the cursor can rest: the start of the last cluster of the last block.
    var lastStop: Int { lastStopCluster.map { starts[$0] } ?? 0 }

    /// Whether the cursor can rest at `offset`: the start of a cluster inside a block.
    func isStop(_ offset: Int) -> Bool {
        guard let cluster = clusterIndex(containing: offset) else { return false }
        return starts[cluster] == offset && blockOfCluster[cluster] >= 0
    }

    /// The nearest place the cursor can rest for `offset`: the start of the cluster
    /// holding it, moved forward to the next block when it falls between blocks (and
    /// back to ``lastStop`` past the end).
    func stop(nearest offset: Int) -> Int {
        guard let cluster = stopCluster(nearest: offset) else { return 0 }
        return starts[cluster]
    }

    /// The offset just past the cluster that starts at or holds `offset`.
    func clusterEnd(at offset: Int) -> Int {
        guard let cluster = clusterIndex(containing: offset) else { return min(max(0, offset), count) }
        return end(ofCluster: cluster)
    }

    /// The text of `range`.
    func text(in range: TextRange) -> String { plainText.text(in: range) }

    /// The index of the cluster holding `offset`, or `nil` outside the text.
    func clusterIndex(containing offset: Int) -> Int? {
        guard !starts.isEmpty, offset >= 0, offset < count else { return nil }
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The cluster the cursor rests on for `offset` (see ``stop(nearest:)``).
    func stopCluster(nearest offset: Int) -> Int? {
        guard let first = firstStopCluster, let last = lastStopCluster else { return nil }
        guard offset >= starts[first] else { return first }
        guard let cluster = clusterIndex(containing: offset), cluster <= last else { return last }
        var index = cluster
        while index <= last && blockOfCluster[index] < 0 { index += 1 }
        return min(index, last)
    }

    /// The scalar offset just past cluster `index`.
    func end(ofCluster index: Int) -> Int {
        index + 1 < starts.count ? starts[index + 1] : count
    }

    /// Whether cluster `index` is inside a block.
    func isStopCluster(_ index: Int) -> Bool {
        index >= 0 && index < blockOfCluster.count && blockOfCluster[index] >= 0
    }

    var firstStopCluster: Int? { blockOfCluster.firstIndex { $0 >= 0 } }
    var lastStopCluster: Int? { blockOfCluster.lastIndex { $0 >= 0 } }
}
