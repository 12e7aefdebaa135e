@testable import DossierCore
import Foundation
import Testing

@testable import DossierNotes

/// The queries the reader asks instead of loading every note: link counts, the backlinks
/// of one article's notes, the notes on passages, the notes about an event, the names of
/// every note. Each is checked against the same answer counted in Swift over every note
/// (how the reader counted before), on notes linking to one another in every way.
@Suite("Notes: the reader's queries")
struct ReaderQueriesTests {
    /// Notes on three articles of collection "c" (and one of another collection), linking
    /// to events, entities, articles, sections and each other by id, `urn:uuid:`, handle
    /// and title, in mixed case; some orphaned.
    final class Fixture {
        let directory = try! TemporaryDirectory()
        let store: NotesStore
        var notes: [Annotation] = []

        init() throws {
            store = try NotesStore(path: directory.file("notes.sqlite"))
            var generator = SeededGenerator(seed: 11)
            let articles = ["hanif", "hussain", "chronology"]
            for n in 0..<60 {
                let start = Int.random(in: 0..<2_000, using: &generator)
                let length = Int.random(in: 0..<40, using: &generator)
                var body = "Note \(n)"
                for _ in 0..<Int.random(in: 0...3, using: &generator) {
                    switch Int.random(in: 0..<7, using: &generator) {
                    case 0: body += " [[event:Event-\(Int.random(in: 0..<5, using: &generator))]]"
                    case 1: body += " [[entity:ussr]] [[entity:USSR]]"
                    case 2: body += " [[article:hanif]]"
                    case 3: body += " [[section:\(articles.randomElement(using: &generator)!)#Intro]]"
                    case 4 where !notes.isEmpty:
                        let other = notes.randomElement(using: &generator)!
                        body += " [[urn:uuid:\(other.id.uuidString)]] [[\(other.id.uuidString.lowercased())]]"
                    case 5 where !notes.isEmpty: body += " [[\(notes.randomElement(using: &generator)!.title.uppercased())]]"
                    case 6 where !notes.isEmpty:
                        let handle = try store.handle(of: notes.randomElement(using: &generator)!.id)!
                        body += " [[note:\(handle.uppercased())]]"
                    default: body += " [[Note 0]]"
                    }
                }
                let annotation = Annotation(
                    collection: n == 59 ? "other" : "c", article: articles[n % 3],
                    selectors: AnchorSelectors(quote: TextQuoteSelector(exact: "q\(n)", prefix: "", suffix: ""),
                                               position: TextPositionSelector(start: start, end: start + length)),
                    kind: .note, body: body, created: Date(timeIntervalSince1970: 1_700_000_000 + Double(n)),
                    anchorStatus: n % 9 == 0 ? .orphaned : .exact)
                notes.append(try store.add(annotation))
            }
        }

        var collectionNotes: [Annotation] { notes.filter { $0.collection == "c" } }

        /// Linking notes of "c" by kind and lower-cased identifier, counted in Swift.
        func linking() -> [LinkTargetKind: [String: Set<UUID>]] {
            var linking: [LinkTargetKind: [String: Set<UUID>]] = [:]
            for note in collectionNotes {
                for target in note.links { linking[target.kind, default: [:]][target.identifier.lowercased(), default: []].insert(note.id) }
            }
            return linking
        }
    }

    @Test func linkCountsAreThoseCountedOverEveryNote() throws {
        let f = try Fixture()
        let counts = try f.store.linkCounts(collection: "c")
        let linking = f.linking()
        for kind in LinkTargetKind.allCases {
            #expect(counts.identifiers(of: kind) == Set(linking[kind].map { Array($0.keys) } ?? []), "\(kind)")
            for (identifier, notes) in linking[kind] ?? [:] {
                let target = try #require(LinkTarget(kind: kind, identifier: identifier.uppercased()))
                #expect(counts.count(of: target) == notes.count, "\(kind) \(identifier)")
            }
        }
        #expect(counts.count(of: .entity("ussr")) > 0, "the fixture links an entity in two cases: counted once a note")
        #expect(counts.count(of: .event("no-such-event")) == 0)
    }

    @Test func noteBacklinksAreThoseCountedOverEveryNote() throws {
        let f = try Fixture()
        let linking = f.linking()[.note] ?? [:]
        var checked = 0
        for article in ["hanif", "hussain", "chronology"] {
            let backlinks = try f.store.noteBacklinks(collection: "c", article: article)
            for note in f.collectionNotes where note.article == article {
                let key = note.id.uuidString.lowercased()
                let handle = try #require(try f.store.handle(of: note.id))
                var names = Set<UUID>()
                for name in [key, "urn:uuid:" + key, note.title.lowercased(), handle] { names.formUnion(linking[name] ?? []) }
                names.remove(note.id)
                #expect((backlinks[note.id] ?? 0) == names.count, "\(note.title)")
                checked += names.isEmpty ? 0 : 1
            }
        }
        #expect(checked > 5, "the fixture links notes to notes")
    }

    @Test func passagesWithNotesAndTheNotesAboutAnEvent() throws {
        let f = try Fixture()
        let passages = stride(from: 0, to: 2_100, by: 150).flatMap { start in
            ["hanif", "hussain", "chronology", "nowhere"].map { NotePassage(article: $0, start: start, end: start + 60) }
        }
        func isOn(_ note: Annotation, _ passage: NotePassage) -> Bool {
            guard note.anchorStatus != .orphaned, let range = note.selectors.position?.range, !range.isEmpty else { return false }
            return note.article == passage.article && passage.start < range.upperBound && range.lowerBound < passage.end
        }
        let noted = try f.store.notedPassages(passages, collection: "c")
        #expect(noted == passages.map { passage in f.collectionNotes.contains { isOn($0, passage) } })
        #expect(noted.contains(true) && noted.contains(false))

        let tellings = Array(passages.prefix(6))
        let about = try f.store.notes(linkingTo: .event, identifiers: ["event-2"], orOn: tellings, collection: "c")
        let expected = f.collectionNotes.filter { note in
            note.links.contains { $0.kind == .event && $0.identifier.lowercased() == "event-2" } || tellings.contains { isOn(note, $0) }
        }
        #expect(Set(about.map(\.id)) == Set(expected.map(\.id)))
        #expect(!about.isEmpty)
        #expect(about == about.sorted { ($0.article, $0.selectors.position?.start ?? .max) < ($1.article, $1.selectors.position?.start ?? .max) })
        let anyEntity = try f.store.notes(linkingTo: .entity, collection: "c")
        #expect(Set(anyEntity.map(\.id)) == Set(f.collectionNotes.filter { $0.links.contains { $0.kind == .entity } }.map(\.id)))
    }

    @Test func namesGiveEveryNotesHandleTitleAndPlaceOldestFirst() throws {
        let f = try Fixture()
        let names = try f.store.noteNames(collection: "c")
        let handles = try f.store.handles(collection: "c")
        #expect(names.map(\.id) == f.collectionNotes.map(\.id), "oldest first")
        for (name, note) in zip(names, f.collectionNotes) {
            #expect(name.handle == handles[note.id])
            #expect(name.title == note.title)
            #expect(name.article == note.article)
            #expect(name.position == note.selectors.position?.range)
            #expect(name.anchorStatus == note.anchorStatus)
        }
    }
}
