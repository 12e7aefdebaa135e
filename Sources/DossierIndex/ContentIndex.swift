import DossierCore
import Foundation
import GRDB

/// The content index of one collection (see README, "Performance"): per article file its
/// stamp, metadata, counts and blocks, with the blocks' words in an FTS5 table.
///
/// The collection's files stay the truth. Every `refresh()` compares them with the index and
/// re-reads only what changed, so an answer is never stale; a missing, broken or other-version
/// index file is rebuilt, and when none can be written the index lives in memory.
public final class ContentIndex: Sendable {
    /// The collection folder.
    public let directory: String
    /// The index file, or nil when the index could only be kept in memory.
    public let file: String?
    let database: DatabaseQueue

    private init(directory: String, file: String?, database: DatabaseQueue) {
        self.directory = directory
        self.file = file
        self.database = database
    }

    /// An opened index and what the user should be told about it (a rebuild, a fallback).
    public struct Opened: Sendable {
        public var index: ContentIndex
        public var notice: String?
    }

    /// Opens (creating, or rebuilding when broken, from another version or when `rebuild`) the
    /// index of the collection in `directory`. Never fails: the last resort is an index in memory.
    public static func open(collection directory: String, cacheDirectory: String = IndexLocation.cacheDirectory(),
                            rebuild: Bool = false) -> Opened {
        let file = IndexLocation.indexFile(collection: directory, cacheDirectory: cacheDirectory)
        if rebuild { removeIndexFile(file) }
        let existed = FileManager.default.fileExists(atPath: file)
        do {
            return Opened(index: try openFile(file, directory: directory, cacheDirectory: cacheDirectory), notice: nil)
        } catch let problem as UnusableIndex {
            removeIndexFile(file)
            let notice = existed ? "dossier: the content index \(file) \(problem.reason); rebuilding it" : nil
            if let index = try? openFile(file, directory: directory, cacheDirectory: cacheDirectory) {
                return Opened(index: index, notice: notice)
            }
        } catch {
            removeIndexFile(file)
            if let index = try? openFile(file, directory: directory, cacheDirectory: cacheDirectory) {
                return Opened(index: index, notice: "dossier: the content index \(file) could not be read (\(error)); rebuilding it")
            }
        }
        return Opened(index: inMemory(directory: directory),
                      notice: "dossier: cannot write the content index in \(cacheDirectory); keeping it in memory for this run")
    }

    /// An index brought up to date, its collection, and what the user should be told.
    public struct Refreshed: Sendable {
        public var index: ContentIndex
        public var collection: IndexedCollection
        public var notices: [String]
    }

    /// Opens and refreshes the index of the collection in `directory`. An index that fails while
    /// refreshing (a corrupt page) is rebuilt once, then kept in memory.
    public static func refreshed(collection directory: String, cacheDirectory: String = IndexLocation.cacheDirectory(),
                                 rebuild: Bool = false) throws -> Refreshed {
        let file = IndexLocation.indexFile(collection: directory, cacheDirectory: cacheDirectory)
        let existed = FileManager.default.fileExists(atPath: file)
        let opened = open(collection: directory, cacheDirectory: cacheDirectory, rebuild: rebuild)
        var notices = opened.notice.map { [$0] } ?? []
        if !existed && opened.index.file != nil {
            notices.append("dossier: building the content index \(file)")
        }
        do {
            return Refreshed(index: opened.index, collection: try opened.index.refresh(), notices: notices)
        } catch {
            notices.append("dossier: the content index \(file) failed (\(error)); rebuilding it")
        }
        let again = open(collection: directory, cacheDirectory: cacheDirectory, rebuild: true)
        if let collection = try? again.index.refresh() {
            return Refreshed(index: again.index, collection: collection, notices: notices + (again.notice.map { [$0] } ?? []))
        }
        let memory = inMemory(directory: directory)
        notices.append("dossier: keeping the content index in memory for this run")
        return Refreshed(index: memory, collection: try memory.refresh(), notices: notices)
    }

    /// An index that is never written to disk (tests, and when the cache is not writable).
    public static func inMemory(directory: String) -> ContentIndex {
        // An in-memory database cannot fail to open, nor can creating its tables.
        let database = try! DatabaseQueue()
        try! database.write(IndexSchema.create)
        return ContentIndex(directory: directory, file: nil, database: database)
    }

    private struct UnusableIndex: Error {
        var reason: String
    }

    private static func openFile(_ file: String, directory: String, cacheDirectory: String) throws -> ContentIndex {
        try FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.journalMode = .wal
        configuration.prepareDatabase { db in
            // A cache: losing the last transaction to a power cut costs a re-read, nothing more.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let database = try DatabaseQueue(path: file, configuration: configuration)
        // Immediate: two processes opening a new index at once must not both create the tables.
        try database.writeWithoutTransaction { db in try db.inTransaction(.immediate) {
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let hasTables = try db.tableExists("article_file")
            if applicationID == 0 && version == 0 && !hasTables {
                try IndexSchema.create(db)
            } else if applicationID != IndexSchema.applicationID {
                throw UnusableIndex(reason: "is not a Dossier content index")
            } else if version != IndexSchema.version {
                throw UnusableIndex(reason: "is from another version (\(version), this dossier writes \(IndexSchema.version))")
            } else if try String.fetchOne(db, sql: "SELECT program FROM writer") != ProgramIdentity.current {
                throw UnusableIndex(reason: "was written by another build of dossier")
            }
            return .commit
        } }
        return ContentIndex(directory: directory, file: file, database: database)
    }

    /// Removes the index file and SQLite's companions; nothing else in the cache folder.
    private static func removeIndexFile(_ file: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: file + suffix)
        }
    }
}
