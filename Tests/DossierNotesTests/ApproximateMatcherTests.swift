import Testing

@testable import DossierCore

/// Myers' bit-vector matcher against a plain dynamic-programming reference.
@Suite("Approximate matcher")
struct ApproximateMatcherTests {
    /// Smallest edit distance of `pattern` to a substring of `text` ending at each index.
    static func reference(_ pattern: [UInt32], _ text: [UInt32]) -> [Int] {
        var column = Array(0...pattern.count)
        var result: [Int] = []
        for c in text {
            var next = [0]
            for i in 1...pattern.count {
                let cost = pattern[i - 1] == c ? 0 : 1
                next.append(min(column[i - 1] + cost, column[i] + 1, next[i - 1] + 1))
            }
            column = next
            result.append(column[pattern.count])
        }
        return result
    }

    @Test(arguments: [5, 63, 64, 65, 130])
    func agreesWithDynamicProgramming(patternLength: Int) {
        var generator = SeededGenerator(seed: UInt64(patternLength))
        for _ in 0..<5 {
            let alphabet: [UInt32] = [97, 98, 99, 100]
            let text = (0..<400).map { _ in alphabet.randomElement(using: &generator)! }
            let start = Int.random(in: 0..<(text.count - patternLength), using: &generator)
            var pattern = Array(text[start..<(start + patternLength)])
            for _ in 0..<max(1, patternLength / 8) {
                pattern[Int.random(in: 0..<patternLength, using: &generator)] = alphabet.randomElement(using: &generator)!
            }
            let expected = Self.reference(pattern, text)
            let k = patternLength / 4
            let matches = ApproximateMatcher(pattern: pattern).matches(in: text, maxErrors: k, limit: 1_000)
            let best = expected.min()!
            if best <= k {
                #expect(matches.map(\.errors).min() == best)
            } else {
                #expect(matches.isEmpty)
            }
            for match in matches {
                // Every reported end really has that distance, and the range really spans it.
                #expect(expected[match.range.upperBound - 1] == match.errors)
                let substring = Array(text[match.range])
                #expect(EditDistance.levenshtein(pattern[...], substring[...]) == match.errors)
            }
        }
    }

    @Test func findsAnEditedPassage() {
        let text = Array("the quick brown fox jumps over the lazy dog".unicodeScalars.map(\.value))
        let pattern = Array("brown fax jumps".unicodeScalars.map(\.value))
        let matches = ApproximateMatcher(pattern: pattern).matches(in: text, maxErrors: 3, limit: 5)
        #expect(matches.first == .init(range: 10..<25, errors: 1))
    }
}
