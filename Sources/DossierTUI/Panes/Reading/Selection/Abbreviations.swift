/// Words after which a full stop does not end a sentence: titles (`Mr.`, `Gen.`),
/// initials (`B.`, `Z.A.`, `U.S.`), Latin (`e.g.`, `i.e.`, `cf.`) and the like.
///
/// Sentence motions ask ``isAbbreviation(_:beforeNumber:)`` about the word before a
/// single `.` that is followed by a space and a capital; the answer is a heuristic
/// that favours keeping a sentence whole (`He went to the U.S. Then…` stays one).
enum Abbreviations {
    /// Lower-cased abbreviations, without their final full stop.
    static let words: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cmdr", "adm", "brig",
        "sgt", "gov", "sen", "rep", "pres", "amb", "hon", "rev", "fr", "sr", "jr", "st", "mt", "ft",
        "e.g", "i.e", "cf", "viz", "vs", "al", "ca", "approx", "esp",
        "inc", "ltd", "co", "corp", "dept", "univ", "govt", "assn",
        "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Abbreviations that stand before a number (`No. 5`, `p. 12`), where they are one
    /// only when a number follows: `I said no. Then…` still ends a sentence.
    static let beforeNumber: Set<String> = ["no", "nos", "vol", "vols", "p", "pp", "fig", "figs", "art", "sec", "ch", "para"]

    /// Whether `word` (the text before a full stop, without opening brackets or
    /// quotes) is an abbreviation; `beforeNumber` says whether a digit follows.
    ///
    /// ```swift
    /// Abbreviations.isAbbreviation("Mr")               // true
    /// Abbreviations.isAbbreviation("U.S")              // true (dotted initials)
    /// Abbreviations.isAbbreviation("K")                // true (an initial)
    /// Abbreviations.isAbbreviation("1965")             // false
    /// Abbreviations.isAbbreviation("No", beforeNumber: true)  // true
    /// ```
    static func isAbbreviation(_ word: String, beforeNumber: Bool = false) -> Bool {
        guard !word.isEmpty else { return false }
        if word.count == 1, let letter = word.first, letter.isUppercase { return true }
        let lowered = word.lowercased()
        if words.contains(lowered) { return true }
        if beforeNumber && self.beforeNumber.contains(lowered) { return true }
        // Dotted initials: U.S, U.N, Z.A, a.m
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && ($0.first?.isLetter ?? false) }
    }
}
