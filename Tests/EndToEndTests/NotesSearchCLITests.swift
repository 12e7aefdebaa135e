import Foundation
import Testing

/// `dossier notes list --search/--kind/--tag/--article/--status/--sort` end to end, on
/// the bundled Content with a database in a temporary folder.
@Suite("Notes CLI: search and filters")
struct NotesSearchCLITests {
    typealias Workspace = NotesCLITests.Workspace
    typealias Q = NotesCLITests

    /// Three notes: two in hussain (one a question), one in rapprochement, added in that order.
    func workspace() throws -> Workspace {
        let w = try Workspace()
        for arguments in [
            ["--article", "hussain", "--quote", Q.quotes.abstract, "--text", "Misperceptions: the STEEL mill years", "--tag", "cold-war"],
            ["--article", "hussain", "--quote", Q.quotes.assumptions, "--text", "Which assumptions?", "--kind", "question"],
            ["--article", "rapprochement", "--quote", Q.quotes.rapprochement, "--text", "Historical baggage", "--tag", "Cold-War"],
        ] {
            let added = try w.run(["add"] + arguments)
            #expect(added.status == 0, "\(added.standardError)")
        }
        return w
    }

    func bodies(_ w: Workspace, _ arguments: [String]) throws -> [String] {
        let output = try w.run(["list", "--json"] + arguments)
        #expect(output.status == 0, "\(arguments): \(output.standardError)")
        let items = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]] ?? []
        return items.compactMap { $0["body"] as? String }
    }

    @Test func searchMatchesBodyQuoteTagAndArticleLikeTheBrowser() throws {
        let w = try workspace()
        #expect(try bodies(w, ["--search", "steel MILL"]) == ["Misperceptions: the STEEL mill years"])
        // A word of the quote, a tag, an article id; every word must match.
        #expect(try bodies(w, ["--search", "misperceptions"]) == ["Misperceptions: the STEEL mill years"])
        #expect(try bodies(w, ["--search", "cold-war"]) == ["Misperceptions: the STEEL mill years", "Historical baggage"])
        #expect(try bodies(w, ["--search", "rapprochement baggage"]) == ["Historical baggage"])
        #expect(try bodies(w, ["--search", "rapprochement steel"]).isEmpty)
        // Narrowing typed in the search, as in the browser, or given as options.
        #expect(try bodies(w, ["--search", "kind:question"]) == ["Which assumptions?"])
        #expect(try bodies(w, ["--search", "#cold-war article:hussain"]) == ["Misperceptions: the STEEL mill years"])
        let plain = try w.run(["list", "--search", "steel"])
        #expect(plain.status == 0)
        // The handle first (`[[note:HANDLE]]`), then the article.
        #expect(plain.standardOutput.split(separator: " ").dropFirst().first == "hussain")
        #expect(plain.standardOutput.contains("#cold-war"))
        #expect(plain.standardOutput.split(separator: "\n").count == 1)
        #expect(try w.run(["list", "--search", "nowhere-at-all"]).standardOutput == "No annotations.\n")
    }

    @Test func kindTagArticleStatusAndSortOptions() throws {
        let w = try workspace()
        #expect(try bodies(w, ["--kind", "question"]) == ["Which assumptions?"])
        #expect(try bodies(w, ["--tag", "#COLD-WAR"]).isEmpty, "tags compare exactly, as --tag always did")
        #expect(try bodies(w, ["--tag", "cold-war", "--article", "hussain"]) == ["Misperceptions: the STEEL mill years"])
        #expect(try bodies(w, ["--status", "exact"]).count == 3)
        #expect(try bodies(w, ["--status", "orphaned"]).isEmpty)
        #expect(try bodies(w, ["--sort", "date"]) == ["Historical baggage", "Which assumptions?", "Misperceptions: the STEEL mill years"])
        #expect(try bodies(w, ["--sort", "document"]) == ["Misperceptions: the STEEL mill years", "Which assumptions?", "Historical baggage"])
        for bad in [["--kind", "poem"], ["--status", "lost"], ["--sort", "size"], ["--orphans", "--status", "exact"]] {
            let refused = try w.run(["list"] + bad)
            #expect(refused.status != 0, "\(bad)")
            #expect(!refused.standardError.isEmpty)
        }
    }
}
