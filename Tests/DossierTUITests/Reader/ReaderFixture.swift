import DossierCore
import DossierIndex
import DossierNotes
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
    /// timeline loaded, with `notes` as the collection's notes (none by default; `nil`:
    /// the notes still loading).
    static func state(width: Int = 120, height: Int = 40, positions: ReadingPositions = ReadingPositions(), timeline: Bool = true,
                      notes: [Annotation]? = []) -> AppState {
        var (state, _) = ReaderStartup.initialState(collection: collection, positions: positions, size: Size(width: width, height: height))
        if timeline {
            let result = Self.timeline
            state = AppReducer.update(state, .timelineLoaded(result.timeline, documents: result.documents, problem: nil)).0
        }
        if let notes {
            let loaded = CollectionNotes(collection: notesKey, annotations: notes)
            state = AppReducer.update(state, .notesLoaded(loaded, reanchored: ReanchorSummary(article: state.reading.articleID))).0
        }
        return state
    }

    /// Plays keys through the reducer, performing effects the way the run loop does
    /// (articles parsed, searches run); returns every effect asked for.
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

    @discardableResult
    static func dispatch(_ event: AppEvent, on state: inout AppState) -> [Effect] {
        let (next, effects) = AppReducer.update(state, event)
        state = next
        var all = effects
        for effect in effects {
            switch effect {
            case .loadArticle(let id):
                if let loaded = EffectPerformer.loadArticle(id, library: state.library) { all += dispatch(loaded, on: &state) }
            case .searchCollection(let query, let generation):
                for event in searchEvents(query, generation: generation) { all += dispatch(event, on: &state) }
            default:
                break
            }
        }
        return all
    }

    static func render(_ state: AppState, colors: ColorSupport = .palette256) -> ScreenBuffer {
        AppView.render(state, theme: .standard(for: colors))
    }

    /// The browser keys that open the third article (hanif) from the first screen.
    static let openThirdArticle: [Key] = [.character("1"), .character("g"), .left, .character("j"), .character("j"), .enter]
}
