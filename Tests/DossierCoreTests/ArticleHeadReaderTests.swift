import Foundation
import Testing
@testable import DossierCore

/// The reader's first frame reads only each file's head: the metadata must be what reading
/// the whole file gives, and the body must be the file as it is when the article is opened.
@Suite struct ArticleHeadReaderTests {
    @Test func theHeadGivesTheMetadataOfTheWholeFile() throws {
        let whole = CollectionLoader.load(directory: TemporaryCollection.bundledContent)
        let heads = CollectionLoader.load(directory: TemporaryCollection.bundledContent, readArticle: ArticleHeadReader.read(path:id:))
        #expect(heads.collection.articles.map(\.metadata) == whole.collection.articles.map(\.metadata))
        #expect(heads.collection.failedArticles.map(\.id) == whole.collection.failedArticles.map(\.id))
        for (head, full) in zip(heads.collection.articles, whole.collection.articles) {
            // An article longer than the head is left unread; a short one is read whole anyway.
            #expect(head.bodyIsOmitted ? head.body.isEmpty : head.body == full.body, "\(head.id)")
            #expect(head.read().document.plainText == full.read().document.plainText, "\(head.id)")
        }
    }

    @Test func aTitleTakenFromTheTextOrABrokenHeadIsReadFromTheWholeFile() throws {
        let collection = try TemporaryCollection()
        let filler = String(repeating: "A long paragraph of words that goes on and on. ", count: 600) + "\n"
        // No front matter: the title comes from the first line.
        try collection.write("articles/untitled.md", "# Heading as title\n\n" + filler)
        // A front matter left open: an error, exactly as a full load reports it.
        try collection.write("articles/open.md", "---\ntitle: Open\n\n" + filler)
        // A front matter with a title, then a long first line without a break.
        try collection.write("articles/oneline.md", "---\ntitle: One line\n---\n" + filler)
        let whole = CollectionLoader.load(directory: collection.directory)
        let heads = CollectionLoader.load(directory: collection.directory, readArticle: ArticleHeadReader.read(path:id:))
        #expect(heads.collection.articles.map(\.metadata) == whole.collection.articles.map(\.metadata))
        #expect(heads.collection.articles.map(\.metadata.title).sorted() == ["Heading as title", "One line"])
        #expect(heads.errors == whole.errors)
        #expect(heads.collection.failedArticles.map(\.id) == ["open"])
    }

    @Test func anArticleEditedAfterItsHeadWasReadIsOpenedAsItIsNow() throws {
        let collection = try TemporaryCollection()
        let filler = String(repeating: "Filler words for a long article.\n\n", count: 700)
        try collection.write("articles/a.md", "---\ntitle: A\n---\nFirst version.\n\n" + filler)
        let loaded = CollectionLoader.load(directory: collection.directory, readArticle: ArticleHeadReader.read(path:id:))
        let article = try #require(loaded.collection.article(withID: "a"))
        try collection.write("articles/a.md", "---\ntitle: A\n---\nSecond version.\n\n" + filler)
        let text = article.read().document.plainText.string
        #expect(text.hasPrefix("Second version."))
    }
}
