/// Recognises author–date citations in parentheses — "(Sattar, 2007: 46-50)", "(Haq, 2007, June 30)",
/// "(The Express Tribune, 2012, Feb. 9 & Pakistan Today, 2012, Feb. 9)" — so that the dates of
/// sources are not taken for the dates of events (see `DateMentionFinder`, "Context").
///
/// Every part (parts are separated by `;` or `&`) must be `Name[,] YEAR[letter]` followed by
/// nothing, by `: pages` or by `, Month Day` / `, Day Month`; a part without such a tail counts
/// only when its name is a single capitalised word followed by a comma ("(Sattar, 2007)"), so
/// that "(Simla Agreement, 1972)" or "(1956)" stay dates of the running text.
enum CitationMatcher {
    struct Match {
        /// One date per part: the year, or the year with its month and day.
        var parts: [DateGrammar.Parsed]
        /// The index of the closing parenthesis.
        var closingToken: Int
    }

    /// The longest span a citation may have, in tokens.
    static let maximumTokens = 80

    static func match(_ grammar: DateGrammar, at index: Int) -> Match? {
        guard grammar.token(index)?.symbol == "(" else { return nil }
        var closing: Int?
        var cursor = index + 1
        while let token = grammar.token(cursor), cursor - index <= maximumTokens {
            if token.symbol == ")" {
                closing = cursor
                break
            }
            if token.symbol == "(" || token.kind == .barrier { return nil }
            cursor += 1
        }
        guard let closing, closing > index + 1 else { return nil }
        var parts: [DateGrammar.Parsed] = []
        var partStart = index + 1
        for separator in (index + 1)...closing where separator == closing || grammar.tokens[separator].isSymbol([";", "&"]) {
            guard let part = self.part(grammar, partStart..<separator) else { return nil }
            parts.append(part)
            partStart = separator + 1
        }
        return parts.isEmpty ? nil : Match(parts: parts, closingToken: closing)
    }

    /// One "Name, YEAR[tail]" part of a citation.
    static func part(_ grammar: DateGrammar, _ bounds: Range<Int>) -> DateGrammar.Parsed? {
        guard let yearIndex = bounds.first(where: { grammar.tokens[$0].number != nil }),
              grammar.isYear(at: yearIndex, checkLeft: false), let year = grammar.tokens[yearIndex].number else { return nil }
        var nameEnd = yearIndex
        let hasComma = yearIndex > bounds.lowerBound && grammar.tokens[yearIndex - 1].symbol == ","
        if hasComma { nameEnd -= 1 }
        let name = grammar.tokens[bounds.lowerBound..<nameEnd]
        guard let firstName = name.first, firstName.isCapitalized, !name.contains(where: { DateGrammar.months[$0.word ?? ""] != nil }),
              name.allSatisfy({ $0.word != nil || $0.isSymbol([".", "-", "'", "\u{2019}", ",", "*"]) }) else { return nil }
        let nameWords = name.filter { $0.word != nil }.count
        var cursor = yearIndex + 1
        if let letter = grammar.glued(cursor), let word = letter.word, word.count == 1 { cursor += 1 }
        let yearOnly = DateGrammar.Parsed(first: yearIndex, last: yearIndex, date: EventDate(start: .init(year: year)),
                                          precision: .year, isRange: false)
        if cursor == bounds.upperBound {
            let isSurname = nameWords == 1 || name.contains { $0.word == "al" }
            return isSurname && hasComma ? yearOnly : nil
        }
        let tail = grammar.tokens[cursor]
        if tail.symbol == ":" {
            let pages = grammar.tokens[(cursor + 1)..<bounds.upperBound]
            let isPages = !pages.isEmpty && pages.allSatisfy {
                $0.number != nil || $0.isSymbol(DateGrammar.dashes) || $0.isSymbol([",", "."]) || $0.isWord(["f", "ff", "p", "pp"])
            }
            return isPages ? yearOnly : nil
        }
        guard tail.symbol == "," else { return nil }
        cursor += 1
        if let month = grammar.month(at: cursor) {
            let dayIndex = grammar.afterMonth(cursor)
            guard let (day, afterDay) = grammar.day(at: dayIndex), afterDay == bounds.upperBound,
                  let point = DateGrammar.day(day, month, year) else { return nil }
            return DateGrammar.Parsed(first: yearIndex, last: afterDay - 1, date: EventDate(start: point), precision: .day, isRange: false)
        }
        if let (day, afterDay) = grammar.day(at: cursor), let month = grammar.month(at: afterDay),
           grammar.afterMonth(afterDay) == bounds.upperBound, let point = DateGrammar.day(day, month, year) {
            return DateGrammar.Parsed(first: yearIndex, last: grammar.afterMonth(afterDay) - 1, date: EventDate(start: point),
                                      precision: .day, isRange: false)
        }
        return nil
    }
}
