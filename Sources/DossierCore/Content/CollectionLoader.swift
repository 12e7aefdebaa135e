import Foundation
import Yams

/// Loads a collection folder (see Content/README.md). Never throws and never stops at a bad
/// file: every problem becomes a diagnostic and the good articles still load.
public enum CollectionLoader {
    public struct Result: Sendable {
        public var collection: DossierCollection
        public var diagnostics: [Diagnostic]

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    /// Files larger than this are refused rather than read.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// Reads one article file: its path and the id its name gives. The default reads and checks
    /// the file (``readArticle(path:id:)``); a cache may answer for the files it already knows.
    public typealias ArticleReader = (_ path: String, _ id: String) -> (Article?, [Diagnostic])

    public static func load(directory: String, readArticle: ArticleReader = readArticle(path:id:)) -> Result {
        var diagnostics: [Diagnostic] = []
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(Diagnostic(file: directory, line: 1, column: 1, message: "no such collection folder"))
            return Result(collection: DossierCollection(title: "", description: "", articles: [], directory: directory),
                          diagnostics: diagnostics)
        }
        let manifestPath = join(directory, "collection.yaml")
        var title = URL(fileURLWithPath: directory).lastPathComponent
        var description = ""
        var order: [(id: String, node: Node)] = []
        if let bytes = readBytes(manifestPath, diagnostics: &diagnostics) {
            let sanitized = TextSanitizer.sanitize(bytes, file: manifestPath)
            diagnostics += sanitized.diagnostics
            var yaml = YAMLReader(file: manifestPath)
            if let root = yaml.parse(sanitized.text), let mapping = yaml.mapping(root, "collection.yaml") {
                yaml.checkKeys(mapping, known: ["title", "description", "articles"], "collection.yaml")
                title = yaml.required("title", in: mapping, at: root, "collection.yaml") ?? title
                description = yaml.optional("description", in: mapping)?.trimmingSpaces ?? ""
                for node in yaml.sequence(mapping["articles"], "'articles'") {
                    if let id = yaml.string(node, "an article id") { order.append((id, node)) }
                }
            }
            diagnostics += yaml.diagnostics
        } else if !fileManager.fileExists(atPath: manifestPath) {
            diagnostics.append(Diagnostic(file: manifestPath, line: 1, column: 1,
                                          message: "missing collection.yaml (title, description, article order)"))
        }

        let articlesDirectory = join(directory, "articles")
        let names = ((try? fileManager.contentsOfDirectory(atPath: articlesDirectory)) ?? [])
            .filter { $0.hasSuffix(".md") }
            .sorted()
        var articles: [String: Article] = [:]
        for name in names {
            let id = String(name.dropLast(3))
            let (article, problems) = readArticle(join(articlesDirectory, name), id)
            diagnostics += problems
            if let article { articles[id] = article }
        }

        var ordered: [Article] = []
        var listed: Set<String> = []
        for (id, node) in order {
            guard listed.insert(id).inserted else {
                let mark = node.mark
                diagnostics.append(Diagnostic(file: manifestPath, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                              message: "article '\(id)' is listed twice"))
                continue
            }
            if let article = articles[id] {
                ordered.append(article)
            } else if !names.contains(id + ".md") {
                let mark = node.mark
                diagnostics.append(Diagnostic(file: manifestPath, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                              message: "article '\(id)' is listed but articles/\(id).md does not exist"))
            }
        }
        for id in articles.keys.sorted() where !listed.contains(id) {
            ordered.append(articles[id]!)
            if !order.isEmpty {
                diagnostics.append(Diagnostic(file: join(articlesDirectory, id + ".md"), line: 1, column: 1, severity: .warning,
                                              message: "article '\(id)' is not listed in collection.yaml; it is shown last"))
            }
        }
        return Result(collection: DossierCollection(title: title, description: description, articles: ordered, directory: directory),
                      diagnostics: diagnostics)
    }

    /// Reads and checks one article file (sanitising, front matter); the body is not parsed.
    public static func readArticle(path: String, id: String) -> (Article?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let bytes = readBytes(path, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let (article, problems) = ArticleFileReader.read(bytes: bytes, file: path, expectedID: id)
        return (article, diagnostics + problems)
    }

    public static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The file's bytes, or nil with a diagnostic when it cannot be read or is too large.
    static func readBytes(_ path: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let size = attributes[.size] as? Int, size > maximumFileSize {
            diagnostics.append(Diagnostic(file: path, line: 1, column: 1,
                                          message: "file is \(size) bytes; files over \(maximumFileSize) bytes are not read"))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: "cannot read file"))
            return nil
        }
        return [UInt8](data)
    }
}
