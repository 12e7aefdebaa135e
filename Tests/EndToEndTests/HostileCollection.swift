import Foundation

/// A collection written the way an attacker (or a careless scraper) would: terminal escapes
/// in every YAML field — as YAML escapes, which the parser turns into raw control characters —
/// and raw in the bodies, C1 controls, bidirectional overrides, invalid UTF-8, NUL, a 10 MB
/// line, 10,000 headings, footnote cycles, 100 KB runs of `*`, `_` and `[`, a binary file,
/// and a file whose name holds an escape. Built in a temporary folder, removed on deinit.
///
/// The huge articles (`headings`, `longline`, `runs`) are written only when asked for: every
/// command loads every article, and in a debug build they take tens of seconds to load.
final class HostileCollection {
    let root: URL
    var content: String { root.appendingPathComponent("Content").path }
    var notes: String { root.appendingPathComponent("notes.sqlite").path }
    var state: String { root.appendingPathComponent("state").path }

    /// The payload in YAML double-quoted syntax: OSC 0 (window title), OSC 52 (clipboard
    /// write), CSI clear screen, an 8-bit CSI (U+009B), a right-to-left override, NUL, DEL.
    static let yamlPayload = #"\e]0;pwned\a \e]52;c;cHduZWQ=\a \e[2J \x9b31m \u202e \0 \x7f"#
    /// The same payload as raw characters, for arguments, notes and bodies.
    static let rawPayload = "\u{1B}]0;pwned\u{7} \u{1B}]52;c;cHduZWQ=\u{7} \u{1B}[2J \u{9B}31m \u{202E} \u{7F}"
    /// A passage of the `evil` article that events and notes quote.
    static let quotable = "The quiet passage that notes and events can quote"
    /// The huge articles' ids.
    static let hugeArticles = ["headings", "longline", "runs"]
    /// The article ids that load.
    let articles: [String]

    init(huge: Bool = false) throws {
        articles = ["evil"] + (huge ? Self.hugeArticles : [])
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Content/articles"), withIntermediateDirectories: true)
        let y = Self.yamlPayload
        try write("collection.yaml", """
            title: "Hostile \(y)"
            description: "Every field \(y)"
            articles: [\(articles.joined(separator: ", ")), "missing\(y)"]
            """)
        try write("articles/evil.md", bytes: Self.evilArticle())
        if huge {
            // Headings named by letters: numbers would read as years, each one a `check --coverage` finding.
            try write("articles/headings.md", Self.frontMatter(id: "headings")
                      + (0..<10_000).map { "## Heading \(Self.letters($0))\n\nText of the section.\n" }.joined(separator: "\n"))
            try write("articles/longline.md", Self.frontMatter(id: "longline")
                      + String(repeating: "word ", count: 2_000_000) + "\n")
            try write("articles/runs.md", Self.frontMatter(id: "runs")
                      + ["*", "_", "[", "**_[", "](", "[^"].map { String(repeating: $0, count: 100_000 / $0.count) }.joined(separator: "\n\n") + "\n")
        }
        // Binary: every byte value, many times, in a fixed scrambled order (Knuth's
        // multiplicative hash of the position), so the file is the same every run.
        try write("articles/binary.md", bytes: (0..<65_536).map { (position: UInt32) in
            UInt8(truncatingIfNeeded: (position &* 2_654_435_761) >> 13)
        })
        // A name with an escape: not a valid id, so reported with its file name.
        try write("articles/name\u{1B}]0;pwned\u{7}\u{9B}2J.md", Self.frontMatter(id: "other"))
        try write("entities.yaml", """
            entities:
              - id: mallory
                name: "Mallory \(y)"
                kind: person
                description: "Description \(y)"
                aliases: ["Alias \(y)", "Mal"]
              - id: "bad\(y)"
                name: Bad Id
                kind: "kind\(y)"
            """)
        try write("events.yaml", """
            eras:
              - id: evil-era
                title: "Era \(y)"
                from: "2000"
                to: "2030"
                named_by: editors
            events:
              - id: evil-event
                title: "Event \(y)"
                summary: "Summary \(y)"
                date: "2020"
                entities: [mallory]
                tags: ["tag\(y)", plain]
                mentions:
                  - article: evil
                    quote: "\(Self.quotable)"
                    date_as_told: "told \(y)"
                  - article: evil
                    quote: "Quote \(y)"
                conflicts:
                  - about: date
                    note: "Note \(y)"
                    tellings:
                      - article: evil
                        says: "Says \(y)"
              - id: second-event
                title: "Second \(y)"
                date: "2021"
                related:
                  - event: evil-event
                    kind: see-also
                mentions:
                  - article: evil
                    quote: "Raw escapes"
            """)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    private func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    private func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent("Content").appendingPathComponent(path)
        precondition(url.path.hasPrefix(root.path), "the builder writes only inside its temporary folder")
        try Data(bytes).write(to: url)
    }

    /// `n` written in the letters a–z (0 → "a", 26 → "ba").
    static func letters(_ n: Int) -> String {
        let digit = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(n % 26)))
        return n < 26 ? digit : letters(n / 26) + digit
    }

    static func frontMatter(id: String) -> String {
        """
        ---
        id: \(id)
        title: "\(id) \(yamlPayload)"
        authors:
          - name: "Author \(yamlPayload)"
            affiliation: "Affiliation \(yamlPayload)"
        venue: "Venue \(yamlPayload)"
        published: "2020"
        provenance: ["Provenance \(yamlPayload)"]
        kind: journal-article
        source: "source \(yamlPayload)"
        corrections:
          - original: "original \(yamlPayload)"
            corrected: "corrected"
            reason: "reason \(yamlPayload)"
        ---

        """
    }

    /// The `evil` article: raw escapes in headings, paragraphs, links, lists, quotes and
    /// footnotes (a cycle of footnotes among them), raw C1 and bidi controls, NUL, invalid UTF-8.
    static func evilArticle() -> [UInt8] {
        let raw = rawPayload
        var text = frontMatter(id: "evil")
        text += "# Raw escapes \(raw)\n\n"
        text += "\(quotable). Then a paragraph \(raw) with a footnote[^a] and a link [click \(raw)](http://x/\u{1B}]0;u\u{7}).\n\n"
        text += "## Section \u{9B}2J\u{202E}reversed\u{2028}separated\n\n"
        text += "- item \(raw)\n- item two\u{85}next line\n\n"
        text += "> quoted \(raw)\n\n"
        text += "Tabs\tand\rcarriage\r\nreturns and a bell \u{7}.\n\n"
        text += "[^a]: Footnote \(raw) that refers to another[^b].\n\n"
        text += "[^b]: Which refers back[^a], and to itself[^b].\n"
        var bytes = Array(text.utf8)
        // NUL, a lone 8-bit CSI byte (invalid UTF-8), overlong and truncated sequences.
        bytes += Array("\nBytes: ".utf8) + [0x00, 0x9B, 0x32, 0x4A, 0xFF, 0xFE, 0xC0, 0xAF, 0xE2, 0x80] + Array(" end.\n".utf8)
        return bytes
    }
}
