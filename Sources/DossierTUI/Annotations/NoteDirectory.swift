import DossierNotes
import Foundation

/// The names of a collection's notes (``NoteName``), found by id, handle or title as
/// ``NotesStore/resolveNoteLink(_:)`` finds them: by id (full UUID or `urn:uuid:…`), else
/// by handle, else by title ignoring case, the oldest note when titles repeat.
struct NoteDirectory: Hashable, Sendable {
    /// Every name, the oldest note first.
    let all: [NoteName]
    private let byID: [UUID: Int]
    private let byHandle: [String: Int]
    private let byTitle: [String: Int]

    /// The directory of `names` (the oldest first, as ``NotesStore/noteNames(collection:)`` gives them).
    init(_ names: [NoteName] = []) {
        all = names
        var byID: [UUID: Int] = [:]
        var byHandle: [String: Int] = [:]
        var byTitle: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            byID[name.id] = index
            if let handle = name.handle { byHandle[handle.lowercased()] = index }
            // The first (oldest) keeps a repeated title.
            if byTitle[name.title.lowercased()] == nil { byTitle[name.title.lowercased()] = index }
        }
        self.byID = byID
        self.byHandle = byHandle
        self.byTitle = byTitle
    }

    /// The note with `id`.
    func note(id: UUID) -> NoteName? {
        byID[id].map { all[$0] }
    }

    /// The note `identifier` names: by id, else by handle, else by title.
    func note(named identifier: String) -> NoteName? {
        let trimmed = identifier.trimmingCharacters(in: .whitespaces)
        let bare = trimmed.lowercased().hasPrefix("urn:uuid:") ? String(trimmed.dropFirst(9)) : trimmed
        if let id = UUID(uuidString: bare), let note = note(id: id) { return note }
        let folded = trimmed.lowercased()
        if NoteHandles.isHandleShaped(folded), let index = byHandle[folded] { return all[index] }
        return byTitle[folded].map { all[$0] }
    }
}
