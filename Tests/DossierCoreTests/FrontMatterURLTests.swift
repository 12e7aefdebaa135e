import Foundation
import Testing

@testable import DossierCore

/// The optional front-matter `url`: where an article's original can be read.
@Suite("Front matter url")
struct FrontMatterURLTests {
    @Test func anHTTPAddressIsKeptAndAnythingElseIsAnErrorWithItsPosition() throws {
        let collection = try TemporaryCollection()
        try collection.write("collection.yaml", "title: T\ndescription: D\narticles: [good, bad]\n")
        try collection.write("articles/good.md", TemporaryCollection.article(
            id: "good", body: "Text.\n", extra: "url: https://example.org/original.html\n"))
        try collection.write("articles/bad.md", TemporaryCollection.article(
            id: "bad", body: "Text.\n", extra: "url: /home/someone/original.html\n"))
        let result = CollectionLoader.load(directory: collection.directory)
        #expect(result.collection.article(withID: "good")?.metadata.url == "https://example.org/original.html")
        // The rest of the article still loads, without the url.
        #expect(result.collection.article(withID: "bad")?.metadata.url == nil)
        #expect(result.errors.map { "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line):\($0.column): \($0.message)" }
            == ["bad.md:7:6: 'url' must be an absolute http or https URL, not '/home/someone/original.html'"])
    }
}
