import Foundation
import Testing
@testable import DossierCore

/// Only the text is required: a plain folder opens, front matter fills in what it says, a
/// broken article is reported once and the rest loads.
@Suite struct OpenFormatTests {
    @Test func aPlainFolderOpensAsACollectionNamedAfterIt() throws {
        let collection = try TemporaryCollection()
        try FileManager.default.removeItem(atPath: collection.path("articles"))
        let folder = collection.path("Cold War Sources")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "# The Berlin Blockade\n\nIn June 1948 the Soviet Union *blocked* access.\n".write(toFile: folder + "/b-berlin.md", atomically: true, encoding: .utf8)
        try "The Marshall Plan\n\nAid to Western Europe\nbegan in 1948; it [was] large.\n\n1949. NATO.\n".write(toFile: folder + "/a-marshall.txt", atomically: true, encoding: .utf8)
        try "Not an article.\n".write(toFile: folder + "/README.md", atomically: true, encoding: .utf8)
        try "ignored".write(toFile: folder + "/notes.pdf", atomically: true, encoding: .utf8)

        let result = CollectionLoader.load(directory: folder)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.collection.title == "Cold War Sources")
        #expect(result.collection.id == "cold-war-sources")
        #expect(result.collection.articles.map(\.id) == ["a-marshall", "b-berlin"])
        let marshall = result.collection.articles[0]
        #expect(marshall.metadata.title == "The Marshall Plan")
        #expect(marshall.metadata.kind == nil)
        #expect(marshall.read().document.blocks.map(\.text) == ["Aid to Western Europe began in 1948; it [was] large.", "1949. NATO."])
        #expect(marshall.read().document.blocks[0].sourceLine == 3)
        let berlin = result.collection.articles[1]
        #expect(berlin.metadata.title == "The Berlin Blockade")
        #expect(berlin.read().document.blocks.map(\.text) == ["In June 1948 the Soviet Union blocked access."])
        #expect(CollectionChecker.check(directory: folder).diagnostics.isEmpty)
    }

    @Test func aFreeTextKindIsKeptAndShownAsWritten() throws {
        let collection = try TemporaryCollection()
        try collection.write("collection.yaml", "id: encyclopedia\ntitle: Encyclopedia\n")
        try collection.write("articles/nika.md", "---\nkind: encyclopedia-article\nsource: https://en.wikipedia.org/wiki/Nika_riots\n---\n# Nika riots\n\nText.\n")
        try collection.write("articles/old.md", TemporaryCollection.article(id: "old", body: "Text."))
        let result = CollectionLoader.load(directory: collection.directory)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.collection.id == "encyclopedia")
        let nika = try #require(result.collection.article(withID: "nika"))
        #expect(nika.metadata.kind?.label == "encyclopedia-article")
        #expect(nika.metadata.title == "Nika riots")
        #expect(nika.metadata.authors.isEmpty)
        #expect(result.collection.article(withID: "old")?.metadata.kind?.label == "journal article")
    }

    @Test func aBrokenArticleIsReportedOnceAndEventsCitingItSaySo() throws {
        let collection = try TemporaryCollection()
        try collection.write("articles/good.md", "Good\n\nIn 1948 it began.\n")
        try collection.write("articles/afghanistan.md", "---\ntitle: [unclosed\n---\nIn 1979 it began.\n")
        try collection.write("entities.yaml", "entities: []\n")
        try collection.write("events.yaml", """
            eras:
              - id: early
                title: Early
                from: "1948"
                named_by: afghanistan
            events:
              - id: begins-1948
                title: It begins
                date: "1948"
                mentions:
                  - article: good
                    quote: "In 1948 it began."
                  - article: afghanistan
                    quote: "In 1979 it began."
                  - article: afghanistn
                    quote: "x"
            """)
        let report = CollectionChecker.check(directory: collection.directory)
        let errors = report.diagnostics.filter { $0.severity == .error }.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line): \($0.message)" }
        #expect(errors.count == 3, "\(errors)")
        #expect(errors[0].hasPrefix("afghanistan.md:3: invalid YAML"))
        #expect(errors[1] == "events.yaml:13: article 'afghanistan' failed to load (see above)")
        #expect(errors[2].hasPrefix("events.yaml:15: unknown article 'afghanistn'"))
        let loaded = CollectionLoader.load(directory: collection.directory).collection
        #expect(loaded.articles.map(\.id) == ["good"])
        #expect(loaded.failedArticles.map(\.id) == ["afghanistan"])
        #expect(loaded.failedArticles[0].error.line == 3)
    }

    @Test func idsComeFromFileNames() throws {
        let collection = try TemporaryCollection()
        try collection.write("articles/Cold War (1947).txt", "Text.\n")
        try collection.write("articles/cold-war.md", "---\nid: coldwar\n---\nText.\n")
        try collection.write("articles/mine.md", "---\nid: My Notes\n---\nText.\n")
        try collection.write("events.yaml", "events:\n  - id: e\n    title: E\n    summary: S\n    date: \"1947\"\n    mentions:\n      - article: cold-war\n        quote: \"Text.\"\n")
        try collection.write("entities.yaml", "entities: []\n")
        let report = CollectionChecker.check(directory: collection.directory)
        let messages = report.diagnostics.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message)" }
        #expect(messages == [
            "Cold War (1947).txt:1:1: warning: 'Cold War (1947).txt' is not an article id; the article's id is 'cold-war-1947' (lowercase letters, digits and '-'; rename the file to silence this)",
            "cold-war.md:2:5: error: id 'coldwar' does not match the file name; the article's id is 'cold-war' (rename the file or remove 'id')",
            "mine.md:2:5: error: article id 'My Notes' must be kebab-case: lowercase letters and digits joined by single hyphens; the article's id is the file name, 'mine'",
        ])
        #expect(report.articleCount == 3)
    }

    @Test func titlesFromText() {
        #expect(TitleFromText.find(in: "\n## Heading ##\n\nText") == .init(title: "Heading", consumedLines: 2))
        #expect(TitleFromText.find(in: "Alone\n\nText") == .init(title: "Alone", consumedLines: 1))
        let long = String(repeating: "word ", count: 30)
        #expect(TitleFromText.find(in: long + "\nmore") == .init(title: String(repeating: "word ", count: 16).trimmingSpaces + "…", consumedLines: 0))
        #expect(TitleFromText.find(in: "Only line\n") == .init(title: "Only line", consumedLines: 0))
        #expect(TitleFromText.find(in: "  \n ") == nil)
    }
}
