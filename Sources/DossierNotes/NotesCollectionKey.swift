import DossierCore
import Foundation

/// The `collection` under which a collection's annotations (and the reader's positions)
/// are stored: its stable id (``DossierCollection/id``, from `collection.yaml`, else its
/// folder's name; see `CollectionID`).
///
/// Renaming the title keeps everything; a copy of the folder elsewhere keeps its notes
/// when `collection.yaml` names an id. The CLI and the reader must both use this key,
/// through ``NotesStore/collectionKey(for:)``, which first carries over notes stored
/// under the ``legacyKey(for:)``.
public enum NotesCollectionKey {
    /// The key for `collection`.
    public static func key(for collection: DossierCollection) -> String {
        collection.id
    }

    /// The key earlier versions used: the slug of the title (`Pakistan and Russia` →
    /// `pakistan-and-russia`), or of the folder name when the title is empty.
    static func legacyKey(for collection: DossierCollection) -> String {
        let trimmed = collection.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let source = trimmed.isEmpty ? URL(fileURLWithPath: collection.directory).lastPathComponent : trimmed
        return SectionID.slug(source)
    }
}
