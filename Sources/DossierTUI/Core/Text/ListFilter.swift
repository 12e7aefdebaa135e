import DossierCore

/// What has been typed into a list popup (`f`, search results, a note's links, related
/// events, the events of a line) to narrow its rows: a row stays when it holds every typed
/// word, case and diacritics ignored — "peshawar" finds "Peshāwar", "bhu zul" finds
/// "Zulfikar Ali Bhutto".
struct ListFilter: Hashable, Sendable {
    var text = ""

    init(text: String = "") {
        self.text = text
    }

    /// Whether nothing that narrows the rows is typed (nothing, or only spaces): every row
    /// stays, and a list need not make its labels to know it.
    var keepsEveryRow: Bool { text.allSatisfy { $0 == " " } }

    /// The indices of the `labels` that match, in order (all of them while nothing is typed).
    func indices(matching labels: [String]) -> [Int] {
        guard !keepsEveryRow else { return Array(labels.indices) }
        let words = text.split(separator: " ").map { FoldedText.key(String($0)) }
        return labels.indices.filter { index in
            let label = FoldedText.key(labels[index])
            return words.allSatisfy { !ScalarSearch.occurrences(of: $0, in: label, limit: 1).isEmpty }
        }
    }

    /// How the filter reads in the popup's frame: "filter: bhu (3 of 312)".
    func caption(shown: Int, of total: Int) -> String? {
        text.isEmpty ? nil : "filter: \(text) (\(shown) of \(total))"
    }
}
