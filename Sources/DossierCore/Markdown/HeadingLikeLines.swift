/// Lines that look like a heading but are not one: `#The name`, where the `#`s are not followed
/// by a space, so the line silently becomes (part of) a paragraph. `dossier check --warnings`
/// reports them; a `#` meant literally is written `\#`.
enum HeadingLikeLines {
    /// A warning for each line of `blocks` (not headings) that starts with 1–6 `#`s glued to a letter.
    static func warnings(in blocks: [RawBlock], file: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for block in blocks {
            if case .heading = block.kind { continue }
            for start in block.lineStarts {
                var index = start.offset
                while index < block.text.count && block.text[index] == "#" { index += 1 }
                let hashes = index - start.offset
                guard (1...6).contains(hashes), index < block.text.count, block.text[index].properties.isAlphabetic else { continue }
                let marks = String(repeating: "#", count: hashes)
                result.append(Diagnostic(file: file, line: start.line, column: start.column, severity: .warning,
                                         message: "'\(marks)' glued to a word is not a heading: write '\(marks) ' with a space for a heading, "
                                         + "or '\\#' for a literal '#'"))
            }
        }
        return result
    }
}
