@testable import DossierCore
import Foundation
import Testing

@testable import DossierNotes

@Suite("Concurrent writers")
struct ConcurrencyTests {
    /// Two stores — two `DatabasePool`s, as two processes would have — write to the
    /// same file at the same time; neither loses the other's notes.
    @Test func twoPoolsInterleaveWithoutLoss() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        let first = try NotesStore(path: path)
        let second = try NotesStore(path: path)
        let text = Synthetic.text(Synthetic.paragraphs(3, seed: 5))
        let selectors = try #require(Anchor.selectors(for: 20..<60, in: text))
        let perWriter = 60

        let written = try await withThrowingTaskGroup(of: [UUID].self) { group in
            for (name, store) in [("first", first), ("second", second)] {
                group.addTask {
                    var ids: [UUID] = []
                    for i in 0..<perWriter {
                        let note = Annotation(
                            collection: "c", article: "a", selectors: selectors, kind: .note,
                            body: "\(name) \(i) [[event:e\(i % 3)]]", tags: [name])
                        ids.append(try store.add(note).id)
                        if i % 10 == 0 {
                            // Read the other writer's progress while writing.
                            _ = try store.list(tag: name == "first" ? "second" : "first")
                        }
                        await Task.yield()
                    }
                    return ids
                }
            }
            var all: [UUID] = []
            for try await ids in group { all += ids }
            return all
        }

        #expect(written.count == 2 * perWriter)
        for store in [first, second] {
            let stored = try store.list()
            #expect(Set(stored.map(\.id)) == Set(written))
            #expect(try store.list(tag: "first").count == perWriter)
            #expect(try store.list(tag: "second").count == perWriter)
        }
        let third = try NotesStore(path: path)
        #expect(try third.list().count == 2 * perWriter)
    }

    /// A writer that holds a long transaction makes the other wait, not fail.
    @Test func aBusyWriterIsWaitedFor() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        let first = try NotesStore(path: path)
        let second = try NotesStore(path: path)
        let started = DispatchSemaphore(value: 0)
        let holder = Task.detached {
            try first.pool.write { db in
                try AnnotationRows.insert(db, .marker("held"))
                started.signal()
                Thread.sleep(forTimeInterval: 0.5)
            }
        }
        started.wait()
        try second.add(.marker("waiter"))
        try await holder.value
        #expect(try second.list(article: "held").count == 1)
        #expect(try first.list(article: "waiter").count == 1)
    }
}

@Suite("Concurrent creation")
struct ConcurrentCreationTests {
    /// Eight stores — eight `DatabasePool`s on their own threads, as eight first runs
    /// would be — open a database that does not exist yet at the same moment: all
    /// succeed, and each one's note is kept.
    @Test func eightFirstOpensAllSucceed() throws {
        for round in 0..<3 {
            let directory = try TemporaryDirectory()
            let path = directory.file("new/notes.sqlite")
            let failures = Failures()
            let group = DispatchGroup()
            for i in 0..<8 {
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    do {
                        try NotesStore(path: path).add(.marker("a\(i)"))
                    } catch {
                        failures.append("round \(round), opener \(i): \(error)")
                    }
                }
            }
            group.wait()
            #expect(failures.all.isEmpty, "\(failures.all)")
            let store = try NotesStore(path: path, access: .readOnly)
            for i in 0..<8 { #expect(try store.list(article: "a\(i)").count == 1) }
        }
    }

    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var messages: [String] = []
        func append(_ message: String) { lock.withLock { messages.append(message) } }
        var all: [String] { lock.withLock { messages } }
    }
}
