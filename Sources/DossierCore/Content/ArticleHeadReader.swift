import Foundation

/// Reads only the head of an article file — its front matter and first lines — for a reader
/// that must draw before it could read every file whole. The article comes back with its body
/// omitted (``Article/bodyIsOmitted``): ``Article/read()`` reads the file when it is opened.
///
/// The metadata is what ``CollectionLoader/readArticle(path:id:)`` would give: the head is used
/// only when it holds the closed front matter and enough lines after it to settle a title taken
/// from the text (``TitleFromText`` looks at the first non-blank line, the next one, and whether
/// more text follows). Otherwise, and for any file that cannot be used, the whole file is read,
/// so a broken file is reported exactly as a full load reports it. Problems further down the
/// body (control characters, say) are left to `dossier check`.
public enum ArticleHeadReader {
    /// How much of a file is read first: front matter is a few hundred bytes, rarely two
    /// thousand (long provenance notes); a head that holds less is read whole.
    static let headSize = 16 * 1024

    /// A ``CollectionLoader/ArticleReader``.
    public static func read(path: String, id: String) -> (Article?, [Diagnostic]) {
        guard let head = head(of: path) else { return CollectionLoader.readArticle(path: path, id: id) }
        let format = ArticleFiles.format(of: ArticleFiles.fileName(of: path)) ?? .markdown
        let (article, diagnostics) = ArticleFileReader.read(bytes: head, file: path, id: id, format: format)
        guard var article, settlesTitle(head) else { return CollectionLoader.readArticle(path: path, id: id) }
        article.body = ""
        article.bodyIsOmitted = true
        return (article, diagnostics)
    }

    /// The file's first bytes up to the last whole line within ``headSize``; nil when the file
    /// is no longer than that (it is read whole anyway) or cannot be opened.
    static func head(of path: String) -> [UInt8]? {
        guard case .success(let data) = FileBytes.read(path, maximumSize: headSize + 1, prefix: true), data.count > headSize else { return nil }
        let bytes = data.prefix(headSize)
        guard let lastNewline = bytes.lastIndex(of: UInt8(ascii: "\n")) else { return nil }
        return Array(bytes[...lastNewline])
    }

    /// Whether the head holds the closed front matter and, after it, a non-blank line, the line
    /// after that, and a non-blank line further on: then the title found in the head's text is
    /// the one the whole text gives.
    static func settlesTitle(_ head: [UInt8]) -> Bool {
        guard case .success(let split) = FrontMatter.split(String(decoding: head, as: UTF8.self)) else { return false }
        // Line by line, stopping once settled: splitting a 16 KB head into lines and testing every
        // character was most of a cold first frame's time at a thousand articles.
        let body = split.body
        var lineStart = body.startIndex
        var lineNumber = 0
        var first: Int?
        while lineStart < body.endIndex {
            let lineEnd = body.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? body.endIndex
            if !body[lineStart..<lineEnd].allSatisfy(\.isWhitespace) {
                if let first, lineNumber > first + 1 { return true }
                if first == nil { first = lineNumber }
            }
            guard lineEnd < body.endIndex else { break }
            lineStart = body.utf8.index(after: lineEnd)
            lineNumber += 1
        }
        return false
    }
}
