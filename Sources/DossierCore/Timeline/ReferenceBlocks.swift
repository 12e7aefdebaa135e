/// Decides which blocks of a document are bibliography rather than running text: the dates in
/// them are the dates of sources, not of events (see `DateMentionFinder`, "Context").
enum ReferenceBlocks {
    /// Section titles (folded) whose blocks are a reference list.
    static let referenceSectionTitles: Set<String> = [
        "references", "reference", "bibliography", "end notes", "endnotes", "notes", "works cited", "sources",
        "further reading", "citations",
    ]

    /// Words (folded) that mark a footnote as a citation.
    static let citationMarkers = ["http", "www.", "ibid", "accessed", "op. cit", "retrieved"]

    static func isReference(_ block: Block, in document: Document) -> Bool {
        if block.isFootnote { return isCitingNote(block) }
        guard document.sections.indices.contains(block.sectionIndex) else { return false }
        var index: Int? = block.sectionIndex
        while let current = index {
            let section = document.sections[current]
            if referenceSectionTitles.contains(FoldedText.string(section.title).trimmingSpaces) { return true }
            index = section.parent
        }
        return false
    }

    /// A footnote that cites a source: it has a link or an emphasised title, a quoted title,
    /// or a citation word ("Ibid", "accessed", a URL).
    static func isCitingNote(_ block: Block) -> Bool {
        if block.runs.contains(where: { !$0.style.isEmpty }) { return true }
        let folded = FoldedText.string(block.text)
        if citationMarkers.contains(where: { folded.contains($0) }) { return true }
        return folded.filter { $0 == "\"" }.count >= 2
    }
}
