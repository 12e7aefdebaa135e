@testable import DossierCore
import Foundation
import Testing
@testable import DossierImport

/// Files become articles: front matter from what they say, text in the collection's dialect,
/// the originals untouched, a second import refused.
@Suite struct ImportTests {
    /// A collection folder (`articles/` made) and a folder of inputs, removed at the end.
    final class Folders {
        let root = NSTemporaryDirectory() + "dossier-import-" + UUID().uuidString
        var collection: String { root + "/collection" }
        var inputs: String { root + "/inputs" }
        init() throws {
            try FileManager.default.createDirectory(atPath: collection + "/articles", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }
        func input(_ name: String, _ text: String) throws -> String {
            let path = inputs + "/" + name
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        func article(_ id: String) throws -> String { try String(contentsOfFile: collection + "/articles/\(id).md", encoding: .utf8) }
    }

    static let page = """
        <!DOCTYPE html>
        <html><head><title>Nika riots - Wikipedia</title>
        <meta name="author" content="Wiki Editors"><meta property="article:published_time" content="2024-03-05T10:00:00Z">
        <link rel="canonical" href="https://en.wikipedia.org/wiki/Nika_riots">
        <style>p { color: red }</style><script>alert("x")</script></head>
        <body><header>Site header</header><nav><a href="/">Home</a></nav>
        <main><h1>Nika riots</h1>
        <p>The <b>Nika riots</b> took place in <i>Constantinople</i> in 532<sup><a href="#fn1">1</a></sup>.
        Lines of a
        paragraph   join.</p>
        <h2>Background</h2>
        <ul><li>Blues</li><li>Greens *and* others</li></ul>
        <ol start="3"><li>Third</li></ol>
        <blockquote><p>Nika!</p></blockquote>
        <p>See <a href="https://example.org/a_(b)">the source</a> and <a href="/local">a local link</a>.</p>
        <p>1948. Not a list.</p>
        <ol class="footnotes"><li id="fn1">Procopius, <i>Wars</i>. <a href="#fnref1">↩</a></li></ol>
        </main><footer>Footer text</footer></body></html>
        """

    @Test func savedWebPageKeepsTheTextAndDropsTheChrome() throws {
        let text = try #require(HTMLToMarkdown.convert(bytes: Array(Self.page.utf8), fileName: "nika.html"))
        #expect(text.title == "Nika riots")
        #expect(text.authors == ["Wiki Editors"])
        #expect(text.published == "2024-03-05")
        #expect(text.source == "https://en.wikipedia.org/wiki/Nika_riots")
        #expect(text.body == """
            The **Nika riots** took place in *Constantinople* in 532[^1]. Lines of a paragraph join.

            ## Background

            - Blues

            - Greens \\*and\\* others

            3. Third

            > Nika!

            See [the source](https://example.org/a_%28b%29) and a local link.

            1948\\. Not a list.

            [^1]: Procopius, *Wars*.
            """)
        // What the reader makes of it: the footnote resolves, the escapes print as written.
        let document = MarkdownReader.read(text.body, file: "nika.md", firstLine: 1)
        #expect(document.diagnostics.isEmpty)
        #expect(document.document.plainText.string.contains("Greens *and* others"))
        #expect(document.document.footnotes.count == 1)
    }

    @Test func plainTextParagraphsAreRejoinedAndTheTitleTakenFromTheFirstLine() throws {
        let folders = try Folders()
        let original = "Nika riots\n\nThe riots took place\nin 532 and *burned*\nhalf the city.\n\n# Not a heading\n"
        let input = try folders.input("Nika Riots.txt", original)
        let outcomes = ArticleImporter.run(inputs: [folders.inputs], into: folders.collection)
        #expect(outcomes.map(\.result) == [.imported(id: "nika-riots", file: folders.collection + "/articles/nika-riots.md", title: "Nika riots")])
        #expect(try folders.article("nika-riots") == """
            ---
            title: "Nika riots"
            source: "Nika Riots.txt"
            ---
            The riots took place in 532 and \\*burned\\* half the city.

            \\# Not a heading

            """)
        #expect(try String(contentsOfFile: input, encoding: .utf8) == original)
        let loaded = CollectionLoader.load(directory: folders.collection)
        #expect(loaded.errors.isEmpty)
        #expect(loaded.collection.articles.first?.read().document.blocks.map(\.text)
                == ["The riots took place in 532 and *burned* half the city.", "# Not a heading"])
    }

    @Test func importingTheSameFileTwiceIsRefusedAndAnotherFileOfTheSameIDGetsANewOne() throws {
        let folders = try Folders()
        let first = try folders.input("theodora.txt", "Theodora\n\nEmpress.\n")
        _ = ArticleImporter.run(inputs: [first], into: folders.collection)
        let again = ArticleImporter.run(inputs: [first], into: folders.collection)
        #expect(again.map(\.result) == [.alreadyImported(id: "theodora")])
        let other = folders.root + "/theodora.md"
        try "# Theodora (film)\n\nA 1921 film.\n".write(toFile: other, atomically: true, encoding: .utf8)
        let second = ArticleImporter.run(inputs: [other], into: folders.collection)
        #expect(second.map(\.result) == [.imported(id: "theodora-2", file: folders.collection + "/articles/theodora-2.md", title: "Theodora (film)")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folders.collection + "/articles").sorted() == ["theodora-2.md", "theodora.md"])
    }

    @Test func unsupportedAndUnreadableFilesAreReportedAndTheOthersImported() throws {
        let folders = try Folders()
        let good = try folders.input("good.txt", "Good\n\nText.\n")
        let image = try folders.input("picture.png", "not text")
        let outcomes = ArticleImporter.run(inputs: [image, folders.root + "/missing.txt", good], into: folders.collection)
        #expect(outcomes.map(\.result) == [
            .failed("'.png' files are not imported (use .md, .txt, .html, .htm or .pdf)"),
            .failed("cannot read the file"),
            .imported(id: "good", file: folders.collection + "/articles/good.md", title: "Good"),
        ])
    }

    @Test func pdfWithoutPdftotextSaysWhatToInstall() {
        guard FileConverter.pdfText(path: "/nonexistent.pdf") == .failure(.pdftotextMissing) else { return }
        #expect(FileConverter.Failure.pdftotextMissing.description.contains("poppler-utils"))
    }
}
