@testable import DossierCore
@testable import DossierIndex
@testable import DossierNotes
import Foundation
@testable import DossierTUI

/// The bundled collection, loaded once, and helpers to drive the reducer with keys.
enum ReaderFixture {
    static let contentDirectory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Content").path
    }()

    static let collection: DossierCollection = CollectionLoader.load(directory: contentDirectory).collection

    /// The bundled collection's content index, in memory (brought up to date by each search).
    static let contentIndex = ContentIndex.inMemory(directory: contentDirectory)

    /// The events a collection search posts, in order, as the reader's index worker would.
    static func searchEvents(_ query: String, generation: Int) -> [AppEvent] {
        var events: [AppEvent] = []
        ReaderIndex(index: contentIndex).search(query, generation: generation, isCurrent: { true }) { events.append($0) }
        return events
    }

    static let timeline: TimelineLoader.Result = TimelineLoader.load(collection: collection)

    /// The key the collection's notes are stored under.
    static let notesKey = NotesCollectionKey.key(for: collection)

    /// The first screen at `size` (the first article, from its top), with or without the
    /// timeline loaded, with the notes read from an empty database (`notesReady`) or still
    /// loading. Tests with notes use ``NotesHarness``, whose database holds them.
    static func state(width: Int = 120, height: Int = 40, positions: ReadingPositions = ReadingPositions(), timeline: Bool = true,
                      notesReady: Bool = true) -> AppState {
        var (state, _) = ReaderStartup.initialState(collection: collection, positions: positions, size: Size(width: width, height: height))
        if timeline {
            let result = Self.timeline
            state = AppReducer.update(state, .timelineLoaded(result.timeline, documents: result.documents, problem: nil)).0
        }
        if notesReady {
            let none = CollectionNotes(collection: notesKey, article: ArticleNotes(article: state.reading.articleID), tellingsCounted: timeline)
            state = AppReducer.update(state, .notesLoaded(none, reanchored: ReanchorSummary(article: state.reading.articleID))).0
        }
        return state
    }

    /// Plays keys through the reader (``dispatch(_:on:)``); returns every effect asked for.
    @discardableResult
    static func press(_ keys: [Key], on state: inout AppState) -> [Effect] {
        var all: [Effect] = []
        for key in keys {
            all += dispatch(.input(.key(key)), on: &state)
        }
        return all
    }

    /// Types `text` as character keys.
    static func type(_ text: String, on state: inout AppState) {
        press(text.map { Key.character($0) }, on: &state)
    }

    /// Plays `event` through the reader's own ``EffectRunner`` on a ``TestTerminal``, with
    /// a notes database and a position store in a temporary folder that exists only if
    /// something is written there (the notes are those of `state`, none on disk);
    /// returns every effect asked for.
    @discardableResult
    static func dispatch(_ event: AppEvent, on state: inout AppState) -> [Effect] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-fixture-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = EffectRunner(state: state, terminal: TestTerminal(width: state.size.width, height: state.size.height),
                                  store: FileReadingPositionStore(directory: folder.path, collection: collection),
                                  notes: NotesConnection(path: folder.appendingPathComponent("notes.sqlite").path),
                                  editNote: { _ in .failed("These tests have no editor") }, index: contentIndex,
                                  loadsInBackground: false)
        let effects = runner.dispatch(event)
        state = runner.state
        return effects
    }

    static func render(_ state: AppState, colors: ColorSupport = .palette256) -> ScreenBuffer {
        AppView.render(state, theme: .standard(for: colors))
    }

    /// The browser keys that open the third article (hanif) from the first screen.
    static let openThirdArticle: [Key] = [.character("1"), .character("g"), .left, .character("j"), .character("j"), .enter]
}
