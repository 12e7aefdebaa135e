import Foundation
import Testing
@testable import DossierCore

/// Bad input never crashes or hangs, names file:line:column, and the good articles still load.
@Suite struct LoaderTests {
    func load(_ collection: TemporaryCollection) -> CollectionLoader.Result {
        CollectionLoader.load(directory: collection.directory)
    }

    func messages(_ result: CollectionLoader.Result, file: String) -> [String] {
        result.diagnostics.filter { $0.file.hasSuffix(file) }.map { "\($0.line):\($0.column): \($0.message)" }
    }

    @Test func goodCollectionLoadsInListedOrder() throws {
        let collection = try TemporaryCollection()
        try collection.write("collection.yaml", "title: T\ndescription: D\narticles: [b, a]\n")
        try collection.write("articles/a.md", TemporaryCollection.article(id: "a", body: "# One\n\nText."))
        try collection.write("articles/b.md", TemporaryCollection.article(id: "b", body: "Text."))
        let result = load(collection)
        #expect(result.diagnostics.isEmpty)
        #expect(result.collection.articles.map(\.id) == ["b", "a"])
        #expect(result.collection.title == "T")
        let document = result.collection.articles[1].read().document
        #expect(document.sections.map(\.id) == ["opening", "one"])
        #expect(document.blocks[0].sourceLine == 8)
    }

    @Test func brokenFilesAreReportedAndTheGoodOneStillLoads() throws {
        let collection = try TemporaryCollection()
        try collection.write("collection.yaml", "title: Broken\narticles: [good, utf8, unclosed, badyaml, nul, escape, longline, empty, brackets, missing]\n")
        try collection.write("articles/good.md", TemporaryCollection.article(id: "good", body: "Fine text."))
        var invalid = Array(TemporaryCollection.article(id: "utf8", body: "caf").utf8)
        invalid += [0xC3, 0x28, 0x20, 0xFF] + Array(" ok\n".utf8)
        try collection.write("articles/utf8.md", bytes: invalid)
        try collection.write("articles/unclosed.md", "---\nid: unclosed\ntitle: x\n\nbody without closing\n")
        try collection.write("articles/badyaml.md", "---\nid: badyaml\ntitle: [unclosed\nkind: chronology\n---\nbody\n")
        try collection.write("articles/nul.md", TemporaryCollection.article(id: "nul", body: "before\u{0}after"))
        try collection.write("articles/escape.md", TemporaryCollection.article(id: "escape", body: "red \u{1B}[31mtext\u{1B}[0m and \u{9B}2J"))
        try collection.write("articles/longline.md", TemporaryCollection.article(id: "longline", body: String(repeating: "word *a* [b](c) ", count: 2_000_000 / 16)))
        try collection.write("articles/empty.md", "")
        try collection.write("articles/brackets.md", TemporaryCollection.article(id: "brackets", body: String(repeating: "[", count: 20_000)))

        let result = load(collection)
        let ids = result.collection.articles.map(\.id)
        #expect(ids == ["good", "utf8", "nul", "escape", "longline", "brackets"])
        #expect(messages(result, file: "utf8.md") == [
            "8:4: invalid UTF-8 byte sequence (replaced with U+FFFD)",
            "8:7: invalid UTF-8 byte sequence (replaced with U+FFFD)",
        ])
        #expect(messages(result, file: "unclosed.md") == ["1:1: unclosed front matter: no line '---' ends the YAML opened on line 1"])
        #expect(messages(result, file: "badyaml.md").count == 1)
        #expect(messages(result, file: "badyaml.md").first?.hasPrefix("4:") == true)
        #expect(messages(result, file: "nul.md") == ["8:7: control character U+0000 (replaced with U+FFFD)"])
        #expect(messages(result, file: "escape.md").count == 3)
        #expect(messages(result, file: "empty.md") == ["1:1: empty file: an article needs some text"])
        #expect(result.diagnostics.contains { $0.file.hasSuffix("collection.yaml") && $0.message.contains("'missing'") })

        // No control character survives into display text, and the long line and the brackets parse.
        for article in result.collection.articles {
            let document = article.read().document
            #expect(!document.plainText.scalars.contains { TerminalSafeText.isUnsafe($0) && $0 != "\n" })
        }
        let brackets = result.collection.article(withID: "brackets")!.read().document
        #expect(brackets.blocks[0].text.count == 20_000)
        let long = result.collection.article(withID: "longline")!.read().document
        #expect(long.blocks[0].runs.count > 100_000)
    }

    @Test func frontMatterErrorsNameTheKey() throws {
        let collection = try TemporaryCollection()
        try collection.write("articles/x.md", "---\nid: y\ntitle: T\nauthors: []\nkind: poem\nsource: s\npublished: May 2001\ncolour: red\n---\nBody\n")
        let result = load(collection)
        #expect(Set(messages(result, file: "x.md")) == [
            "8:1: unknown key 'colour' in front matter",
            "2:5: id 'y' does not match the file name; the article's id is 'x' (rename the file or remove 'id')",
            "7:12: 'published' must be YYYY, YYYY-MM or YYYY-MM-DD, not 'May 2001'",
        ])
        // The article still loads, under its file's name; `kind` is free text.
        #expect(result.collection.articles.map(\.id) == ["x"])
        #expect(result.collection.articles[0].metadata.kind?.label == "poem")
    }

    @Test func crlfAndTabsAreNormalised() throws {
        let collection = try TemporaryCollection()
        try collection.write("collection.yaml", "title: T\r\narticles: [a]\r\n")
        try collection.write("articles/a.md", TemporaryCollection.article(id: "a", body: "one\ntwo\tthree\n").replacingOccurrences(of: "\n", with: "\r\n"))
        let result = load(collection)
        #expect(result.diagnostics.isEmpty)
        #expect(result.collection.articles[0].read().document.blocks[0].text == "one two three")
    }

    /// A FIFO named like an article was opened and waited on for ever (no writer ever comes):
    /// every command and the reader hung. It is refused unread, and the rest loads.
    @Test(.timeLimit(.minutes(1))) func aFIFOAmongTheArticlesIsRefusedWithoutWaiting() throws {
        let collection = try TemporaryCollection()
        try collection.write("collection.yaml", "title: T\narticles: [a]\n")
        try collection.write("articles/a.md", TemporaryCollection.article(id: "a", body: "Text."))
        let fifo = collection.directory + "/articles/pipe.md"
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = load(collection)
        #expect(messages(result, file: "pipe.md") == ["1:1: cannot read file: not a regular file"])
        #expect(result.collection.articles.map(\.id) == ["a"])
        #expect(ArticleHeadReader.read(path: fifo, id: "pipe").0 == nil)
    }

    @Test func missingFolderIsAnError() {
        let result = CollectionLoader.load(directory: "/nonexistent/dossier")
        #expect(result.errors.map(\.message) == ["no such collection folder"])
    }

    @Test func bundledContentIsClean() {
        let report = CollectionChecker.check(directory: TemporaryCollection.bundledContent)
        #expect(report.articleCount == 5)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
    }
}
