import Foundation
import Testing

/// The read-only CLI, run as a real process.
@Suite struct CLITests {
    let content = ["--content", DossierProcess.bundledContent]

    @Test(arguments: ["hussain", "rapprochement", "hanif", "chronology", "assignment"])
    func showMatchesGoldenAtWidth80(article: String) throws {
        let output = try DossierProcess.run(["show", article, "--width", "80", "--plain"] + content)
        #expect(output.status == 0, "\(output.standardError)")
        let difference = Golden.compare(output.standardOutput, with: "show-\(article)-80.txt")
        #expect(difference == nil, "\(difference ?? "")")
        for line in output.standardOutput.split(separator: "\n") {
            #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }, "control character in: \(line)")
        }
    }

    @Test func showOneSectionAndStylesOnlyWhenAsked() throws {
        let section = try DossierProcess.run(["show", "hanif#introduction", "--width", "60"] + content)
        #expect(section.status == 0)
        #expect(section.standardOutput.hasPrefix("Introduction\n"))
        #expect(!section.standardOutput.contains("\u{1B}["), "a pipe gets no styles")
        let missing = try DossierProcess.run(["show", "hanif#nope"] + content)
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("No section 'nope' in hanif"))
        let unknown = try DossierProcess.run(["show", "nobody"] + content)
        #expect(unknown.standardError.contains("No article 'nobody'"))
    }

    @Test func articlesListsEveryArticleAsJSON() throws {
        let output = try DossierProcess.run(["articles", "--json"] + content)
        #expect(output.status == 0)
        let entries = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as! [[String: Any]]
        #expect(entries.map { $0["id"] as! String } == ["hussain", "rapprochement", "hanif", "chronology", "assignment"])
        for entry in entries {
            #expect(Set(entry.keys).isSuperset(of: ["id", "title", "authors", "kind", "sections", "words", "footnotes"]))
            #expect((entry["words"] as! Int) > 1000)
        }
        #expect(entries.first { $0["id"] as! String == "hanif" }?["footnotes"] as? Int == 96)
    }

    /// ArgumentParser is quadratic in the number of arguments: an absurd count is refused
    /// before parsing, as a usage error naming the limit.
    @Test func anAbsurdArgumentCountIsRefusedAtOnce() throws {
        let output = try DossierProcess.run(["search"] + Array(repeating: "term", count: 20_000) + content)
        #expect(output.status == 2)
        #expect(output.standardError.contains("20003 arguments are more than the 4096 dossier takes"), "\(output.standardError)")
        #expect(output.standardOutput.isEmpty)
        let fine = try DossierProcess.run(["search"] + Array(repeating: "tashkent", count: 200) + content)
        #expect(fine.status == 0, "\(fine.standardError)")
    }

    @Test func tocPrintsTheSectionTree() throws {
        let output = try DossierProcess.run(["toc", "hanif", "--json"] + content)
        let roots = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as! [[String: Any]]
        #expect(roots.first?["id"] as? String == "abstract")
        let progress = roots.first { ($0["id"] as? String)?.hasPrefix("progress-attained") == true }
        #expect((progress?["children"] as? [[String: Any]])?.count == 3)
        let text = try DossierProcess.run(["toc", "hanif"] + content)
        #expect(text.standardOutput.contains("  Development of Relations before 9/11  #development-of-relations-before-9-11"))
    }

    @Test func timelineShowsEachEventsID() throws {
        let output = try DossierProcess.run(["timeline", "--from", "1960", "--to", "1960"] + content)
        #expect(output.status == 0, "\(output.standardError)")
        let line = output.standardOutput.split(separator: "\n").first { $0.contains("The U-2 incident") } ?? ""
        #expect(line.hasSuffix("  u2-incident-1960"), "\(line)")
    }

    @Test func eventTakesAnExactTitleAndSuggestsCloseOnes() throws {
        let byTitle = try DossierProcess.run(["event", "the tashkent DECLARATION"] + content)
        #expect(byTitle.status == 0, "\(byTitle.standardError)")
        #expect(byTitle.standardOutput.hasPrefix("The Tashkent Declaration\n"))
        #expect(byTitle.standardOutput.contains("· tashkent-declaration-1966"))
        let miss = try DossierProcess.run(["event", "The Tashkent Declaraton"] + content)
        #expect(miss.status != 0)
        #expect(miss.standardError.contains("Did you mean: tashkent-declaration-1966 (The Tashkent Declaration)"), "\(miss.standardError)")
    }

    @Test func entitySuggestsCloseNamesOnAMiss() throws {
        let close = try DossierProcess.run(["entity", "kruschev"] + content)
        #expect(close.status != 0)
        #expect(close.standardError.contains("Did you mean: nikita-khrushchev (Nikita Khrushchev)?"), "\(close.standardError)")
        let far = try DossierProcess.run(["entity", "nobody"] + content)
        #expect(far.standardError.contains("No entity 'nobody'. No name or alias is close"), "\(far.standardError)")
    }

    @Test func searchFindsPhrasesAcrossTheCollection() throws {
        let output = try DossierProcess.run(["search", "\"tashkent declaration\"", "--json"] + content)
        #expect(output.status == 0)
        let hits = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as! [[String: Any]]
        let articles = Set(hits.map { $0["article"] as! String })
        #expect(articles.isSuperset(of: ["chronology", "assignment"]))
        for hit in hits {
            #expect((hit["context"] as! String).lowercased().contains("tashkent declaration"))
            #expect(hit["section"] is String)
        }
        let scoped = try DossierProcess.run(["search", "TASHKENT", "--article", "hussain"] + content)
        #expect(scoped.standardOutput.contains("hussain"))
        #expect(!scoped.standardOutput.contains("chronology"))
        let none = try DossierProcess.run(["search", "zzqqxx"] + content)
        #expect(none.status == 1)
        #expect(none.standardError.contains("No matches"))
    }

    @Test func checkIsCleanOnBundledContent() throws {
        let output = try DossierProcess.run(["check"] + content)
        #expect(output.status == 0, "\(output.standardOutput)")
    }

    @Test func checkReportsBrokenFilesAndExitsOne() throws {
        let directory = NSTemporaryDirectory() + "dossier-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory + "/articles", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "title: Broken\narticles: [good, bad]\n".write(toFile: directory + "/collection.yaml", atomically: true, encoding: .utf8)
        try "---\nid: good\ntitle: G\nauthors: []\nkind: chronology\nsource: s\n---\nFine.\n".write(toFile: directory + "/articles/good.md", atomically: true, encoding: .utf8)
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: directory + "/articles/bad.md"))
        let output = try DossierProcess.run(["check", "--content", directory])
        #expect(output.status == 1)
        #expect(output.standardOutput.contains("articles/bad.md:2:1: error: invalid UTF-8"))
        #expect(output.standardOutput.contains("articles/bad.md:1:1: error: unclosed front matter"))
        let articles = try DossierProcess.run(["articles", "--content", directory])
        #expect(articles.standardOutput.contains("good"))
    }

    @Test func helpTellsTheCommands() throws {
        let output = try DossierProcess.run(["--help"])
        for command in ["articles", "toc", "show", "search", "check", "--content"] {
            #expect(output.standardOutput.contains(command))
        }
    }
}
