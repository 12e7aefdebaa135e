/// Assembles blocks, sections, footnotes and the plain text of a `Document`.
struct DocumentBuilder {
    private var blocks: [Block] = []
    private var sections: [Section] = [Section(id: "opening", title: "", level: 0, parent: nil, children: [],
                                               blocks: 0..<0, range: TextRange(start: 0, end: 0))]
    private var sectionStack: [Int] = [0]
    private var usedSectionIDs: Set<String> = ["opening"]
    private var text = ""
    private var offset = 0
    private var footnoteBlocks: [String: [Int]] = [:]
    private var footnoteOrder: [String] = []
    /// Footnote label → display number, in order of first reference.
    var footnoteUse: [String: Int] = [:]

    private mutating func appendBlock(kind: Block.Kind, raw: RawBlock, nodes: [InlineNode], section: Int) -> Int {
        var flattener = RunFlattener(startingAt: offset)
        flattener.add(nodes)
        flattener.trimTrailingSpaces()
        let runs = flattener.runs
        let blockText = runs.map(\.text).joined()
        let range = TextRange(start: offset, end: flattener.endOffset)
        text += blockText
        text += "\n\n"
        offset = flattener.endOffset + 2
        blocks.append(Block(kind: kind, runs: runs, range: range, sourceLine: raw.line, sectionIndex: section))
        return blocks.count - 1
    }

    mutating func addBodyBlock(_ raw: RawBlock, nodes: [InlineNode]) {
        switch raw.kind {
        case .heading(let level):
            while let top = sectionStack.last, top != 0, sections[top].level >= level {
                closeSection(top)
                sectionStack.removeLast()
            }
            let parent = sectionStack.last == 0 ? nil : sectionStack.last
            let index = sections.count
            sections.append(Section(id: "", title: "", level: level, parent: parent, children: [],
                                    blocks: blocks.count..<blocks.count, range: TextRange(start: offset, end: offset)))
            if let parent { sections[parent].children.append(index) }
            if sectionStack.last == 0 { closeSection(0) }
            sectionStack.append(index)
            let block = appendBlock(kind: .heading(level: level), raw: raw, nodes: nodes, section: index)
            let title = blocks[block].text
            sections[index].title = title
            sections[index].id = uniqueID(SectionID.slug(title))
        case .paragraph:
            _ = appendBlock(kind: .paragraph, raw: raw, nodes: nodes, section: currentSection)
        case .listItem(let number, let depth):
            _ = appendBlock(kind: .listItem(number: number, depth: depth), raw: raw, nodes: nodes, section: currentSection)
        case .listContinuation(let depth):
            _ = appendBlock(kind: .listContinuation(depth: depth), raw: raw, nodes: nodes, section: currentSection)
        case .blockQuote(let depth):
            _ = appendBlock(kind: .blockQuote(depth: depth), raw: raw, nodes: nodes, section: currentSection)
        case .footnote:
            break
        }
        let current = currentSection
        sections[current].blocks = sections[current].blocks.lowerBound..<blocks.count
    }

    private var currentSection: Int { sectionStack.last ?? 0 }

    private mutating func closeSection(_ index: Int) {
        sections[index].range = TextRange(start: sections[index].range.start, end: max(sections[index].range.start, offset))
    }

    private mutating func uniqueID(_ base: String) -> String {
        var candidate = base
        var suffix = 2
        while usedSectionIDs.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        usedSectionIDs.insert(candidate)
        return candidate
    }

    mutating func finishBody() {
        for index in sectionStack.reversed() { closeSection(index) }
        sectionStack = [0]
    }

    mutating func addFootnoteBlock(label: String, first: Bool, raw: RawBlock, nodes: [InlineNode]) {
        if footnoteBlocks[label] == nil { footnoteOrder.append(label) }
        // A footnote belongs to the section that first refers to it.
        let section = firstReferenceSection(label) ?? max(0, sections.count - 1)
        let index = appendBlock(kind: .footnote(label: label, first: first), raw: raw, nodes: nodes, section: section)
        footnoteBlocks[label, default: []].append(index)
    }

    private func firstReferenceSection(_ label: String) -> Int? {
        for block in blocks where !block.isFootnote {
            if block.runs.contains(where: { $0.footnoteLabel == label }) { return block.sectionIndex }
        }
        return nil
    }

    func build() -> Document {
        var referencesByLabel: [String: [FootnoteReference]] = [:]
        for (blockIndex, block) in blocks.enumerated() {
            for (runIndex, run) in block.runs.enumerated() {
                if let label = run.footnoteLabel {
                    referencesByLabel[label, default: []].append(FootnoteReference(block: blockIndex, run: runIndex))
                }
            }
        }
        var footnotes: [Footnote] = []
        var nextUnreferencedNumber = footnoteUse.count + 1
        for label in footnoteOrder {
            let number: Int
            if let used = footnoteUse[label] {
                number = used
            } else {
                number = nextUnreferencedNumber
                nextUnreferencedNumber += 1
            }
            footnotes.append(Footnote(label: label, number: number, blocks: footnoteBlocks[label] ?? [],
                                      references: referencesByLabel[label] ?? []))
        }
        footnotes.sort { $0.number < $1.number }
        return Document(blocks: blocks, sections: sections, footnotes: footnotes, plainText: PlainText(text))
    }
}
