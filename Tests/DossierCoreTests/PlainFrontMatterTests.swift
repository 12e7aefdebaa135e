import Foundation
import Testing
@testable import DossierCore

/// The front matter read without YAML gives exactly what Yams gives, or leaves the file to Yams.
@Suite struct PlainFrontMatterTests {
    /// The YAML between the `---` lines of `text`.
    private func split(_ text: String) throws -> FrontMatter.Split {
        guard case .success(let split) = FrontMatter.split(text) else { throw CocoaError(.fileReadCorruptFile) }
        return split
    }

    /// Whether the plain reader agreed with Yams, or declined (nil); a disagreement fails the test.
    @discardableResult
    private func compare(_ yaml: String, id: String = "a", sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool? {
        let split = try split("---\n\(yaml)\n---\nBody.\n")
        guard let plain = PlainFrontMatter.metadata(split.yaml, fileID: id) else { return nil }
        let (viaYAML, diagnostics) = ArticleFileReader.yamlFrontMatter(split, file: "a.md", fileID: id)
        #expect(plain == viaYAML, "\(yaml)", sourceLocation: sourceLocation)
        #expect(diagnostics.isEmpty, "the plain reader read front matter Yams reports: \(yaml)", sourceLocation: sourceLocation)
        return plain == viaYAML && diagnostics.isEmpty
    }

    @Test func everyBundledArticleReadsAsYamsReadsIt() throws {
        let folder = TemporaryCollection.bundledContent + "/articles"
        var readPlainly: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".md") {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            let split = try split(text)
            let id = String(name.dropLast(3))
            let (viaYAML, _) = ArticleFileReader.yamlFrontMatter(split, file: name, fileID: id)
            if let plain = PlainFrontMatter.metadata(split.yaml, fileID: id) {
                #expect(plain == viaYAML, "\(name)")
                readPlainly.append(id)
            }
        }
        // The assignment and hanif list corrections, which only Yams reads.
        #expect(readPlainly == ["chronology", "hussain", "rapprochement"])
    }

    @Test func theGeneratedShapeIsReadPlainly() throws {
        #expect(try compare("""
            id: a
            title: "On Osrolan An"
            authors:
              - name: Lanpotenli Morno
              - name: Rapeten Zanzanmoros
                affiliation: "A \\"quoted\\" place, C:\\\\dir"
            kind: student-assignment
            source: "Synthetic benchmark article 1"
            published: "2001"
            url: https://example.org/a?b=c#d
            sections_editorial: Yes
            provenance: []
            corrections: []
            """) == true)
        #expect(try compare("title: Plain   \nauthors: []\nprovenance:\n- one\n- \"two: three\"\n") == true)
        #expect(try compare("title: C# and F#\nvenue: A, B [C] {D}\nauthors:\n  - A Name\n  - \"\"\n") == true)
        #expect(try compare("title: \"  spaced  \"\nkind: \"  odd kind \"\nsource: \"\"\nprovenance: \"single\"") == true)
    }

    /// Edge and hostile cases: each is either read as Yams reads it or left to Yams.
    @Test func anythingElseIsLeftToYamsOrReadIdentically() throws {
        let declined = [
            "title: x # a comment", "# comment\ntitle: x", "title: ~", "title: null", "title: 'single'", "title: >\n  folded",
            "title: |\n  literal", "title: first\n  continued", "title: a: b", "title: [a]", "title: {a: b}", "title: &anchor x",
            "title: *alias", "title: !!str x", "title: %x", "title: @x", "title: `x`", "title: \"unterminated",
            "title: \"a\\nb\"", "title: \"\\x41\"", "title: \"x\" y", "title: -dash", "Title: x", "title:x", "title: x\ntitle: y",
            "colour: red", "id: b", "id: Not An Id", "published: 2001-13", "published: 1990s", "url: ftp://x", "url: x",
            "sections_editorial: \"true\"", "sections_editorial: maybe", "authors: Someone", "authors:\n  - name: \"\"",
            "authors:\n  - name: A\n    born: 1900", "authors:\n  - name: A\n    name: B", "authors:\n  - name: A\n      affiliation: B",
            "authors:\n  - A\n   - B", "authors:", "corrections:\n  - original: a\n    corrected: b\n    reason: c",
            "title: a\u{85}b", "title: a\u{2028}b", "title: a\u{1B}]0;x\u{7}", "title: \"\\e[31m\"", "title: a\u{FFFF}",
            "title: a\tb", "",
        ]
        for yaml in declined {
            #expect(try compare(yaml) == nil, "\(yaml.debugDescription) was read plainly")
        }
        let agreed = [
            "id: a", "title: x:y", "title: a#b", "title: \"x\"   ", "title: \"#not a comment\"", "title: yes", "title: 2001",
            "title: Ünïcödé — 中文 🎉", "title: x\n  ",
            "published: 1999-02", "published: \"1999-02-03\"", "sections_editorial: off", "sections_editorial: TRUE",
            "authors:\n- name: A\n  affiliation: B\n- C", "title: x\n\n\nvenue: y", "authors:\n\n  - A\n\n  - B\nvenue: y", "kind: letter",
        ]
        for yaml in agreed {
            #expect(try compare(yaml) == true, "\(yaml.debugDescription) was left to Yams")
        }
    }
}
