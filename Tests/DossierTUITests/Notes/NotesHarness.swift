@testable import DossierCore
@testable import DossierNotes
import Foundation
@testable import DossierTUI

/// The reader on the bundled collection with a real notes database and position store
/// in a temporary folder: keys go through ``AppReducer`` and effects are performed by the
/// reader's own ``EffectRunner`` on a ``TestTerminal``; only the external editor is
/// answered by ``editor``.
final class NotesHarness {
    let directory: URL
    let store: NotesStore
    let terminal: TestTerminal
    private var runner: EffectRunner!
    /// The reader's state (tests may set a selection directly).
    var state: AppState {
        get { runner.state }
        set { runner.state = newValue }
    }
    /// Every effect asked for, in order.
    private(set) var effects: [Effect] = []
    /// Every message the status line showed, in order.
    private(set) var messages: [String] = []
    /// What the "external editor" does with a request (default: leaves the text as it is).
    var editor: (ExternalEditRequest) -> ExternalEditOutcome = { .edited($0.body) }

    /// A reader at `width`×`height` whose notes database holds `annotations` (made with
    /// ``annotation(_:quote:kind:body:)``), loaded as at start.
    init(width: Int = 120, height: Int = 40, annotations: (NotesHarness) throws -> [Annotation] = { _ in [] }) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-notes-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try NotesStore(path: directory.appendingPathComponent("notes.sqlite").path)
        terminal = TestTerminal(width: width, height: height)
        let positions = FileReadingPositionStore(directory: directory.path, collection: ReaderFixture.collection)
        runner = EffectRunner(state: ReaderFixture.state(width: width, height: height, notesReady: false), terminal: terminal,
                              store: positions, notes: NotesConnection(store: store),
                              editNote: { [unowned self] request in self.editor(request) }, index: ReaderFixture.contentIndex,
                              loadsInBackground: false)
        for annotation in try annotations(self) { try store.add(annotation) }
        dispatch(.notesLoaded(try CollectionNotes.load(from: store, collection: ReaderFixture.notesKey, article: state.reading.articleID,
                                                       timeline: state.library.timeline), reanchored: nil))
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// An annotation of `kind` on the first occurrence of `quote` in `article`.
    func annotation(_ article: String, quote: String, kind: AnnotationKind = .note, body: String = "") -> Annotation {
        let document = ReaderFixture.collection.article(withID: article)!.read().document
        let start = document.plainText.occurrences(of: quote)[0]
        let selectors = Anchor.selectors(for: start..<(start + quote.unicodeScalars.count), in: document.plainText.string)!
        return Annotation(collection: ReaderFixture.notesKey, article: article, selectors: selectors, kind: kind, body: body)
    }

    func press(_ keys: Key...) { press(keys) }

    func press(_ keys: [Key]) {
        for key in keys { dispatch(.input(.key(key))) }
    }

    /// Types `text` as character keys (a newline as Enter).
    func type(_ text: String) {
        press(text.map { $0 == "\n" ? Key.enter : Key.character($0) })
    }

    func dispatch(_ event: AppEvent) {
        effects += runner.dispatch(event)
        if let message = state.message, messages.last != message { messages.append(message) }
    }

    /// The stored annotations of the collection.
    func stored() throws -> [Annotation] {
        try store.list(collection: ReaderFixture.notesKey)
    }

    func render() -> ScreenBuffer {
        ReaderFixture.render(state)
    }

    /// hanif's Introduction at the top of the reading pane, the reading pane focused
    /// (the way the reader's end-to-end test gets there).
    func openHanifIntroduction() {
        press(ReaderFixture.openThirdArticle)
        if state.focus != .browser { press(.character("1")) }
        press(.character("j"), .character("j"), .enter, .character("2"))
    }

    /// The Introduction's first sentence and the second, which tells the dissolution of
    /// the Soviet Union.
    static let firstSentence = "In the Cold War period relations between Pakistan and the then USSR remained generally uneasy barring some diplomatic initiatives for improvement."
    static let secondSentence = "After Cold War's end and USSR's disintegration in 1991, the successor state Russia has regained and consolidated its politico-economic and military status as a major world power."
}
