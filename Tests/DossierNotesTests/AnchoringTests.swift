@testable import DossierCore
import Foundation
import Testing

/// The anchoring matrix on synthetic texts: what happens to an anchor when the
/// text around it, or the passage itself, is edited.
@Suite("Anchoring")
struct AnchoringTests {
    let paragraphs = Synthetic.paragraphs(12, seed: 42)
    var original: String { Synthetic.text(paragraphs) }

    /// A passage of ~60 scalars from the middle of paragraph `index`.
    func passage(in index: Int) -> String {
        let words = paragraphs[index].split(separator: " ")
        return words[10..<20].joined(separator: " ")
    }

    func selectors(for quote: String, in text: String) throws -> AnchorSelectors {
        let range = try #require(text.scalarRange(of: quote))
        return try #require(Anchor.selectors(for: range, in: text))
    }

    @Test func unchangedTextIsExact() throws {
        let quote = passage(in: 5)
        let sel = try selectors(for: quote, in: original)
        #expect(Anchor.resolve(sel, in: original) == .exact(original.scalarRange(of: quote)!))
    }

    @Test func selectorsKeepThirtyTwoScalarsOfContext() throws {
        let text = "Ünïcödé 🇵🇰 text: " + original
        let quote = passage(in: 0)
        let range = try #require(text.scalarRange(of: quote))
        let sel = try #require(Anchor.selectors(for: range, in: text))
        #expect(sel.quote.exact == quote)
        #expect(sel.quote.prefix.unicodeScalars.count == 32)
        #expect(sel.quote.suffix.unicodeScalars.count == 32)
        #expect(sel.position == TextPositionSelector(range))
        #expect(Anchor.selectors(for: 5..<5, in: text) == nil)
        #expect(Anchor.selectors(for: 0..<(text.unicodeScalars.count + 1), in: text) == nil)
        // Offsets are scalars: the flag is two scalars, one Character.
        let flag = try #require(text.scalarRange(of: "🇵🇰"))
        #expect(flag.count == 2)
        #expect(Anchor.selectors(for: flag, in: text)?.quote.exact == "🇵🇰")
    }

    @Test func contextAtTheEdgesOfTheText() throws {
        let text = original
        let first = try #require(Anchor.selectors(for: 0..<10, in: text))
        #expect(first.quote.prefix.isEmpty)
        let count = text.unicodeScalars.count
        let last = try #require(Anchor.selectors(for: (count - 5)..<count, in: text))
        #expect(last.quote.suffix.isEmpty)
        #expect(Anchor.resolve(first, in: text) == .exact(0..<10))
        #expect(Anchor.resolve(last, in: text) == .exact((count - 5)..<count))
    }

    @Test func paragraphInsertedBeforeIsReanchored() throws {
        let quote = passage(in: 6)
        let sel = try selectors(for: quote, in: original)
        var edited = paragraphs
        edited.insert(Synthetic.paragraphs(1, seed: 7)[0], at: 2)
        let text = Synthetic.text(edited)
        let expected = try #require(text.scalarRange(of: quote))
        #expect(expected != sel.position?.range)
        #expect(Anchor.resolve(sel, in: text) == .reanchored(expected))
    }

    @Test func sectionMovedIsReanchored() throws {
        let quote = passage(in: 2)
        let sel = try selectors(for: quote, in: original)
        var edited = paragraphs
        let moved = edited.remove(at: 2)
        edited.append(moved)  // the paragraph (section) now comes last
        let text = Synthetic.text(edited)
        #expect(Anchor.resolve(sel, in: text) == .reanchored(text.scalarRange(of: quote)!))
    }

    @Test func wordsChangedInsideTheQuoteIsApproximateAtTheRightPlace() throws {
        let quote = passage(in: 4)
        let sel = try selectors(for: quote, in: original)
        var words = quote.split(separator: " ").map(String.init)
        words[3] = "amended"
        words[6] = "revised"
        let newQuote = words.joined(separator: " ")
        var edited = paragraphs
        edited[4] = edited[4].replacingOccurrences(of: quote, with: newQuote)
        edited.insert("A new opening paragraph.", at: 0)
        let text = Synthetic.text(edited)
        let expected = try #require(text.scalarRange(of: newQuote))
        guard case .approximate(let range, let score) = Anchor.resolve(sel, in: text) else {
            Issue.record("expected an approximate anchor, got \(Anchor.resolve(sel, in: text))")
            return
        }
        #expect(score >= 0.6 && score < 1)
        // The match may differ from the edited passage by a scalar or two at the edges.
        #expect(abs(range.lowerBound - expected.lowerBound) <= 2)
        #expect(abs(range.upperBound - expected.upperBound) <= 2)
    }

    @Test func passageDeletedIsOrphaned() throws {
        let quote = passage(in: 8)
        let sel = try selectors(for: quote, in: original)
        var edited = paragraphs
        edited.remove(at: 8)
        let text = Synthetic.text(edited)
        #expect(Anchor.resolve(sel, in: text) == .orphaned(.notFound))
    }

    @Test func quoteRewrittenBeyondTheBoundIsOrphaned() throws {
        let quote = passage(in: 3)
        let sel = try selectors(for: quote, in: original)
        var edited = paragraphs
        edited[3] = edited[3].replacingOccurrences(of: quote, with: "completely different words were written here by an editor")
        #expect(Anchor.resolve(sel, in: Synthetic.text(edited)) == .orphaned(.notFound))
    }

    @Test func articleEmptiedOrphansEverything() throws {
        let sel = try selectors(for: passage(in: 1), in: original)
        #expect(Anchor.resolve(sel, in: "") == .orphaned(.notFound))
        #expect(Anchor.resolve(AnchorSelectors(quote: .init(exact: "")), in: original) == .orphaned(.emptyQuote))
    }

    @Test func ambiguousDuplicatePassageIsOrphaned() throws {
        // The same paragraph twice; the annotation is on the second copy.
        let repeated = paragraphs[5]
        var withDuplicate = paragraphs
        withDuplicate.insert("Intermission.", at: 9)
        withDuplicate.insert(repeated, at: 10)
        withDuplicate.insert("Intermission.", at: 6)
        let text = Synthetic.text(withDuplicate)
        let quote = passage(in: 5)
        let second = try #require(text.scalarRange(of: quote, occurrence: 2))
        let sel = try #require(Anchor.selectors(for: second, in: text))
        // Unchanged text: the stored position decides.
        #expect(Anchor.resolve(sel, in: text) == .exact(second))
        // Shift everything: both copies have identical context, nothing decides.
        let shifted = "A paragraph inserted at the top.\n\n" + text
        #expect(Anchor.resolve(sel, in: shifted) == .orphaned(.ambiguous(candidates: 2)))
    }

    @Test func ambiguousApproximateIsOrphaned() throws {
        // Two identical copies, both edited identically: approximate matches tie.
        let quote = passage(in: 5)
        var withDuplicate = paragraphs
        withDuplicate.insert("Intermission.", at: 6)
        withDuplicate.insert(paragraphs[5], at: 7)
        withDuplicate.insert("Intermission.", at: 8)
        let text = Synthetic.text(withDuplicate)
        let sel = try selectors(for: quote, in: text)
        let newQuote = quote.replacingOccurrences(of: " ", with: "  ")
        let edited = "Top.\n\n" + text.replacingOccurrences(of: quote, with: String(newQuote.dropLast(3)))
        #expect(Anchor.resolve(sel, in: edited) == .orphaned(.ambiguous(candidates: 2)))
    }

    @Test func duplicateQuoteWithDistinctContextIsReanchored() throws {
        let phrase = "the Tashkent Declaration was signed"
        let text = "In January 1966 \(phrase) by both leaders.\n\nYears later, historians say \(phrase) under pressure.\n\n"
        let second = try #require(text.scalarRange(of: phrase, occurrence: 2))
        let sel = try #require(Anchor.selectors(for: second, in: text))
        let edited = "Preface added.\n\n" + text
        #expect(Anchor.resolve(sel, in: edited) == .reanchored(edited.scalarRange(of: phrase, occurrence: 2)!))
    }

    @Test func shortQuoteWhoseContextVanishedIsNotMovedElsewhere() throws {
        let text = "The war of 1965 ended at Tashkent.\n\nTrade grew slowly.\n\n"
        let range = try #require(text.scalarRange(of: "1965"))
        let sel = try #require(Anchor.selectors(for: range, in: text))
        // The sentence is gone; "1965" survives once, somewhere unrelated.
        let edited = "Trade grew slowly.\n\nA table lists exports for 1965 and later years.\n\n"
        #expect(Anchor.resolve(sel, in: edited) == .orphaned(.notFound))
    }

    @Test func longUniqueQuoteIsReanchoredEvenWithNewContext() throws {
        let quote = passage(in: 7)
        let sel = try selectors(for: quote, in: original)
        let text = "Entirely new text around it. " + quote + " And more new text after it.\n\n"
        #expect(Anchor.resolve(sel, in: text) == .reanchored(text.scalarRange(of: quote)!))
    }

    @Test func positionThatStillHoldsTheQuoteButLostItsContextDefersToContext() throws {
        // The quote occurs twice; after the edit the old position holds the other copy.
        let phrase = "relations improved"
        let first = "Soon after independence, \(phrase) with the Soviet Union, said the envoy.\n\n"
        let second = "Decades later, in short, \(phrase) with Moscow, if only slowly at first.\n\n"
        let text = first + second
        let range = try #require(text.scalarRange(of: phrase, occurrence: 1))
        let sel = try #require(Anchor.selectors(for: range, in: text))
        let edited = second + first
        #expect(edited.scalarRange(of: phrase, occurrence: 1) == range)
        #expect(Anchor.resolve(sel, in: edited) == .reanchored(edited.scalarRange(of: phrase, occurrence: 2)!))
    }

    @Test func sixtyKilobyteTextResolvesQuickly() throws {
        let big = Synthetic.paragraphs(160, seed: 9)
        let text = Synthetic.text(big)
        #expect(text.unicodeScalars.count > 60_000)
        let anchorText = AnchorText(text)
        let quotes = [10, 50, 90, 130, 150].map { i -> String in
            let words = big[i].split(separator: " ")
            return words[5..<35].joined(separator: " ")  // ~200 scalars, four blocks for the matcher
        }
        let sels = try quotes.map { try #require(Anchor.selectors(for: text.scalarRange(of: $0)!, in: anchorText)) }
        // Edit every quote so that each needs the approximate search.
        var edited = text
        for quote in quotes {
            var words = quote.split(separator: " ").map(String.init)
            words[3] = "amended"
            words[20] = "revised"
            edited = edited.replacingOccurrences(of: quote, with: words.joined(separator: " "))
        }
        let editedText = AnchorText("Inserted.\n\n" + edited)
        let clock = ContinuousClock()
        var results: [AnchorResolution] = []
        let elapsed = clock.measure {
            results = sels.map { Anchor.resolve($0, in: editedText) }
        }
        for result in results {
            guard case .approximate = result else {
                Issue.record("expected approximate, got \(result)")
                continue
            }
        }
        #expect(elapsed < .seconds(5), "5 fuzzy resolutions over 60 KB took \(elapsed)")
    }
}

/// Strict quote lookup for scripted adds.
@Suite("Quote search")
struct QuoteSearchTests {
    let text = "Bhutto visited Moscow. Later, Bhutto visited Moscow again.\n\n"

    @Test func uniqueNoneAmbiguous() {
        #expect(QuoteSearch.find(.init(exact: "Later, Bhutto"), in: text) == .unique(23..<36))
        #expect(QuoteSearch.find(.init(exact: "Brezhnev"), in: text) == .none)
        guard case .ambiguous(let ranges) = QuoteSearch.find(.init(exact: "Bhutto visited Moscow"), in: text) else {
            Issue.record("expected ambiguous")
            return
        }
        #expect(ranges.count == 2)
    }

    @Test func prefixAndSuffixDisambiguate() {
        #expect(QuoteSearch.find(.init(exact: "Bhutto visited Moscow", prefix: "Later, "), in: text) == .unique(30..<51))
        #expect(QuoteSearch.find(.init(exact: "Bhutto visited Moscow", suffix: "."), in: text) == .unique(0..<21))
        #expect(QuoteSearch.find(.init(exact: "Bhutto visited Moscow", prefix: "Nope "), in: text) == .none)
    }
}
