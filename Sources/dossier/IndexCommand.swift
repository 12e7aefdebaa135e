import ArgumentParser
import DossierCore
import DossierIndex
import Foundation

/// `dossier index`: brings the collection's content index up to date (every command does this
/// too), reports on it, or rebuilds it from scratch.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Update the content index (cache) that makes commands and the reader fast.",
        discussion: """
            The index lives in $DOSSIER_CACHE_DIR, else $XDG_CACHE_HOME/dossier, else \
            ~/.cache/dossier; one file per collection. It is a cache: every command notices changed, \
            added and removed articles and re-reads only those, and a missing or broken index is rebuilt.
            """
    )

    @OptionGroup var content: ContentOptions
    @Flag(help: "Report the index and how many files changed since, without updating it.") var status = false
    @Flag(help: "Delete the index and build it again from every file.") var rebuild = false

    func validate() throws {
        if status && rebuild { throw ValidationError("--status and --rebuild do not go together.") }
    }

    func run() throws {
        if status {
            let opened = ContentIndex.open(collection: try content.directory())
            if let notice = opened.notice { Console.printError(notice) }
            let report = try opened.index.status()
            print("index:    \(report.file ?? "(in memory)")")
            print("schema:   \(report.schemaVersion)")
            print("size:     \(report.bytesOnDisk) bytes")
            print("articles: \(report.articleFiles) files, \(report.blocks) blocks")
            let stale = report.changed + report.added + report.removed
            print(stale == 0 ? "state:    up to date"
                : "state:    \(report.changed) changed, \(report.added) new, \(report.removed) removed (updated by the next command)")
            return
        }
        let started = Date()
        let refreshed = try content.loadIndexed(rebuild: rebuild)
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        let collection = refreshed.collection
        print("Indexed \(collection.articles.count) articles in \(milliseconds) ms: \(collection.reread) read, "
              + "\(collection.removed) removed; \(refreshed.index.file ?? "(in memory)")")
    }
}
