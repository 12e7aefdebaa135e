import DossierCore

/// One input is an article body as read from disk: sanitised, then parsed into blocks,
/// sections, footnotes and plain text, as `dossier show` and the reader do.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = TextSanitizer.sanitize(bytes, file: "fuzz.md").text
    let document = MarkdownReader.read(text, file: "fuzz.md").document
    for block in document.blocks {
        // Views and search index the plain text by these ranges.
        precondition(block.range.start >= 0 && block.range.start <= block.range.end
                     && block.range.end <= document.plainText.count, "block range outside the plain text")
        // Markdown syntax (escapes, references) must not rebuild what the sanitiser removed.
        precondition(!block.text.unicodeScalars.contains { $0 != "\n" && TerminalSafeText.isUnsafe($0) },
                     "a control character in a block's text")
    }
    return 0
}
