import DossierCore
import Foundation
import GRDB

extension ContentIndex {
    /// Brings the index up to date with the collection's files and answers for the collection:
    /// unchanged files (same size and time, or same hash) are not read; changed and new ones are
    /// read and parsed, several at a time; rows of removed files are dropped. `progress` is told
    /// how many of the changed files are done, of how many, after each batch.
    public func refresh(progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }) throws -> IndexedCollection {
        // Immediate: a concurrent refresh (the reader and a command) waits here rather than
        // failing to upgrade its read to a write halfway through.
        try database.writeWithoutTransaction { db in
            var result: IndexedCollection?
            try db.inTransaction(.immediate) {
                result = try refresh(db, progress: progress)
                return .commit
            }
            return result!
        }
    }

    private func refresh(_ db: Database, progress: (Int, Int) -> Void) throws -> IndexedCollection {
        var known = try StoredArticle.fetchAll(db)
        var reread = 0
        // Listed once: the loader is given the same files (each listed file costs a stat).
        let files = ArticleFiles.find(in: directory)
        let stamps = try readChangedFiles(files, known: known, progress: progress) { name, reading in
            try reading.save(db, name: name)
            known[name] = reading.stored
            reread += 1
        }
        // The loader orders the articles and checks collection.yaml; each file is answered
        // from the index, or read now when it changed after the pass above.
        var seen: [String: StoredArticle] = [:]
        var failure: Error?
        let loaded = CollectionLoader.load(directory: directory, files: files) { path, id in
            let name = ArticleFiles.fileName(of: path)
            do {
                let current = try currentRow(db, name: name, path: path, id: id, stamp: stamps[name] ?? FileStamp(path: path),
                                             known: known[name])
                if current.reread { reread += 1 }
                seen[name] = current.row
                return current.row.answer(path: path)
            } catch {
                failure = error
                return CollectionLoader.readArticle(path: path, id: id)
            }
        }
        if let failure { throw failure }
        var removed = 0
        for name in known.keys where seen[name] == nil {
            try StoredArticle.delete(db, name: name)
            removed += 1
        }
        let articles = loaded.collection.articles.compactMap { article -> IndexedArticle? in
            guard let row = seen[ArticleFiles.fileName(of: article.file)] else { return nil }
            return IndexedArticle(metadata: article.metadata, file: article.file, sectionCount: row.sectionCount,
                                  wordCount: row.wordCount, footnoteCount: row.footnoteCount)
        }
        return IndexedCollection(title: loaded.collection.title, description: loaded.collection.description,
                                 directory: directory, articles: articles, withoutBodies: loaded.collection, diagnostics: loaded.diagnostics,
                                 reread: reread, removed: removed)
    }

    /// The row for one file as it is now: the known one when its stamp or hash says it is
    /// unchanged, else the file read again.
    private func currentRow(_ db: Database, name: String, path: String, id: String, stamp: FileStamp?,
                            known: StoredArticle?) throws -> (row: StoredArticle, reread: Bool) {
        guard let stamp else {
            // Gone since the folder was listed: the loader's reader reports it as it would.
            let reading = ArticleReading(path: path, id: id, stamp: FileStamp(size: -1, modified: 0), hash: 0)
            return (reading.stored, true)
        }
        if let known, known.stamp == stamp { return (known, false) }
        let hash = Self.hash(path: path, stamp: stamp)
        if var known, known.hash == hash {
            known.stamp = stamp.trusted()
            try StoredArticle.updateStamp(db, name: name, stamp: known.stamp)
            return (known, false)
        }
        let reading = ArticleReading(path: path, id: id, stamp: stamp, hash: hash)
        try reading.save(db, name: name)
        return (reading.stored, true)
    }

    /// Reads and parses, on every core, the article files whose stamp differs from the index's;
    /// hands each to `save` (on this thread) in batches, so that memory holds one batch at a time.
    /// Returns every file's stamp, so that no file is examined twice.
    private func readChangedFiles(_ files: [ArticleFiles.File], known: [String: StoredArticle], progress: (Int, Int) -> Void,
                                  save: (String, ArticleReading) throws -> Void) throws -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        var changed: [(name: String, path: String, id: String, stamp: FileStamp)] = []
        for file in files {
            guard let stamp = FileStamp(path: file.path) else { continue }
            stamps[file.name] = stamp
            if known[file.name]?.stamp != stamp { changed.append((file.name, file.path, file.id, stamp)) }
        }
        if !changed.isEmpty { progress(0, changed.count) }
        let batchSize = 32
        for batchStart in stride(from: 0, to: changed.count, by: batchSize) {
            let batch = Array(changed[batchStart..<min(batchStart + batchSize, changed.count)])
            let results = ParallelResults<ArticleReading>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { index in
                let file = batch[index]
                let hash = Self.hash(path: file.path, stamp: file.stamp)
                // Same bytes under a new time: the stamp is refreshed by the loader pass.
                if known[file.name]?.hash == hash { return }
                results.set(index, ArticleReading(path: file.path, id: file.id, stamp: file.stamp, hash: hash))
            }
            for (index, file) in batch.enumerated() {
                if let reading = results.value(index) { try save(file.name, reading) }
            }
            progress(batchStart + batch.count, changed.count)
        }
        return stamps
    }

    /// The hash of a file's bytes; 0 for a file too large to be an article (the loader refuses it).
    static func hash(path: String, stamp: FileStamp) -> Int64 {
        guard stamp.size <= CollectionLoader.maximumFileSize,
              case .success(let data) = FileBytes.read(path, maximumSize: CollectionLoader.maximumFileSize) else { return 0 }
        return Int64(bitPattern: ContentHash.of(data))
    }
}

extension StoredArticle {
    /// What the loader's reader would say for this file, without its body: the index answers
    /// with metadata and diagnostics only, and ``IndexedArticle/load()`` reads the body when needed.
    func answer(path: String) -> (Article?, [Diagnostic]) {
        let article = metadata.map { metadata in
            var article = Article(metadata: metadata, body: "", bodyFirstLine: 1, file: path)
            article.bodyIsOmitted = true
            return article
        }
        return (article, diagnostics.map { $0.diagnostic(articleFile: path) })
    }
}

/// Slots that concurrent workers fill, one each.
private final class ParallelResults<Value>: @unchecked Sendable {
    private var values: [Value?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    func value(_ index: Int) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[index]
    }
}
