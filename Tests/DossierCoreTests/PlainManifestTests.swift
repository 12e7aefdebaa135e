import Testing
@testable import DossierCore

/// `collection.yaml` read without YAML gives exactly what Yams gives — ids, their lines and
/// columns for diagnostics — or is left to Yams.
@Suite struct PlainManifestTests {
    /// Whether the plain reader agreed with Yams (true), or declined (nil); a disagreement fails the test.
    @discardableResult
    private func compare(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool? {
        guard let plain = PlainManifest.read(yaml) else { return nil }
        var diagnostics: [Diagnostic] = []
        let viaYAML = CollectionLoader.yamlManifest(yaml, path: "collection.yaml", directory: "/c", diagnostics: &diagnostics)
        #expect(plain == viaYAML, "\(yaml)", sourceLocation: sourceLocation)
        #expect(diagnostics.isEmpty, "the plain reader read a manifest Yams reports: \(yaml)", sourceLocation: sourceLocation)
        return plain == viaYAML && diagnostics.isEmpty
    }

    @Test func theCommonShapeIsReadAsYamsReadsIt() {
        let read: [String] = [
            "title: Benchmark\ndescription: Synthetic articles (seed 1).\narticles:\n  - a0001\n  - a0002\n",
            "id: my-notes\ntitle: \"Quoted \\\"title\\\" \\\\ here\"\narticles:\n    - one\n    - \"two\"\n",
            "articles:\n- zero-indent\n- list\ntitle: After the list\n",
            "title: Пакистан и Россия — 中国\narticles:\n  - a\n\n  - b\n   \n  - c\n",
            "title: It's fine\narticles: []\n",
            "title:   spaced   \ndescription: \"\"\narticles:\n  - 1948\n  - yes\n  - \"\"\n",
            "articles:\n  - a\n  - a\n",
        ]
        for yaml in read {
            #expect(compare(yaml) == true, "\(yaml)")
        }
        let positions = PlainManifest.read("title: T\n\narticles:\n  - a\n    \n  - \"b\"\n")?.articles
        #expect(positions == [.init(id: "a", line: 4, column: 5), .init(id: "b", line: 6, column: 5)])
    }

    @Test func anythingElseIsLeftToYams() {
        let declined: [String] = [
            "title: A\ndescription: >\n  Folded\n  text.\narticles:\n  - a\n",  // the bundled manifest's shape
            "# a comment\ntitle: A\n",
            "title: A # trailing comment\n",
            "title: A\ntitle: B\n",
            "title: A\nauthor: unknown key\n",
            "id: Not Valid\n",
            "id: \"  \"\n",
            "articles: a\n",
            "articles: [a, b]\n",
            "articles:\n  - a\n   - b\n",
            "articles:\n  - name: a\n",
            "articles:\n  -  two-spaces\n",
            "articles:\n  - a\n  b\n",
            "title: 'single'\n",
            "title: \"\\x41\"\n",
            "title: A\r\narticles:\r\n  - a\r\n",
            "title: a\tb\n",
            "title: null\n",
            "title: ~\n",
            "---\ntitle: A\n",
            "title: &anchor A\n",
            "articles:\n",
            "",
        ]
        for yaml in declined {
            #expect(PlainManifest.read(yaml) == nil, "\(yaml)")
        }
    }

    @Test func theBundledManifestLoadsAsBefore() throws {
        let loaded = CollectionLoader.load(directory: TemporaryCollection.bundledContent)
        #expect(loaded.collection.articles.map(\.id) == ["hussain", "rapprochement", "hanif", "chronology", "assignment"])
        #expect(loaded.collection.title == "Pakistan and Russia")
        #expect(loaded.collection.description.hasPrefix("Five articles on seventy-five years"))
    }
}
