@testable import DossierCore
import Foundation
import Testing

@testable import DossierNotes

/// Every shape `notes export --format w3c` writes meets the MUSTs of the Web
/// Annotation Data Model (``W3CConformance``), with and without the article
/// sources of a loaded collection.
@Suite("W3C conformance")
struct W3CConformanceTests {
    /// The export shapes: an empty store, one note, every kind with tags and links, orphans.
    static let shapes = ["empty", "one note", "highlights, notes and questions", "orphaned"]

    static func store(_ shape: String, in content: ContentCopy) throws -> Fixture {
        let f = try Fixture()
        let key = content.sources.collection
        func add(_ paragraph: Int, _ kind: AnnotationKind, _ body: String = "", tags: [String] = [],
                 article: String = "hussain", orphaned: Bool = false) throws {
            var annotation = try f.annotation(paragraph: paragraph, kind: kind, body: body, tags: tags, article: article)
            annotation.collection = key
            if orphaned {
                annotation.anchorStatus = .orphaned
                annotation.selectors.position = nil
            }
            try f.store.add(annotation)
        }
        switch shape {
        case "one note":
            try add(0, .note, "A note.")
        case "highlights, notes and questions":
            try add(0, .highlight)
            try add(1, .highlight, tags: ["later"])
            try add(2, .note, "**Bold** claim; see [[event:tashkent-declaration]] and [[Who said this first?]].",
                    tags: ["1965", "war"])
            try add(3, .question, "Who said this first?\n\nSecond line.", tags: ["open"], article: "chronology")
        case "orphaned":
            try add(4, .note, "Lost passage", orphaned: true)
            try add(5, .highlight, orphaned: true)
            // One whose article is gone from the collection: exported with a dossier: source.
            try add(1, .note, "Article removed", article: "removed-article", orphaned: true)
        default:
            break
        }
        return f
    }

    @Test(arguments: shapes)
    func everyExportShapeMeetsTheMusts(shape: String) throws {
        let content = try ContentCopy()
        let f = try Self.store(shape, in: content)
        for sources in [content.sources, nil] {
            let data = try f.store.exportW3C(sources: sources)
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(W3CConformance.collectionViolations(json) == [], "\(shape), sources: \(sources != nil)")
            let items = (json["first"] as? [String: Any])?["items"] as? [[String: Any]] ?? []
            #expect(items.count == (json["total"] as? Int))
            // Each annotation also stands on its own.
            for item in items { #expect(W3CConformance.annotationViolations(item) == []) }
        }
    }

    /// The checks have teeth: the first export shape (no collection id) fails the one
    /// MUST the W3C suite failed it on, and broken annotations are caught.
    @Test func theChecksCatchWhatTheW3CSuiteCatches() throws {
        let v1 = try #require(try JSONSerialization.jsonObject(with: ExportFixtures.data("w3c-export-v1.jsonld"))
            as? [String: Any])
        #expect(W3CConformance.collectionViolations(v1) == ["collection: id is not a single IRI"])
        let broken: [String: Any] = [
            "@context": "http://www.w3.org/ns/anno.jsonld", "id": "not an iri", "type": "Note",
            "created": "2025-01-01T10:00:00", "body": ["type": "TextualBody"], "bodyValue": "x",
            "target": ["source": "file:///a.md", "selector": ["type": "TextPositionSelector", "start": 9, "end": 3]],
        ]
        #expect(Set(W3CConformance.annotationViolations(broken)) == [
            "id is not a single IRI", "type is not Annotation", "both body and bodyValue",
            "body TextualBody without value",
            "body is neither an IRI, a TextualBody, a SpecificResource nor a Choice or Set",
            "annotation created is not an xsd:dateTime with a time zone", "TextPositionSelector starts after it ends",
        ])
        #expect(W3CConformance.annotationViolations(["type": "Annotation"]).contains("no target"))
    }

    /// The checks agree with the W3C suite's own samples (Fixtures/w3c-test-suite-samples):
    /// no valid sample is refused, every invalid one is caught.
    @Test(arguments: ["correct", "incorrect"])
    func theChecksAgreeWithTheW3CSuiteSamples(folder: String) throws {
        let directory = ExportFixtures.repository + "/Tests/DossierNotesTests/Fixtures/w3c-test-suite-samples/" + folder
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }
        #expect(names.count == (folder == "correct" ? 45 : 39))
        for name in names.sorted() {
            let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                #expect(folder == "incorrect", "\(name) is not a JSON object")
                continue
            }
            let violations = switch object["type"] as? String {
            case "AnnotationCollection": W3CConformance.collectionViolations(object)
            case "AnnotationPage": W3CConformance.pageViolations(object)
            default: W3CConformance.annotationViolations(object)
            }
            if folder == "correct" {
                #expect(violations == [], "\(name)")
            } else {
                #expect(!violations.isEmpty, "\(name) passed")
            }
        }
    }

    @Test func theCollectionIsIdentifiedAndDefinesItsTerms() throws {
        let content = try ContentCopy()
        let f = try Self.store("highlights, notes and questions", in: content)
        let data = try f.store.exportW3C(sources: content.sources)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        // A stable URN: the same notes exported again name the same collection; another scope another one.
        let id = try #require(json["id"] as? String)
        #expect(id.hasPrefix("urn:uuid:") && UUID(uuidString: String(id.dropFirst(9))) != nil)
        let again = try JSONSerialization.jsonObject(with: try f.store.exportW3C(sources: content.sources))
        #expect((again as? [String: Any])?["id"] as? String == id)
        let oneArticle = try JSONSerialization.jsonObject(with: try f.store.exportW3C(article: "chronology"))
        #expect((oneArticle as? [String: Any])?["id"] as? String != id)
        // The context defines the dossier: prefix the extension terms use.
        let context = try #require(json["@context"] as? [Any])
        #expect(context.first as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect((context.last as? [String: String])?["dossier"] == W3C.namespace)
        // The source is the article's file, resolvable by anything on this machine; its page is `via`.
        let items = try #require((json["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let hussain = try #require(items.first { ($0["target"] as? [String: Any])?["dossier:article"] as? String == "hussain" })
        let target = try #require(hussain["target"] as? [String: Any])
        let source = try #require(target["source"] as? String)
        #expect(source == URL(fileURLWithPath: content.directory + "/articles/hussain.md").absoluteString)
        #expect(FileManager.default.fileExists(atPath: try #require(URL(string: source)).path))
        #expect(target["via"] as? String == ContentCopy.hussainURL)
        #expect(target["dossier:collection"] as? String == "pakistan-and-russia")
        #expect(hussain["dossier:anchorStatus"] as? String == "exact")
    }
}

/// A copy of the bundled Content in a temporary folder whose `hussain` article
/// names its original page in `url`, and the W3C sources of that copy.
final class ContentCopy {
    static let hussainURL = "https://www.example.edu/journals/jps/Nazir_Vol_19_Issue_1_2012.pdf"
    let temporary: TemporaryDirectory
    let directory: String
    let collection: DossierCollection
    let sources: W3CArticleSources

    init() throws {
        temporary = try TemporaryDirectory()
        directory = temporary.file("Content with spaces")
        try FileManager.default.copyItem(atPath: ExportFixtures.repository + "/Content", toPath: directory)
        let hussain = directory + "/articles/hussain.md"
        let text = try String(contentsOfFile: hussain, encoding: .utf8)
        try text.replacingOccurrences(of: "\nkind:", with: "\nurl: \(Self.hussainURL)\nkind:")
            .write(toFile: hussain, atomically: true, encoding: .utf8)
        let loaded = CollectionLoader.load(directory: directory)
        guard loaded.errors.isEmpty else { throw CocoaError(.fileReadCorruptFile) }
        collection = loaded.collection
        sources = W3CArticleSources(collection: collection)
    }
}

/// Export files kept in Tests/DossierNotesTests/Fixtures, as earlier versions wrote them.
enum ExportFixtures {
    static var repository: String {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: repository + "/Tests/DossierNotesTests/Fixtures/" + name))
    }
}
