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
        var stem: String
        var format: ArticleFileReader.Format

        /// The article's id: the file name without its extension when that is a valid id,
        /// else one made from it (`Cold War (1947).txt` → `cold-war-1947`).
        public var id: String { Self.id(stem: stem) }

        static func id(stem: String) -> String { Identifier.isKebabCase(stem) ? stem : ArticleID.from(stem) }
    }

    static let articlesFolder = "articles"

    public static func find(in directory: String) -> [File] {
        let listing = Listing(directory: directory)
        return listing.names.compactMap(listing.file(named:))
    }

    /// The file the loader reads the article `id` from — the first, in file-name order, whose
    /// name gives that id — found without examining any other file (`dossier show`).
    public static func file(withID id: String, in directory: String) -> File? {
        let listing = Listing(directory: directory)
        return listing.names.lazy.compactMap { name -> File? in
            guard let dot = name.lastIndex(of: "."), File.id(stem: String(name[..<dot])) == id else { return nil }
            return listing.file(named: name)
        }.first
    }

    /// The names in the folder that holds the articles, sorted; ``file(named:)`` examines one.
    private struct Listing {
        var folder: String
        var hasArticlesFolder: Bool
        var names: [String]
        /// What the folder listing says each name is (`DT_REG`, `DT_DIR`, …; `DT_UNKNOWN` when
        /// the file system does not say): most files need no stat(2) of their own to be told
        /// from a folder.
        private var types: [String: UInt8] = [:]

        init(directory: String) {
            let articles = CollectionLoader.join(directory, articlesFolder)
            var isDirectory: ObjCBool = false
            hasArticlesFolder = FileManager.default.fileExists(atPath: articles, isDirectory: &isDirectory) && isDirectory.boolValue
            folder = hasArticlesFolder ? articles : directory
            types = Self.entries(of: folder)
            names = types.keys.sorted()
        }

        /// The article file `name`, or nil when it is not one (hidden, another extension, a
        /// README beside `collection.yaml`, a folder).
        func file(named name: String) -> File? {
            guard !name.hasPrefix("."), let format = ArticleFiles.format(of: name) else { return nil }
            let stem = String(name[..<name.lastIndex(of: ".")!])
            if !hasArticlesFolder && stem.uppercased() == "README" { return nil }
            let path = CollectionLoader.join(folder, name)
            switch types[name] {
            case UInt8(DT_REG): break
            case UInt8(DT_DIR): return nil
            default:
                // A symbolic link (to a file or a folder), or a file system that does not say.
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
            }
            return File(path: path, name: name, stem: stem, format: format)
        }

        /// The folder's entries and their types, from readdir(3); none when it cannot be listed.
        private static func entries(of folder: String) -> [String: UInt8] {
            guard let stream = opendir(folder) else { return [:] }
            defer { closedir(stream) }
            var found: [String: UInt8] = [:]
            while let entry = readdir(stream) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { tuple in
                    tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { String(cString: $0) }
                }
                if name != "." && name != ".." { found[name] = entry.pointee.d_type }
            }
            return found
        }
    }

    /// The last component of `path`: a string operation (`URL(fileURLWithPath:)` asks the file
    /// system whether the path is a folder, once per file of every command).
    public static func fileName(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    static func format(of name: String) -> ArticleFileReader.Format? {
        let lowered = name.lowercased()
        if lowered.hasSuffix(".md") { return .markdown }
        if lowered.hasSuffix(".txt") { return .plainText }
        return nil
    }
}
