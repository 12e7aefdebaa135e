import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The notes database from the outside: a path that is not a file, a database the
/// user may only read, a truncated one, concurrent first runs, exact timestamps.
@Suite("Notes database file (CLI)")
struct NotesDatabaseFileTests {
    typealias Workspace = NotesCLITests.Workspace

    static func isCharacterDevice(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR
    }

    static let quote = NotesCLITests.quotes.abstract

    static func add(_ w: Workspace) throws -> DossierProcess.Output {
        try w.run(["add", "--article", "hussain", "--quote", quote, "--text", "kept"])
    }

    /// A FIFO used to hang every command for ever; a folder said "SQLite error 14".
    @Test(.timeLimit(.minutes(1))) func aPathThatIsNotAFileIsRefusedByName() throws {
        let w = try Workspace()
        #expect(mkfifo(w.notes, 0o600) == 0)
        for command in [["list"], ["export", "--format", "w3c"], ["check"], ["add", "--article", "hussain", "--quote", Self.quote]] {
            let output = try w.run(command)
            #expect(output.status == 1, "\(command)")
            #expect(output.standardError.contains("\(w.notes) is a FIFO (named pipe), not a regular file"), "\(output.standardError)")
        }
        try FileManager.default.removeItem(atPath: w.notes)
        try FileManager.default.createDirectory(atPath: w.notes, withIntermediateDirectories: false)
        let folder = try Self.add(w)
        #expect(folder.status == 1)
        #expect(folder.standardError.contains("\(w.notes) is a folder"), "\(folder.standardError)")
        #expect(!folder.standardError.contains("SQLite error"))
    }

    /// `DOSSIER_NOTES` on a device used to chmod it to 0600 and create a `-journal` beside it.
    @Test(.enabled(if: isCharacterDevice("/dev/null"))) func aLinkToADeviceLeavesTheDeviceAlone() throws {
        let w = try Workspace()
        try FileManager.default.createSymbolicLink(atPath: w.notes, withDestinationPath: "/dev/null")
        var before = stat()
        #expect(stat("/dev/null", &before) == 0)
        let output = try DossierProcess.run(
            ["notes", "add", "--article", "hussain", "--quote", Self.quote, "--content", DossierProcess.bundledContent],
            environment: ["DOSSIER_NOTES": w.notes])
        #expect(output.status == 1)
        #expect(output.standardError.contains("a symbolic link to a character device (/dev/null)"), "\(output.standardError)")
        var after = stat()
        #expect(stat("/dev/null", &after) == 0)
        #expect(after.st_mode == before.st_mode)
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
    }

    /// A database in a folder the user cannot write (and a file they cannot write):
    /// list, export and check work and change nothing; add says it needs write access.
    /// As root, the commands run as `nobody` (root may write anywhere).
    @Test func aReadOnlyDatabaseIsReadAndNotWritten() throws {
        let w = try Workspace()
        #expect(try Self.add(w).status == 0)
        let nobody: uid_t = 65534
        let launcher = getuid() == 0
            ? ["/usr/bin/setpriv", "--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups"] : []
        if getuid() == 0 {
            #expect(chown(w.root.path, nobody, nobody) == 0)
            #expect(chown(w.notes, nobody, nobody) == 0)
        }
        #expect(chmod(w.notes, 0o400) == 0)
        #expect(chmod(w.root.path, 0o555) == 0)
        defer { _ = chmod(w.root.path, 0o755) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: w.notes))
        let files = try FileManager.default.contentsOfDirectory(atPath: w.root.path)
        func run(_ arguments: [String]) throws -> DossierProcess.Output {
            try DossierProcess.run(
                ["notes"] + arguments + ["--content", DossierProcess.bundledContent, "--notes", w.notes],
                launcher: launcher)
        }

        let list = try run(["list"])
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("— kept"), "\(list.standardOutput)")
        let export = try run(["export", "--format", "markdown"])
        #expect(export.status == 0, "\(export.standardError)")
        #expect(export.standardOutput.contains("kept"))
        let check = try run(["check"])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.standardOutput.contains("integrity: ok"))
        let add = try run(["add", "--article", "hussain", "--quote", Self.quote])
        #expect(add.status == 1)
        #expect(add.standardError.contains("Cannot write to the notes database \(w.notes)"), "\(add.standardError)")
        #expect(add.standardError.contains("read-only"))

        #expect(try Data(contentsOf: URL(fileURLWithPath: w.notes)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: w.root.path) == files, "no -wal/-shm left")
    }

    /// A truncated database used to fail with a raw "SQLite error 11".
    @Test func aTruncatedDatabaseIsNamed() throws {
        let w = try Workspace()
        #expect(try Self.add(w).status == 0)
        let whole = try Data(contentsOf: URL(fileURLWithPath: w.notes))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: w.notes))
        for command in [["list"], ["check"], ["add", "--article", "hussain", "--quote", Self.quote]] {
            let output = try w.run(command)
            #expect(output.status == 1)
            #expect(output.standardError.contains("The notes database \(w.notes) is damaged (truncated"),
                    "\(output.standardError)")
            #expect(!output.standardError.contains("SQLite error"))
        }
    }

    /// Eight first runs of `notes add` at once on a path with no database all
    /// succeed (one in five used to fail), three rounds over.
    @Test func eightConcurrentFirstAddsAllSucceed() throws {
        for round in 0..<3 {
            let w = try Workspace()
            let outputs = Outputs()
            let group = DispatchGroup()
            let arguments = ["notes", "add", "--article", "hussain", "--quote", Self.quote,
                             "--content", DossierProcess.bundledContent, "--notes", w.notes]
            for _ in 0..<8 {
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    outputs.append(Result { try DossierProcess.run(arguments) })
                }
            }
            group.wait()
            for output in outputs.all {
                let finished = try output.get()
                #expect(finished.status == 0, "round \(round): \(finished.standardError)")
            }
            #expect(try w.list().count == 8, "round \(round)")
        }
    }

    final class Outputs: @unchecked Sendable {
        private let lock = NSLock()
        private var outputs: [Result<DossierProcess.Output, any Error>] = []
        func append(_ output: Result<DossierProcess.Output, any Error>) { lock.withLock { outputs.append(output) } }
        var all: [Result<DossierProcess.Output, any Error>] { lock.withLock { outputs } }
    }

    /// `notes list --json` prints `created` exactly as stored: a format style
    /// truncating binary fractions printed .007 as .006 (about half of all values).
    @Test func createdKeepsItsMilliseconds() throws {
        let w = try Workspace()
        #expect(try Self.add(w).status == 0)
        let exported = try w.run(["export", "--format", "w3c"])
        var collection = try #require(try JSONSerialization.jsonObject(with: Data(exported.standardOutput.utf8)) as? [String: Any])
        var first = try #require(collection["first"] as? [String: Any])
        var items = try #require(first["items"] as? [[String: Any]])
        for stamp in ["2025-03-01T12:34:56.007Z", "2025-03-01T12:34:56.123Z", "2025-03-01T12:34:56.789Z"] {
            items[0]["created"] = stamp
            items[0]["modified"] = stamp
            first["items"] = items
            collection["first"] = first
            let file = w.root.appendingPathComponent("import.json")
            try JSONSerialization.data(withJSONObject: collection).write(to: file)

            let other = try Workspace()
            let imported = try other.run(["import", file.path])
            #expect(imported.status == 0, "\(imported.standardError)")
            let listed = try other.list()
            #expect(listed.first?["created"] as? String == stamp)
            #expect(listed.first?["modified"] as? String == stamp)
            #expect(try other.run(["export", "--format", "w3c"]).standardOutput.contains(stamp), "stored as imported")
        }
    }
}
