/// Reads an article body in Dossier's Markdown dialect (see Content/README.md) into a `Document`.
///
/// Never fails: problems (an undefined or unused footnote, a duplicate definition) are
/// returned as diagnostics with the file position, and the text is kept as typed.
public enum MarkdownReader {
    public struct Result: Sendable {
        public var document: Document
        public var diagnostics: [Diagnostic]
    }

    /// Parses `body`, whose first line is line `firstLine` of `file` (for diagnostics).
    public static func read(_ body: String, file: String = "<input>", firstLine: Int = 1) -> Result {
        let rawBlocks = BlockParser.parse(body, firstLine: firstLine)
        var diagnostics = HeadingLikeLines.warnings(in: rawBlocks, file: file)

        // Footnote labels first: a reference may precede its definition.
        var definedLabels: [String: Int] = [:]
        for (index, raw) in rawBlocks.enumerated() {
            if case .footnote(let label, true) = raw.kind {
                if definedLabels[label] != nil {
                    diagnostics.append(Diagnostic(file: file, line: raw.line, column: 1,
                                                  message: "footnote [^\(label)] is defined more than once; the first definition is used"))
                } else {
                    definedLabels[label] = index
                }
            }
        }
        let labelSet = Set(definedLabels.keys)

        var builder = DocumentBuilder()
        var footnoteRaw: [(label: String, raw: RawBlock, isFirst: Bool, active: Bool)] = []
        var currentLabel: String?
        var currentLabelActive = false
        for (index, raw) in rawBlocks.enumerated() {
            if case .footnote(let label, let first) = raw.kind {
                if first {
                    currentLabel = label
                    currentLabelActive = definedLabels[label] == index
                }
                footnoteRaw.append((currentLabel ?? label, raw, first, currentLabelActive))
                continue
            }
            let nodes = parseInlines(raw, labels: labelSet, file: file, diagnostics: &diagnostics, used: &builder.footnoteUse)
            builder.addBodyBlock(raw, nodes: nodes)
        }
        builder.finishBody()
        for entry in footnoteRaw where entry.active {
            let nodes = parseInlines(entry.raw, labels: labelSet, file: file, diagnostics: &diagnostics, used: &builder.footnoteUse)
            builder.addFootnoteBlock(label: entry.label, first: entry.isFirst, raw: entry.raw, nodes: nodes)
        }
        for (label, index) in definedLabels.sorted(by: { $0.value < $1.value }) where builder.footnoteUse[label] == nil {
            diagnostics.append(Diagnostic(file: file, line: rawBlocks[index].line, column: 1, severity: .warning,
                                          message: "footnote [^\(label)] is defined but never referenced"))
        }
        return Result(document: builder.build(), diagnostics: diagnostics)
    }

    private static func parseInlines(_ raw: RawBlock, labels: Set<String>, file: String,
                                     diagnostics: inout [Diagnostic], used: inout [String: Int]) -> [InlineNode] {
        var parser = InlineParser(raw.text, footnoteLabels: labels)
        let nodes = parser.parse()
        for undefined in parser.undefinedFootnotes {
            let position = raw.position(of: undefined.offset)
            diagnostics.append(Diagnostic(file: file, line: position.line, column: position.column,
                                          message: "footnote [^\(undefined.label)] is not defined"))
        }
        for label in parser.usedFootnotes where used[label] == nil {
            used[label] = used.count + 1
        }
        return nodes
    }
}
