@testable import DossierCore
import Foundation
import GRDB
import Testing

@testable import DossierNotes

/// Deterministic pseudo-random numbers (SplitMix64) for reproducible synthetic texts.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Synthetic article texts: paragraphs of pseudo-random words, joined like the
/// plain text of the Content format (`\n\n` after each block).
enum Synthetic {
    static let words = """
        treaty minister visit border trade pact delegation embassy summit accord ministry alliance
        council envoy harbour railway pipeline dam steel wheat cotton tank rifle aircraft frontier
        valley river mountain desert province capital republic union federation socialist market
        loan credit grant debt reform policy strategy doctrine neutral aligned bloc cold war peace
        talks agreement protocol memorandum communique statement speech press radio report archive
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// `count` paragraphs of 40–80 words each.
    static func paragraphs(_ count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 40...80, using: &generator)
            let sentence = (0..<length).map { _ in words.randomElement(using: &generator)! }
            return sentence.joined(separator: " ").capitalized + "."
        }
    }

    /// The plain text of `paragraphs`.
    static func text(_ paragraphs: [String]) -> String {
        paragraphs.map { $0 + "\n\n" }.joined()
    }
}

extension Annotation {
    /// A note on `quote` at the start of `article` in collection `c`: the smallest real write.
    static func marker(_ article: String, quote: String = "marker") -> Annotation {
        let position = TextPositionSelector(start: 0, end: quote.unicodeScalars.count)
        return Annotation(collection: "c", article: article,
                          selectors: AnchorSelectors(quote: TextQuoteSelector(exact: quote, prefix: "", suffix: ""), position: position),
                          kind: .note, body: "On \(article)")
    }
}

/// A database as an earlier schema version left it: migrated up to `version` ("v1", "v2"),
/// holding one note on article `a` of collection `c` written as that version wrote it (no
/// handle), then whatever `more` writes.
func earlierDatabase(at path: String, upTo version: String, _ more: (Database) throws -> Void = { _ in }) throws {
    let queue = try DatabaseQueue(path: path)
    try NotesSchema.migrator.migrate(queue, upTo: version)
    try queue.write { db in
        try db.execute(sql: """
            INSERT INTO annotations (id, collection, article, exact, kind, body, title, created, modified, anchor_status)
            VALUES (?, 'c', 'a', 'the passage', 'note', '', '', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', 'exact')
            """, arguments: [UUID().uuidString.lowercased()])
        try more(db)
    }
    try queue.close()
}

/// A fresh temporary directory, removed when the test's scope ends.
final class TemporaryDirectory {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = (base as NSString).appendingPathComponent("dossier-notes-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

extension String {
    /// The scalar range of the first occurrence of `needle`.
    func scalarRange(of needle: String) -> Range<Int>? {
        guard let range = self.range(of: needle) else { return nil }
        let start = unicodeScalars.distance(from: unicodeScalars.startIndex, to: range.lowerBound)
        return start..<(start + needle.unicodeScalars.count)
    }

    /// The scalar range of the `n`th (1-based) occurrence of `needle`.
    func scalarRange(of needle: String, occurrence n: Int) -> Range<Int>? {
        var from = startIndex
        var found: Range<String.Index>?
        for _ in 0..<n {
            guard let range = self.range(of: needle, range: from..<endIndex) else { return nil }
            found = range
            from = index(after: range.lowerBound)
        }
        guard let found else { return nil }
        let start = unicodeScalars.distance(from: unicodeScalars.startIndex, to: found.lowerBound)
        return start..<(start + needle.unicodeScalars.count)
    }
}

extension NotesStore {
    /// Each stored note's handle by id, read as `notes list` reads them.
    func handles(collection: String? = nil) throws -> [UUID: String] {
        Dictionary(uniqueKeysWithValues: try notesWithHandles(matching: NoteQuery(), collection: collection)
            .compactMap { note in note.handle.map { (note.annotation.id, $0) } })
    }
}
