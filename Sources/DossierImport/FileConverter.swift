import DossierCore
import Foundation

/// Turns one file into an ``ImportedText`` by its extension: `.md` (front matter kept when it
/// has one), `.txt` (hard-wrapped paragraphs re-joined), `.html`/`.htm` (``HTMLToMarkdown``),
/// `.pdf` (through `pdftotext`, when installed).
enum FileConverter {
    static let extensions: Set<String> = ["md", "txt", "html", "htm", "pdf"]

    enum Failure: Error, Equatable, CustomStringConvertible {
        case unsupported(String)
        case unreadable
        case empty
        case notHTML
        case pdftotextMissing
        case pdftotextFailed(String)

        var description: String {
            switch self {
            case .unsupported(let ext): "'.\(ext)' files are not imported (use .md, .txt, .html, .htm or .pdf)"
            case .unreadable: "cannot read the file"
            case .empty: "no text in the file"
            case .notHTML: "libxml2 could not read it as HTML"
            case .pdftotextMissing: "PDF import needs pdftotext, which is not installed (Debian/Ubuntu: apt-get install poppler-utils)"
            case .pdftotextFailed(let message): "pdftotext failed: \(message)"
            }
        }
    }

    /// The converted file, or why it cannot be imported. `path` is only read.
    static func convert(path: String) -> Result<ImportedText, Failure> {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard extensions.contains(ext) else { return .failure(.unsupported(ext)) }
        if ext == "pdf" { return pdfText(path: path).flatMap { plainText($0, fileName: name) } }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
        let bytes = [UInt8](data)
        switch ext {
        case "html", "htm":
            guard var text = HTMLToMarkdown.convert(bytes: bytes, fileName: name) else { return .failure(.notHTML) }
            // The page's text is safe once it is in the file (the loader sanitises it again);
            // its metadata is also printed in the report.
            func clean(_ value: String) -> String { TextSanitizer.sanitize(Array(value.utf8), file: path).text }
            text.body = clean(text.body)
            text.title = text.title.map(clean)
            text.authors = text.authors.map(clean)
            text.venue = text.venue.map(clean)
            text.source = text.source.map(clean)
            return text.body.allSatisfy(\.isWhitespace) ? .failure(.empty) : .success(text)
        case "md":
            return markdown(TextSanitizer.sanitize(bytes, file: path).text, fileName: name)
        default:
            return plainText(TextSanitizer.sanitize(bytes, file: path).text, fileName: name)
        }
    }

    /// Plain text: the title from its first line (`TitleFromText`), paragraphs re-joined.
    static func plainText(_ text: String, fileName: String) -> Result<ImportedText, Failure> {
        guard !text.allSatisfy(\.isWhitespace) else { return .failure(.empty) }
        var lines = Substring(text).split(separator: "\n", omittingEmptySubsequences: false)
        let found = TitleFromText.find(in: text)
        lines.removeFirst(min(lines.count, found?.consumedLines ?? 0))
        var imported = ImportedText(title: found?.title, body: PlainTextMarkup.joinedMarkdown(from: lines.joined(separator: "\n")))
        imported.source = fileName
        return .success(imported)
    }

    /// Markdown: kept as written. A file with front matter is already an article and is copied
    /// whole (`body` holds it all, `title` nil); otherwise the title comes from its first line.
    static func markdown(_ text: String, fileName: String) -> Result<ImportedText, Failure> {
        guard !text.allSatisfy(\.isWhitespace) else { return .failure(.empty) }
        if case .success = FrontMatter.split(text) {
            return .success(ImportedText(body: text))
        }
        var lines = Substring(text).split(separator: "\n", omittingEmptySubsequences: false)
        let found = TitleFromText.find(in: text)
        lines.removeFirst(min(lines.count, found?.consumedLines ?? 0))
        var imported = ImportedText(title: found?.title, body: lines.joined(separator: "\n").trimmingCharacters(in: .newlines))
        imported.source = fileName
        return .success(imported)
    }

    /// The text `pdftotext` extracts (pages become paragraphs).
    static func pdfText(path: String) -> Result<String, Failure> {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard let tool = searchPath.split(separator: ":").map({ "\($0)/pdftotext" })
            .first(where: FileManager.default.isExecutableFile(atPath:)) else { return .failure(.pdftotextMissing) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-enc", "UTF-8", "-nopgbrk", path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { return .failure(.pdftotextFailed("\(error)")) }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(.pdftotextFailed(message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return .success(TextSanitizer.sanitize([UInt8](data), file: path).text)
    }
}
