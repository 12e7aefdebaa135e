import Foundation

/// Finds a collection's article files: `.md` (Markdown) and `.txt` (plain text) in `articles/`,
/// or, in a folder without `articles/`, at its top level (a README there is not an article).
/// Sorted by file name, which is the reading order when `collection.yaml` gives none.
public enum ArticleFiles {
    public struct File: Sendable {
        public var path: String
        /// The file name with its extension.
        public var name: String
        /// The file name without its extension.
        public var stem: String
        var format: ArticleFileReader.Format

        /// The article's id: the file name without its extension when that is a valid id,
        /// else one made from it (`Cold War (1947).txt` → `cold-war-1947`).
        public var id: String { Identifier.isKebabCase(stem) ? stem : ArticleID.from(stem) }
    }

    static let articlesFolder = "articles"

    public static func find(in directory: String) -> [File] {
        let fileManager = FileManager.default
        let articles = CollectionLoader.join(directory, articlesFolder)
        var isDirectory: ObjCBool = false
        let hasArticlesFolder = fileManager.fileExists(atPath: articles, isDirectory: &isDirectory) && isDirectory.boolValue
        let folder = hasArticlesFolder ? articles : directory
        let names = ((try? fileManager.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        return names.compactMap { name in
            guard !name.hasPrefix("."), let format = format(of: name) else { return nil }
            let stem = String(name[..<name.lastIndex(of: ".")!])
            if !hasArticlesFolder && stem.uppercased() == "README" { return nil }
            let path = CollectionLoader.join(folder, name)
            var isFolder: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
            return File(path: path, name: name, stem: stem, format: format)
        }
    }

    static func format(of name: String) -> ArticleFileReader.Format? {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".md") { return .markdown }
        if lowered.hasSuffix(".txt") { return .plainText }
        return nil
    }
}
