import DossierCore
import Foundation

/// Where a collection's index lives: one SQLite file per collection folder in the cache
/// directory — `$DOSSIER_CACHE_DIR`, else `$XDG_CACHE_HOME/dossier`, else `~/.cache/dossier`.
public enum IndexLocation {
    public static let environmentVariable = "DOSSIER_CACHE_DIR"

    public static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment[environmentVariable], !explicit.isEmpty { return explicit }
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/dossier" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/dossier"
    }

    /// The index file for the collection in `directory`: named after the folder, with a hash of
    /// its full path so that two collections with the same folder name never share a file.
    static func indexFile(collection directory: String, cacheDirectory: String) -> String {
        let absolute = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath().path
        let name = URL(fileURLWithPath: absolute).lastPathComponent
            .unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? String($0) : "_" }
            .joined()
        let hash = String(ContentHash.of(Array(absolute.utf8)), radix: 16)
        return CollectionLoader.join(cacheDirectory, "\(name.prefix(40))-\(hash).sqlite")
    }
}
