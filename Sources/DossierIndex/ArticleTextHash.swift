import DossierCore
import Foundation
import GRDB

/// The name of an article file's text, as notes record the text they were anchored against
/// (DossierNotes' `anchored_texts`): the index's hash of the file's bytes, qualified by the
/// build that parses them — another build may read the same bytes into another plain text,
/// so its notes are re-anchored once rather than trusted.
public enum ArticleTextHash {
    /// The hash of the file at `path` as it is now; nil when it cannot be read or is too large
    /// to be an article (the loader refuses it).
    public static func ofFile(_ path: String) -> String? {
        guard let stamp = FileStamp(path: path) else { return nil }
        return named(ContentIndex.hash(path: path, stamp: stamp))
    }

    static func named(_ hash: Int64) -> String? {
        hash == 0 ? nil : "\(ProgramIdentity.current)/\(String(UInt64(bitPattern: hash), radix: 16))"
    }
}

/// The text hashes the content index holds, each trusted only while its file's size and time
/// are the indexed ones.
public struct IndexedTextHashes: Sendable {
    private let stored: [String: (stamp: FileStamp, hash: Int64)]

    init(stored: [String: (stamp: FileStamp, hash: Int64)]) {
        self.stored = stored
    }

    /// The text hash of the file at `path`: the index's when the file is unchanged since it was
    /// indexed (one stat, no read), else from the file's bytes as they are now.
    public func hash(ofFile path: String) -> String? {
        if let known = stored[ArticleFiles.fileName(of: path)], let stamp = FileStamp(path: path),
           stamp == known.stamp, let hash = ArticleTextHash.named(known.hash) {
            return hash
        }
        return ArticleTextHash.ofFile(path)
    }
}

extension ContentIndex {
    /// The text hashes of the indexed files (see ``IndexedTextHashes``); none when the index
    /// cannot be read, so that every file is hashed from its bytes.
    public func textHashes() -> IndexedTextHashes {
        let rows = (try? database.read { db in
            try Row.fetchAll(db, sql: "SELECT name, size, modified, hash FROM article_file")
        }) ?? []
        var stored: [String: (stamp: FileStamp, hash: Int64)] = [:]
        for row in rows {
            stored[row["name"]] = (FileStamp(size: row["size"], modified: row["modified"]), row["hash"])
        }
        return IndexedTextHashes(stored: stored)
    }
}
