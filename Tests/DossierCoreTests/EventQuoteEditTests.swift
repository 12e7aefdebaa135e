import Foundation
import Testing
@testable import DossierCore

/// Quotes resolve against the current text: in a temporary copy of the bundled Content, a
/// broken quote is reported at its place in events.yaml, and a paragraph inserted before a
/// quote moves its range with it.
@Suite struct EventQuoteEditTests {
    struct Loaded {
        var collection: DossierCollection
        var result: TimelineLoader.Result
    }

    func load(_ directory: String) -> Loaded {
        let collection = CollectionLoader.load(directory: directory).collection
        return Loaded(collection: collection, result: TimelineLoader.load(collection: collection))
    }

    /// A resolved mention of `article` whose quote occurs exactly once, verbatim, in the article's file.
    func verbatimMention(in loaded: Loaded, article: String) throws -> (event: Event, mention: Mention, file: String) {
        let path = try #require(loaded.collection.article(withID: article)?.file)
        let source = try String(contentsOfFile: path, encoding: .utf8)
        for event in loaded.result.timeline.events {
            for mention in event.mentions where mention.article == article && mention.isResolved
            && source.components(separatedBy: mention.quote).count == 2 && mention.quote.count > 20 {
                return (event, mention, source)
            }
        }
        Issue.record("no verbatim quote in \(article)")
        throw CancellationError()
    }

    @Test func brokenQuoteIsReportedAtItsLineInEventsFile() throws {
        let copy = try TemporaryCollection(copying: TemporaryCollection.bundledContent)
        let original = load(copy.directory)
        let (event, mention, source) = try verbatimMention(in: original, article: "hussain")
        // The position points at the quote in events.yaml.
        let eventsLines = try String(contentsOfFile: copy.path("events.yaml"), encoding: .utf8).components(separatedBy: "\n")
        let quoteLine = eventsLines[mention.position.line - 1]
        #expect(quoteLine.contains("quote:"))
        #expect(quoteLine.unicodeScalars.count >= mention.position.column)

        let words = mention.quote.split(separator: " ")
        let edited = mention.quote.replacingOccurrences(of: String(words[words.count / 2]), with: "EDITED")
        try copy.write("articles/hussain.md", source.replacingOccurrences(of: mention.quote, with: edited))
        let report = CollectionChecker.check(directory: copy.directory)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.file == copy.path("events.yaml"))
        #expect(error.line == mention.position.line && error.column == mention.position.column)
        #expect(error.message.hasPrefix("quote of '\(event.id)' is not in article 'hussain'"))
        #expect(error.description.hasPrefix("\(copy.path("events.yaml")):\(mention.position.line):\(mention.position.column): error:"))
    }

    @Test func insertedParagraphMovesTheRange() throws {
        let copy = try TemporaryCollection(copying: TemporaryCollection.bundledContent)
        let original = load(copy.directory)
        let (event, mention, source) = try verbatimMention(in: original, article: "chronology")
        let oldRange = try #require(mention.range)
        let document = try #require(original.result.documents["chronology"])
        let block = document.blocks[try #require(mention.blockIndex)]
        let article = try #require(original.collection.article(withID: "chronology"))
        // Insert a paragraph right before the quote's block (its first source line).
        var lines = source.components(separatedBy: "\n")
        let inserted = "An inserted paragraph, 1066 and all."
        lines.insert(contentsOf: [inserted, ""], at: block.sourceLine - 1)
        if case .listItem = block.kind { lines[block.sourceLine - 1] = "1. " + inserted }
        try copy.write("articles/chronology.md", lines.joined(separator: "\n"))
        _ = article

        let edited = load(copy.directory)
        #expect(edited.result.errors.isEmpty, "\(edited.result.errors.map(\.description))")
        let moved = try #require(edited.result.timeline.event(withID: event.id)?.mentions.first { $0.quote == mention.quote })
        let newRange = try #require(moved.range)
        let shift = inserted.unicodeScalars.count + 2
        #expect(newRange == TextRange(start: oldRange.start + shift, end: oldRange.end + shift))
        #expect(edited.result.documents["chronology"]?.plainText.text(in: newRange) == mention.quote)
        // The passage lookup follows too.
        #expect(edited.result.timeline.events(in: "chronology", overlapping: newRange).contains { $0.id == event.id })
    }
}
