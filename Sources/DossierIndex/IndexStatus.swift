import DossierCore
import Foundation
import GRDB

/// What `dossier index --status` reports: the index file and how far it is from the folder.
public struct IndexStatus: Sendable {
    public var file: String?
    public var schemaVersion: Int
    public var bytesOnDisk: Int64
    public var articleFiles: Int
    public var blocks: Int
    /// Files whose bytes differ from the index's, files not indexed yet, and indexed files that are gone.
    public var changed: Int
    public var added: Int
    public var removed: Int
}

extension ContentIndex {
    /// Compares the index with the folder without changing either.
    public func status() throws -> IndexStatus {
        try database.read { db in
            let known = try StoredArticle.fetchAll(db)
            let files = ArticleFiles.find(in: directory)
            let names = Set(files.map(\.name))
            var changed = 0
            var added = 0
            for file in files {
                let (name, path) = (file.name, file.path)
                guard let stored = known[name] else {
                    added += 1
                    continue
                }
                // A time not trusted (a file indexed moments after it changed) is settled by the hash.
                guard let stamp = FileStamp(path: path) else { continue }
                if stamp != stored.stamp && Self.hash(path: path, stamp: stamp) != stored.hash { changed += 1 }
            }
            let bytes = file.map { file in
                ["", "-wal"].reduce(Int64(0)) { total, suffix in
                    let size = (try? FileManager.default.attributesOfItem(atPath: file + suffix))?[.size] as? NSNumber
                    return total + (size?.int64Value ?? 0)
                }
            } ?? 0
            return IndexStatus(file: file, schemaVersion: IndexSchema.version, bytesOnDisk: bytes, articleFiles: known.count,
                               blocks: try Int.fetchOne(db, sql: "SELECT count(*) FROM block") ?? 0,
                               changed: changed, added: added, removed: known.keys.filter { !names.contains($0) }.count)
        }
    }
}
