import Foundation

/// The stable id of a collection: the key of its notes and reading positions.
///
/// `collection.yaml` names it (`id: byzantium-4f2a`, written by `dossier init`), so the title
/// can change and the folder can move without losing anything. A collection without one is
/// keyed by its folder's name as a slug (`My Sources/` → `my-sources`): stable while the folder
/// keeps its name.
public enum CollectionID {
    /// The id for a collection in `directory` whose `collection.yaml` names none.
    static func fallback(directory: String) -> String {
        SectionID.slug(folderName(directory))
    }

    /// The folder's own name, also for `.` and paths ending in `/`.
    public static func folderName(_ directory: String) -> String {
        URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
    }

    /// A new id for a collection titled `title`: its slug and four random hexadecimal digits, so
    /// that two collections with one title never share notes.
    public static func make(title: String) -> String {
        let suffix = String(UInt16.random(in: .min ... .max), radix: 16)
        return SectionID.slug(title) + "-" + String(repeating: "0", count: 4 - suffix.count) + suffix
    }

    /// Whether `id` may be used: lowercase letters and digits joined by single hyphens.
    public static func isValid(_ id: String) -> Bool { Identifier.isKebabCase(id) }
}
