import DossierCore
import Foundation

/// The `collection` under which a collection's annotations are stored: the slug
/// of its title (`Pakistan and Russia` → `pakistan-and-russia`).
///
/// The title, not the folder, so that a copy of the Content elsewhere (a temporary
/// edit, a moved checkout) keeps its notes. The CLI and the reader must both use
/// this key. A collection without a title falls back to its folder name.
public enum NotesCollectionKey {
    /// The key for `collection`.
    public static func key(for collection: DossierCollection) -> String {
        key(title: collection.title, directory: collection.directory)
    }

    /// The key for a collection titled `title` loaded from `directory`.
    public static func key(title: String, directory: String) -> String {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        let source = trimmed.isEmpty ? URL(fileURLWithPath: directory).lastPathComponent : trimmed
        return SectionID.slug(source)
    }
}
