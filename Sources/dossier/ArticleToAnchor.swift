import DossierCore
import DossierIndex
import Foundation

/// What re-anchoring one article's notes needs from its file: nothing, when the file's text
/// hash is the one they were last anchored against; else its plain text, and the hash to record.
enum ArticleToAnchor: Sendable {
    case unchanged
    case changed(plainText: String, hash: String?)

    /// The hash comes from the content index when the file's size and time are still the
    /// indexed ones, else from the file's bytes; only a file whose hash differs from
    /// `recorded` is parsed. An article that no longer exists has no text.
    init(_ article: Article?, recorded: String?, hashes: IndexedTextHashes) {
        guard let article else {
            self = .changed(plainText: "", hash: nil)
            return
        }
        let hash = hashes.hash(ofFile: article.file)
        if let hash, hash == recorded {
            self = .unchanged
            return
        }
        // The body is read after the hash was taken, so a file edited in between is recorded
        // under its older hash and re-anchored again next time — never the other way round.
        // A body already in memory may be older than the hash: it is anchored, not recorded.
        self = .changed(plainText: NotesContent.plainText(of: article), hash: article.bodyIsOmitted ? hash : nil)
    }
}
