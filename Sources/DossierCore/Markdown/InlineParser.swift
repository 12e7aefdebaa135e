/// Parses a block's text into inline nodes: emphasis and strong emphasis with CommonMark's
/// delimiter-run rules, inline links, autolinks, footnote references and backslash escapes.
///
/// Linear in the input: the delimiter stack uses CommonMark's "openers bottom" bounds, a
/// formed link deactivates earlier brackets in O(1), and link destinations are scanned at
/// most `maximumDestinationLength` scalars.
struct InlineParser {
    struct UndefinedFootnote {
        var label: String
        var offset: Int
    }

    static let maximumDestinationLength = 2048
    static let maximumLabelLength = 999

    private final class Delimiter {
        let node: InlineNode
        let character: Unicode.Scalar
        var count: Int
        let originalCount: Int
        let canOpen: Bool
        let canClose: Bool
        var previous: Delimiter?
        weak var next: Delimiter?

        init(node: InlineNode, character: Unicode.Scalar, count: Int, canOpen: Bool, canClose: Bool) {
            self.node = node
            self.character = character
            self.count = count
            self.originalCount = count
            self.canOpen = canOpen
            self.canClose = canClose
        }
    }

    private struct Bracket {
        var node: InlineNode
        var delimiterBottom: Delimiter?
    }

    private let input: [Unicode.Scalar]
    private let footnoteLabels: Set<String>
    private let list = InlineNodeList()
    private var delimiterTop: Delimiter?
    private var brackets: [Bracket] = []
    /// Brackets at indices below this are inactive: a link cannot contain another link.
    private var activeBracketFloor = 0
    private var pendingText = String.UnicodeScalarView()
    private(set) var undefinedFootnotes: [UndefinedFootnote] = []
    private(set) var usedFootnotes: [String] = []

    init(_ input: [Unicode.Scalar], footnoteLabels: Set<String>) {
        self.input = input
        self.footnoteLabels = footnoteLabels
    }

    /// Parses the whole input and returns the top-level nodes.
    mutating func parse() -> [InlineNode] {
        var index = 0
        while index < input.count {
            let scalar = input[index]
            switch scalar {
            case "\\":
                if index + 1 < input.count, Self.isASCIIPunctuation(input[index + 1]) {
                    pendingText.append(input[index + 1])
                    index += 2
                } else {
                    pendingText.append(scalar)
                    index += 1
                }
            case "\n":
                flushText()
                list.append(InlineNode(.softBreak))
                index += 1
            case "*", "_":
                index = handleDelimiterRun(at: index)
            case "[":
                index = handleOpenBracket(at: index)
            case "]":
                index = handleCloseBracket(at: index)
            case "<":
                index = handleAutolink(at: index)
            default:
                pendingText.append(scalar)
                index += 1
            }
        }
        flushText()
        processEmphasis(bottom: nil)
        return list.nodes
    }

    // MARK: Text

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        list.append(InlineNode(.text, text: String(pendingText)))
        pendingText = String.UnicodeScalarView()
    }

    private mutating func appendLiteral(_ text: String) -> InlineNode {
        flushText()
        let node = InlineNode(.text, text: text)
        list.append(node)
        return node
    }

    // MARK: Emphasis

    private mutating func handleDelimiterRun(at start: Int) -> Int {
        let character = input[start]
        var end = start
        while end < input.count && input[end] == character { end += 1 }
        let before: Unicode.Scalar? = start > 0 ? input[start - 1] : nil
        let after: Unicode.Scalar? = end < input.count ? input[end] : nil
        let beforeIsSpace = before.map(Self.isWhitespace) ?? true
        let afterIsSpace = after.map(Self.isWhitespace) ?? true
        let beforeIsPunctuation = before.map(Self.isPunctuation) ?? false
        let afterIsPunctuation = after.map(Self.isPunctuation) ?? false
        let leftFlanking = !afterIsSpace && (!afterIsPunctuation || beforeIsSpace || beforeIsPunctuation)
        let rightFlanking = !beforeIsSpace && (!beforeIsPunctuation || afterIsSpace || afterIsPunctuation)
        let canOpen: Bool
        let canClose: Bool
        if character == "*" {
            canOpen = leftFlanking
            canClose = rightFlanking
        } else {
            canOpen = leftFlanking && (!rightFlanking || beforeIsPunctuation)
            canClose = rightFlanking && (!leftFlanking || afterIsPunctuation)
        }
        let node = appendLiteral(String(repeating: String(character), count: end - start))
        if canOpen || canClose {
            let delimiter = Delimiter(node: node, character: character, count: end - start, canOpen: canOpen, canClose: canClose)
            delimiter.previous = delimiterTop
            delimiterTop?.next = delimiter
            delimiterTop = delimiter
        }
        return end
    }

    private mutating func removeDelimiter(_ delimiter: Delimiter) {
        if let next = delimiter.next { next.previous = delimiter.previous } else { delimiterTop = delimiter.previous }
        delimiter.previous?.next = delimiter.next
    }

    /// CommonMark's "process emphasis" over the delimiters above `bottom`.
    private mutating func processEmphasis(bottom: Delimiter?) {
        // openersBottom[character][closer can open][length mod 3]
        var openersBottom: [Unicode.Scalar: [[Delimiter?]]] = [:]
        func bottomFor(_ closer: Delimiter) -> Delimiter? {
            openersBottom[closer.character]?[closer.canOpen ? 1 : 0][closer.originalCount % 3] ?? bottom
        }
        // Find the first delimiter above bottom.
        var candidate = delimiterTop
        var first: Delimiter?
        while let current = candidate, current !== bottom {
            first = current
            candidate = current.previous
        }
        var closer = first
        while let currentCloser = closer {
            guard currentCloser.canClose else {
                closer = currentCloser.next
                continue
            }
            let floor = bottomFor(currentCloser)
            var opener = currentCloser.previous
            var found: Delimiter?
            while let currentOpener = opener, currentOpener !== bottom, currentOpener !== floor {
                if currentOpener.character == currentCloser.character && currentOpener.canOpen {
                    let oddMatch = (currentOpener.canClose || currentCloser.canOpen)
                        && (currentOpener.originalCount + currentCloser.originalCount) % 3 == 0
                        && !(currentOpener.originalCount % 3 == 0 && currentCloser.originalCount % 3 == 0)
                    if !oddMatch {
                        found = currentOpener
                        break
                    }
                }
                opener = currentOpener.previous
            }
            guard let matched = found else {
                var table = openersBottom[currentCloser.character] ?? [[nil, nil, nil], [nil, nil, nil]]
                table[currentCloser.canOpen ? 1 : 0][currentCloser.originalCount % 3] = currentCloser.previous
                openersBottom[currentCloser.character] = table
                let next = currentCloser.next
                if !currentCloser.canOpen { removeDelimiter(currentCloser) }
                closer = next
                continue
            }
            let used = matched.count >= 2 && currentCloser.count >= 2 ? 2 : 1
            matched.count -= used
            currentCloser.count -= used
            matched.node.text = String(matched.node.text.dropLast(used))
            currentCloser.node.text = String(currentCloser.node.text.dropLast(used))
            let wrapper = InlineNode(used == 2 ? .strong : .emphasis)
            wrapper.children = list.detach(after: matched.node, before: currentCloser.node)
            list.insert(wrapper, after: matched.node)
            // Delimiters between opener and closer can no longer match.
            var between = currentCloser.previous
            while let inner = between, inner !== matched {
                between = inner.previous
                removeDelimiter(inner)
            }
            if matched.count == 0 {
                list.remove(matched.node)
                removeDelimiter(matched)
            }
            if currentCloser.count == 0 {
                let next = currentCloser.next
                list.remove(currentCloser.node)
                removeDelimiter(currentCloser)
                closer = next
            }
        }
        // Remove the delimiters above bottom: what is left is literal text.
        while let top = delimiterTop, top !== bottom {
            removeDelimiter(top)
        }
    }

    // MARK: Links and footnotes

    private mutating func handleOpenBracket(at start: Int) -> Int {
        if start + 1 < input.count, input[start + 1] == "^", let (label, end) = footnoteLabel(at: start) {
            if footnoteLabels.contains(label) {
                flushText()
                list.append(InlineNode(.footnoteReference(label: label)))
                usedFootnotes.append(label)
                return end
            }
            undefinedFootnotes.append(UndefinedFootnote(label: label, offset: start))
        }
        let node = appendLiteral("[")
        brackets.append(Bracket(node: node, delimiterBottom: delimiterTop))
        return start + 1
    }

    private func footnoteLabel(at start: Int) -> (String, Int)? {
        var index = start + 2
        while index < input.count, index - start < 1000 {
            let scalar = input[index]
            if scalar == "]" { break }
            if Self.isWhitespace(scalar) || scalar == "[" { return nil }
            index += 1
        }
        guard index < input.count, input[index] == "]", index > start + 2 else { return nil }
        var label = String.UnicodeScalarView()
        label.append(contentsOf: input[(start + 2)..<index])
        return (String(label), index + 1)
    }

    private mutating func handleCloseBracket(at start: Int) -> Int {
        guard let opener = brackets.last else {
            _ = appendLiteral("]")
            return start + 1
        }
        let openerIndex = brackets.count - 1
        brackets.removeLast()
        guard openerIndex >= activeBracketFloor, let (destination, end) = linkTail(at: start + 1) else {
            _ = appendLiteral("]")
            return start + 1
        }
        flushText()
        processEmphasis(bottom: opener.delimiterBottom)
        let link = InlineNode(.link(destination: destination))
        link.children = list.detach(after: opener.node, before: nil)
        list.insert(link, after: opener.node)
        list.remove(opener.node)
        activeBracketFloor = brackets.count
        return end
    }

    /// Parses `(destination "title")` at `start`; returns the destination and the index after `)`.
    private func linkTail(at start: Int) -> (String, Int)? {
        guard start < input.count, input[start] == "(" else { return nil }
        var index = skipSpaces(from: start + 1)
        var destination = String.UnicodeScalarView()
        let limit = min(input.count, index + Self.maximumDestinationLength)
        if index < input.count, input[index] == "<" {
            index += 1
            while index < limit, input[index] != ">" {
                if input[index] == "\n" || input[index] == "<" { return nil }
                if input[index] == "\\", index + 1 < limit, Self.isASCIIPunctuation(input[index + 1]) { index += 1 }
                destination.append(input[index])
                index += 1
            }
            guard index < limit else { return nil }
            index += 1
        } else {
            var depth = 0
            while index < limit {
                let scalar = input[index]
                if Self.isWhitespace(scalar) || scalar.value < 0x20 { break }
                if scalar == "\\", index + 1 < limit, Self.isASCIIPunctuation(input[index + 1]) {
                    destination.append(input[index + 1])
                    index += 2
                    continue
                }
                if scalar == "(" {
                    depth += 1
                    if depth > 32 { return nil }
                }
                if scalar == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                destination.append(scalar)
                index += 1
            }
            guard index < limit, depth == 0 else { return nil }
        }
        index = skipSpaces(from: index)
        if index < input.count, let closing = Self.titleCloser(input[index]) {
            let titleLimit = min(input.count, index + Self.maximumDestinationLength)
            var titleEnd = index + 1
            while titleEnd < titleLimit, input[titleEnd] != closing {
                if input[titleEnd] == "\\" { titleEnd += 1 }
                titleEnd += 1
            }
            guard titleEnd < titleLimit else { return nil }
            index = skipSpaces(from: titleEnd + 1)
        }
        guard index < input.count, input[index] == ")" else { return nil }
        return (String(destination), index + 1)
    }

    private func skipSpaces(from start: Int) -> Int {
        var index = start
        var newlines = 0
        while index < input.count, input[index] == " " || input[index] == "\n" {
            if input[index] == "\n" {
                newlines += 1
                if newlines > 1 { break }
            }
            index += 1
        }
        return index
    }

    private static func titleCloser(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\"": return "\""
        case "'": return "'"
        case "(": return ")"
        default: return nil
        }
    }

    /// `<scheme:address>`: an absolute URI in angle brackets.
    private mutating func handleAutolink(at start: Int) -> Int {
        var index = start + 1
        var schemeLength = 0
        while index < input.count, schemeLength <= 32, Self.isSchemeScalar(input[index], first: schemeLength == 0) {
            index += 1
            schemeLength += 1
        }
        guard (2...32).contains(schemeLength), index < input.count, input[index] == ":" else {
            pendingText.append("<")
            return start + 1
        }
        let limit = min(input.count, start + Self.maximumDestinationLength)
        while index < limit, input[index] != ">" {
            let scalar = input[index]
            if scalar == "<" || Self.isWhitespace(scalar) || scalar.value < 0x20 { break }
            index += 1
        }
        guard index < limit, input[index] == ">" else {
            pendingText.append("<")
            return start + 1
        }
        var uri = String.UnicodeScalarView()
        uri.append(contentsOf: input[(start + 1)..<index])
        flushText()
        let link = InlineNode(.link(destination: String(uri)))
        link.children = [InlineNode(.text, text: String(uri))]
        list.append(link)
        return index + 1
    }

    // MARK: Character classes

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }

    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    /// Unicode punctuation or symbol, as CommonMark 0.31 defines punctuation for flanking.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if isASCIIPunctuation(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    static func isSchemeScalar(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        guard scalar.isASCII else { return false }
        let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        if first { return isLetter }
        return isLetter || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "." || scalar == "-"
    }
}
