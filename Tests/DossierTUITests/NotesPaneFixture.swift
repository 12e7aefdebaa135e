@testable import DossierCore
@testable import DossierNotes
import Foundation
@testable import DossierTUI

/// A small article in three sections with annotations of every kind and anchor status.
enum NotesPaneFixture {
    static let markdown = """
        Pakistan and the Soviet Union established relations in 1948.

        ## Tashkent

        In 1966 the Tashkent Declaration was signed. The Soviet Union mediated between the two.

        ## Later years

        Relations improved in the 1970s. Bhutto visited Moscow in 1974.
        """

    static let document = MarkdownReader.read(markdown).document

    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    static func annotation(_ n: Int, _ quote: String, kind: AnnotationKind, body: String = "", tags: [String] = [], status: AnchorStatus = .exact) -> Annotation {
        let start = document.plainText.occurrences(of: quote)[0]
        let selectors = Anchor.selectors(for: start..<(start + quote.unicodeScalars.count), in: document.plainText.string)!
        return Annotation(id: id(n), collection: "test", article: "relations", selectors: selectors, kind: kind, body: body, tags: tags,
                          created: Date(timeIntervalSince1970: 1_700_000_000 + Double(n)), anchorStatus: status)
    }

    /// In store order (by position); the orphan keeps its old position.
    static let annotations = [
        annotation(1, "established relations", kind: .highlight),
        annotation(2, "Tashkent Declaration", kind: .highlight),
        annotation(3, "was signed", kind: .question, body: "Signed by whom?\nShastri and Ayub Khan.", status: .approximate),
        annotation(4, "The Soviet Union mediated", kind: .note, body: "# Mediation\n\nFirst Soviet mediation in South Asia; see [[event:tashkent-declaration]].",
                   tags: ["ussr", "diplomacy"], status: .reanchored),
        annotation(5, "Bhutto visited Moscow", kind: .note, body: "State visit.", tags: ["bhutto"]),
        annotation(6, "improved", kind: .note, body: "Was it a real improvement?", status: .orphaned),
    ]

    static let notes = ArticleNotes(article: "relations", annotations: annotations, backlinks: [id(4): 3, id(5): 1], sectionBacklinks: ["tashkent": 2])

    /// What `read` reads from a database in a temporary folder holding `annotations`
    /// (removed afterwards): the notes as the reader reads them.
    static func stored<T>(_ annotations: [Annotation], _ read: (NotesStore) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-pane-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try NotesStore(path: folder.appendingPathComponent("notes.sqlite").path)
        for annotation in annotations { try store.add(annotation) }
        return try read(store)
    }

    /// The plain-text range of the section with `id`'s blocks.
    static func visible(section id: String) -> [Range<Int>] {
        let section = document.sections[document.sectionIndex(withID: id)!]
        return section.blocks.map { document.blocks[$0].range }.map { $0.start..<$0.end }
    }
}
