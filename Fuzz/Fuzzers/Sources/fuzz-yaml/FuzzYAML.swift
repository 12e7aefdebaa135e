import DossierCore

/// One input is a collection file: read as an article file (front matter and all) when it
/// starts with `---`, otherwise as both `events.yaml` and `entities.yaml`, through the same
/// readers `dossier check` uses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes.starts(with: Array("---".utf8)) {
        // The values are kept exactly (a folded blank line is a line feed, a "\e" an escape):
        // the output paths make them safe for a terminal, so only the reading is checked here.
        let diagnostics = ArticleFileReader.read(bytes: bytes, file: "fuzz.md", id: "fuzz", format: .markdown).1
        checkPositions(diagnostics)
    } else {
        let text = TextSanitizer.sanitize(bytes, file: "fuzz.yaml").text
        let result = TimelineLoader.load(entitiesText: text, eventsText: text, articles: [])
        checkPositions(result.diagnostics)
    }
    return 0
}

/// Every diagnostic points at a real line and column (`file:line:column`).
private func checkPositions(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
        precondition(diagnostic.line >= 1 && diagnostic.column >= 1, "diagnostic without a position")
    }
}
