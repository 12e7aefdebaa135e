import DossierCore
import Foundation
import GRDB

/// One article file read and parsed for the index: its row, and its blocks with their search words.
struct ArticleReading: Sendable {
    /// A block as stored, with the two columns of its FTS row.
    struct BlockRow: Sendable {
        var sectionID: String
        var sectionTitle: String
        var start: Int
        var text: String
        var words: String
        var joined: String
    }

    /// The file, as the loader names it.
    var path: String
    var stamp: FileStamp
    var hash: Int64
    var article: Article?
    var diagnostics: [Diagnostic]
    /// What parsing the body found (`dossier check` reports them without parsing again).
    var bodyDiagnostics: [Diagnostic] = []
    var sectionCount = 0
    var wordCount = 0
    var footnoteCount = 0
    var blocks: [BlockRow] = []

    /// Reads the file with the loader's own reader and parses its body.
    init(path: String, id: String, stamp: FileStamp, hash: Int64) {
        self.path = path
        self.stamp = stamp
        self.hash = hash
        (article, diagnostics) = CollectionLoader.readArticle(path: path, id: id)
        guard let article else { return }
        let read = article.read()
        let document = read.document
        bodyDiagnostics = read.diagnostics
        sectionCount = document.sections.filter { $0.level > 0 }.count
        wordCount = document.wordCount
        footnoteCount = document.footnotes.count
        blocks = document.blocks.map { block in
            let section = document.sections[block.sectionIndex]
            let text = block.text
            let words = SearchWords(text).words
            return BlockRow(sectionID: section.id, sectionTitle: section.title, start: block.range.start, text: text,
                            words: words.map(\.text).joined(separator: " "), joined: Self.hyphenatedRuns(words))
        }
    }

    /// Every run of two or more hyphenated words (`U-2`, `Tu-22M3`, `Pakistan-India-China`)
    /// written together, so that a term written without hyphens finds them (see ``SearchTerm``).
    static func hyphenatedRuns(_ words: [SearchWords.Word], longest: Int = 8) -> String {
        var runs: [String] = []
        for start in words.indices {
            var run = words[start].text
            var end = start
            while words[end].hyphenatedToNext, end + 1 < words.count, end - start + 1 < longest {
                end += 1
                run += words[end].text
                runs.append(run)
            }
        }
        return runs.joined(separator: " ")
    }

    var stored: StoredArticle {
        StoredArticle(stamp: stamp.trusted(), hash: hash, metadata: article?.metadata,
                             diagnostics: diagnostics.map { StoredDiagnostic($0, articleFile: path) },
                             sectionCount: sectionCount, wordCount: wordCount, footnoteCount: footnoteCount)
    }

    /// Replaces whatever the index held for the file `name`.
    func save(_ db: Database, name: String) throws {
        try StoredArticle.delete(db, name: name)
        try stored.save(db, name: name, bodyDiagnostics: bodyDiagnostics.map { StoredDiagnostic($0, articleFile: path) })
        for (position, block) in blocks.enumerated() {
            try db.execute(sql: """
                INSERT INTO block (file, position, section_id, section_title, start, text) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [name, position, block.sectionID, block.sectionTitle, block.start, block.text])
            try db.execute(sql: "INSERT INTO block_words (rowid, words, joined) VALUES (?, ?, ?)",
                           arguments: [db.lastInsertedRowID, block.words, block.joined])
        }
    }
}
