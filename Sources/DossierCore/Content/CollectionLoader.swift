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

    /// Loads the folder, reading and checking every article file on every core.
    public static func load(directory: String) -> Result {
        let read = ArticleFiles.find(in: directory).concurrentMap { file in
            (path: file.path, article: readArticle(path: file.path, id: file.id))
        }
        let byPath = Dictionary(read.map { ($0.path, $0.article) }, uniquingKeysWith: { first, _ in first })
        return load(directory: directory) { path, id in byPath[path] ?? readArticle(path: path, id: id) }
    }

    /// Loads the folder, asking `readArticle` for each article file in turn. `files` are the
    /// folder's article files when the caller has just listed them (``ArticleFiles/find(in:)``).
    public static func load(directory: String, files: [ArticleFiles.File]? = nil, readArticle: ArticleReader) -> Result {
        var diagnostics: [Diagnostic] = []
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(Diagnostic(file: directory, line: 1, column: 1, message: "no such collection folder"))
            return Result(collection: DossierCollection(id: CollectionID.fallback(directory: directory), title: "", description: "",
                                                        articles: [], directory: directory),
                          diagnostics: diagnostics)
        }
        let manifest = readManifest(directory: directory, diagnostics: &diagnostics)

        var articles: [String: Article] = [:]
        var failed: [FailedArticle] = []
        var fileNames: [String: String] = [:]
        let files = files ?? ArticleFiles.find(in: directory)
        if files.isEmpty {
            diagnostics.append(Diagnostic(file: directory, line: 1, column: 1, severity: .warning,
                                          message: "no articles: put .md or .txt files in \(ArticleFiles.articlesFolder)/ (dossier import FILE… --into DIR)"))
        }
        for file in files {
            let id = file.id
            if id != file.stem {
                diagnostics.append(Diagnostic(file: file.path, line: 1, column: 1, severity: .warning,
                                              message: "'\(file.name)' is not an article id; the article's id is '\(id)' "
                                                       + "(lowercase letters, digits and '-'; rename the file to silence this)"))
            }
            if let other = fileNames[id] {
                diagnostics.append(Diagnostic(file: file.path, line: 1, column: 1,
                                              message: "article id '\(id)' is already used by \(other); this file is not loaded"))
                continue
            }
            fileNames[id] = file.name
            let (article, problems) = readArticle(file.path, id)
            diagnostics += problems
            if let article {
                articles[id] = article
            } else {
                let error = problems.first { $0.severity == .error }
                    ?? Diagnostic(file: file.path, line: 1, column: 1, message: "cannot be read")
                failed.append(FailedArticle(id: id, error: error))
            }
        }

        var ordered: [Article] = []
        var listed: Set<String> = []
        for entry in manifest.order {
            let id = entry.id
            guard listed.insert(id).inserted else {
                diagnostics.append(Diagnostic(file: manifest.path, line: entry.line, column: entry.column,
                                              message: "article '\(id)' is listed twice"))
                continue
            }
            if let article = articles[id] {
                ordered.append(article)
            } else if fileNames[id] == nil {
                diagnostics.append(Diagnostic(file: manifest.path, line: entry.line, column: entry.column,
                                              message: "article '\(id)' is listed but no file \(ArticleFiles.articlesFolder)/\(id).md or .txt exists"))
            }
        }
        for id in articles.keys.sorted() where !listed.contains(id) {
            ordered.append(articles[id]!)
            if !manifest.order.isEmpty {
                diagnostics.append(Diagnostic(file: articles[id]!.file, line: 1, column: 1, severity: .warning,
                                              message: "article '\(id)' is not listed in collection.yaml; it is shown last"))
            }
        }
        let collection = DossierCollection(id: manifest.id ?? CollectionID.fallback(directory: directory),
                                           title: manifest.title ?? CollectionID.folderName(directory),
                                           description: manifest.description, articles: ordered, failedArticles: failed,
                                           directory: directory)
        return Result(collection: collection, diagnostics: diagnostics)
    }

    public static let manifestFileName = "collection.yaml"

    /// What `collection.yaml` says; every part is optional, and so is the file.
    struct Manifest {
        var path: String
        var id: String?
        var title: String?
        var description = ""
        /// The ids listed, in order, each with the line and column its diagnostics name.
        var order: [ManifestValues.Listed] = []
    }

    static func readManifest(directory: String, diagnostics: inout [Diagnostic]) -> Manifest {
        var manifest = Manifest(path: join(directory, manifestFileName))
        guard let bytes = readBytes(manifest.path, diagnostics: &diagnostics) else { return manifest }
        let sanitized = TextSanitizer.sanitize(bytes, file: manifest.path)
        diagnostics += sanitized.diagnostics
        let values = PlainManifest.read(sanitized.text)
            ?? yamlManifest(sanitized.text, path: manifest.path, directory: directory, diagnostics: &diagnostics)
        manifest.id = values.id?.trimmingSpaces
        manifest.title = values.title?.trimmingSpaces
        if manifest.title?.isEmpty == true { manifest.title = nil }
        manifest.description = values.description?.trimmingSpaces ?? ""
        manifest.order = values.articles
        return manifest
    }

    /// The manifest read by Yams, with a diagnostic for whatever is wrong in it.
    static func yamlManifest(_ text: String, path: String, directory: String,
                                     diagnostics: inout [Diagnostic]) -> ManifestValues {
        var values = ManifestValues()
        var yaml = YAMLReader(file: path)
        if let root = yaml.parse(text), let mapping = yaml.mapping(root, manifestFileName) {
            yaml.checkKeys(mapping, known: ["id", "title", "description", "articles"], manifestFileName)
            if let id = yaml.optional("id", in: mapping) {
                if CollectionID.isValid(id.trimmingSpaces) {
                    values.id = id
                } else {
                    yaml.report(at: mapping["id"], Identifier.problem(id.trimmingSpaces, "collection")
                                + "; notes are kept under '\(CollectionID.fallback(directory: directory))' until it is fixed")
                }
            }
            values.title = yaml.optional("title", in: mapping)
            values.description = yaml.optional("description", in: mapping)
            for node in yaml.sequence(mapping["articles"], "'articles'") {
                if let id = yaml.string(node, "an article id") {
                    values.articles.append(.init(id: id, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1))
                }
            }
        }
        diagnostics += yaml.diagnostics
        return values
    }

    /// Reads and checks one article file (sanitising, front matter); the body is not parsed.
    public static func readArticle(path: String, id: String) -> (Article?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let bytes = readBytes(path, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let format = ArticleFiles.format(of: ArticleFiles.fileName(of: path)) ?? .markdown
        let (article, problems) = ArticleFileReader.read(bytes: bytes, file: path, id: id, format: format)
        return (article, diagnostics + problems)
    }

    /// `directory/name`, with one slash.
    public static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The file's bytes, or nil with a diagnostic when it cannot be read, is not a regular
    /// file or is too large; nil alone when there is no file.
    static func readBytes(_ path: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        switch FileBytes.read(path, maximumSize: maximumFileSize) {
        case .success(let bytes):
            return bytes
        case .failure(.missing):
            return nil
        case .failure(.tooLarge(let size)):
            diagnostics.append(Diagnostic(file: path, line: 1, column: 1,
                                          message: "file is \(size) bytes; files over \(maximumFileSize) bytes are not read"))
        case .failure(.notRegularFile):
            diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: "cannot read file: not a regular file"))
        case .failure(.unreadable(let code)):
            diagnostics.append(Diagnostic(file: path, line: 1, column: 1, message: "cannot read file: \(String(cString: strerror(code)))"))
        }
        return nil
    }
}
