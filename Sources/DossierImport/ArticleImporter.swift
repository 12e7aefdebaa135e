import DossierCore
import Foundation

/// `dossier import`: turns files into articles of a collection, one new `articles/<id>.md`
/// each. The original files are only read.
///
/// The id is the file's name (made a valid id, `-2`, `-3` … added when taken). A file whose
/// `source` (its page address or file name) an article of the collection already has is
/// refused: importing twice never duplicates an article, nor overwrites one the user may have
/// edited since.
public enum ArticleImporter {
    public struct Outcome: Sendable, Equatable {
        public enum Result: Sendable, Equatable {
            /// The new article: its id, file and title.
            case imported(id: String, file: String, title: String?)
            /// Already in the collection, as the article with this id.
            case alreadyImported(id: String)
            case failed(String)
        }

        /// The file as given (or found in a folder given).
        public var input: String
        public var result: Result
    }

    /// Imports `inputs` (files, or folders whose importable files are taken in name order)
    /// into the collection in `directory`, whose `articles/` folder must exist.
    public static func run(inputs: [String], into directory: String) -> [Outcome] {
        let articlesFolder = CollectionLoader.join(directory, "articles")
        let loaded = CollectionLoader.load(directory: directory).collection
        var sources: [String: String] = [:]
        for article in loaded.articles {
            if let source = article.metadata.source { sources[source] = article.id }
        }
        var takenIDs = Set(((try? FileManager.default.contentsOfDirectory(atPath: articlesFolder)) ?? [])
            .map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent })
        var outcomes: [Outcome] = []
        for input in files(in: inputs) {
            switch FileConverter.convert(path: input) {
            case .failure(let failure):
                outcomes.append(Outcome(input: input, result: .failed(failure.description)))
            case .success(let text):
                let source = text.source ?? URL(fileURLWithPath: input).lastPathComponent
                if let existing = sources[source] {
                    outcomes.append(Outcome(input: input, result: .alreadyImported(id: existing)))
                    continue
                }
                let id = uniqueID(for: input, taken: takenIDs)
                let path = CollectionLoader.join(articlesFolder, id + ".md")
                do {
                    try Data(ArticleFileText.make(text).utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
                    takenIDs.insert(id)
                    sources[source] = id
                    outcomes.append(Outcome(input: input, result: .imported(id: id, file: path, title: text.title)))
                } catch {
                    outcomes.append(Outcome(input: input, result: .failed("cannot write \(path): \(error.localizedDescription)")))
                }
            }
        }
        return outcomes
    }

    /// The files to import: each file given, and the importable files of each folder given.
    static func files(in inputs: [String]) -> [String] {
        inputs.flatMap { input -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue else { return [input] }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []).sorted()
            return names.filter { !$0.hasPrefix(".") && FileConverter.extensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }
                .map { CollectionLoader.join(input, $0) }
        }
    }

    static func uniqueID(for input: String, taken: Set<String>) -> String {
        let stem = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
        let base = CollectionID.isValid(stem) ? stem : ArticleID.from(stem)
        var id = base
        var number = 2
        while taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        return id
    }
}
