/// Wraps styled text into lines of a display width: at spaces, after hyphens and
/// dashes, and between wide (CJK) characters; a word longer than a line is broken
/// between clusters. Used for headings, paragraphs, list items and quotes.
///
/// A prefix goes before the first line (`"1. "`, `"• "`) and another before the
/// following lines — by default spaces of the same width, the hanging indent of a
/// list item. Spaces at a break are not shown but still belong to the line before,
/// so every plain-text offset falls on some line.
///
/// ```swift
/// let wrapper = LineWrapper(width: 20, firstPrefix: [StyledRun("1. ")])
/// wrapper.wrap([StyledRun("Pakistan and the Soviet Union established relations", source: .text(start: 0))])
///     .map(\.text)
/// // ["1. Pakistan and the", "   Soviet Union", "   established", "   relations"]
/// ```
struct LineWrapper: Sendable {
    /// The display width of a line, prefixes included.
    var width: Int
    /// Decoration before the first line.
    var firstPrefix: [StyledRun]
    /// Decoration before the other lines; `nil`: spaces as wide as ``firstPrefix``.
    var restPrefix: [StyledRun]?

    init(width: Int, firstPrefix: [StyledRun] = [], restPrefix: [StyledRun]? = nil) {
        self.width = width
        self.firstPrefix = firstPrefix
        self.restPrefix = restPrefix
    }

    /// The lines for `runs`. Empty text gives one line holding the first prefix (or
    /// no line at all without one).
    func wrap(_ runs: [StyledRun]) -> [WrappedLine] {
        var lines: [WrappedLine] = []
        wrap(runs) { lines.append($0) }
        return lines
    }

    /// The lines for `runs`, handed to `emit` in order as each is filled. Only the line
    /// being filled and the word being read are held, never a record per character of
    /// the whole text: a paragraph of megabytes (one enormous line in a collection) costs
    /// the lines it makes and no more.
    func wrap<Runs: RandomAccessCollection<StyledRun>>(_ runs: Runs, emit: (WrappedLine) -> Void) where Runs.Index == Int {
        let prefixes = self.prefixes
        fill(runs, from: nil, prefixes: prefixes, keepsGlyphs: true) { line in
            emit(line.wrapped(runs, prefixes: prefixes))
            return true
        }
    }

    /// Where each line of `runs` starts and the plain-text range it covers, in order,
    /// without making the lines: the same filling as ``wrap(_:)``, so a layout can count
    /// its lines and find their offsets holding a few numbers per line, and make a line
    /// only when it is shown (``line(of:startingAt:)``). The lines keep no glyphs, and a
    /// word of plain ASCII is read as one piece: counting the lines of a 10 MB paragraph
    /// costs a pass over its bytes, not a record per character.
    func forEachLineStart<Runs: RandomAccessCollection<StyledRun>>(of runs: Runs, _ body: (LineStart, Range<Int>?) -> Void) where Runs.Index == Int {
        var isFirst = true
        fill(runs, from: nil, prefixes: prefixes, keepsGlyphs: false) { line in
            body(isFirst ? .textStart : line.start ?? .textStart, line.source)
            isFirst = false
            return true
        }
    }

    /// The line of `runs` that starts at `start` (one that ``forEachLineStart(of:_:)``
    /// reported), wrapped from there on as the whole text would be: a line after the
    /// first begins with a word (or the rest of one broken at the line's edge), so the
    /// filling from it on does not depend on what came before. `nil` for no line.
    func line<Runs: RandomAccessCollection<StyledRun>>(of runs: Runs, startingAt start: LineStart) -> WrappedLine? where Runs.Index == Int {
        let prefixes = self.prefixes
        var result: WrappedLine?
        fill(runs, from: start == .textStart ? nil : start, prefixes: prefixes, keepsGlyphs: true) { line in
            result = line.wrapped(runs, prefixes: prefixes)
            return false
        }
        return result
    }

    /// The prefixes as runs and as glyphs.
    struct Prefixes {
        var first: [StyledRun]
        var rest: [StyledRun]
        var firstGlyphs: [Glyph]
        var restGlyphs: [Glyph]
    }

    var prefixes: Prefixes {
        let firstGlyphs = Self.glyphs(of: firstPrefix, origin: .firstPrefix)
        let rest: [StyledRun]
        if let restPrefix {
            rest = restPrefix
        } else {
            let indent = firstGlyphs.reduce(0) { $0 + $1.width }
            rest = indent > 0 ? [StyledRun(String(repeating: " ", count: indent))] : []
        }
        return Prefixes(first: firstPrefix, rest: rest, firstGlyphs: firstGlyphs, restGlyphs: Self.glyphs(of: rest, origin: .restPrefix))
    }

    /// Fills lines with the glyphs of `runs` from `start` (`nil`: the beginning, where the
    /// first prefix goes) and hands each to `body` as it is finished, until `body` says stop.
    /// The one filling algorithm: every way of wrapping goes through it. `keepsGlyphs`: the
    /// lines keep their glyphs, to be made; without, only where they start and what they cover.
    private func fill<Runs: RandomAccessCollection<StyledRun>>(
        _ runs: Runs, from start: LineStart?, prefixes: Prefixes, keepsGlyphs: Bool, _ body: (FilledLine) -> Bool
    ) where Runs.Index == Int {
        var builder = Builder(width: max(1, width), firstPrefix: prefixes.firstGlyphs, restPrefix: prefixes.restGlyphs,
                              startsWithFirstLine: start == nil, keepsGlyphs: keepsGlyphs)
        var word = Word()
        var hasText = false
        var going = true
        Self.forEachGlyph(of: runs, from: start ?? .textStart, origin: .text, spans: true) { glyph in
            hasText = true
            if glyph.isSpace {
                builder.add(word)
                word.restart()
                builder.addSpace(glyph)
            } else {
                if glyph.breakBefore {
                    builder.add(word)
                    word.restart()
                }
                word.append(glyph)
                if glyph.breakAfter {
                    builder.add(word)
                    word.restart()
                } else if word.width > builder.width {
                    // Wider than any line: it starts a line of its own whatever follows, so
                    // what is read so far can be placed and the rest fills lines after it.
                    builder.add(word)
                    word.restart(continuing: true)
                }
            }
            going = builder.handOnFinishedLines(to: body)
            return going
        }
        guard going else { return }
        guard hasText else {
            if start == nil && !prefixes.firstGlyphs.isEmpty {
                _ = body(FilledLine(glyphs: prefixes.firstGlyphs, start: nil, source: nil))
            }
            return
        }
        builder.add(word)
        builder.finishLine()
        _ = builder.handOnFinishedLines(to: body)
    }

    // MARK: Glyphs and words

    /// One cluster, an atom run, or a span of plain ASCII characters (each one column, none
    /// a space, none a break before; only the last may be a break after) read as one piece,
    /// which the filling splits where the characters one by one would be split. A glyph
    /// holds numbers only: its text, style and attachment are its run's, found when the line
    /// is made (``FilledLine/wrapped(_:prefixes:)``).
    struct Glyph {
        enum Origin: UInt8 {
            case text, firstPrefix, restPrefix
        }

        var width: Int
        /// Which runs it comes from: the text's or a prefix's.
        var origin: Origin
        /// Index into those runs.
        var run: Int
        /// Where it starts in its run's text, in UTF-8 bytes and in scalars (0 for an atom),
        /// and its length in UTF-8 bytes.
        var utf8Offset: Int
        var utf8Count: Int
        var scalarOffset: Int
        var source: Range<Int>?
        /// Characters in a span (1 for a cluster or an atom).
        var characters: Int
        var isSpace: Bool
        var breakBefore: Bool
        var breakAfter: Bool
        var isAtom: Bool

        var isPrefix: Bool { origin != .text }

        /// Where a line starting with this glyph starts.
        var start: LineStart {
            LineStart(run: run, utf8Offset: utf8Offset, scalarOffset: scalarOffset)
        }

        /// A span cut after its first `count` characters (0 < `count` < ``characters``).
        func split(after count: Int) -> (head: Glyph, tail: Glyph) {
            var head = self
            var tail = self
            head.width = count
            head.utf8Count = count
            head.characters = count
            head.breakAfter = false
            head.source = source.map { $0.lowerBound..<($0.lowerBound + count) }
            tail.width -= count
            tail.utf8Count -= count
            tail.characters -= count
            tail.utf8Offset += count
            tail.scalarOffset += count
            tail.source = source.map { ($0.lowerBound + count)..<$0.upperBound }
            return (head, tail)
        }

        /// Appends the glyph's text, taken from `runText`, its run's text, to `text`.
        func appendText(from runText: String, to text: inout String) {
            if isAtom {
                text += runText
            } else if isSpace && width == 1 {
                text += " "
            } else {
                let utf8 = runText.utf8
                let from = utf8.index(utf8.startIndex, offsetBy: utf8Offset)
                text += runText[from..<utf8.index(from, offsetBy: utf8Count)]
            }
        }
    }

    /// The word being read: glyphs that stay together unless they are wider than a line.
    struct Word {
        /// Its first glyph and the others (a word of plain ASCII is one glyph: no array).
        var first: Glyph?
        var others: [Glyph] = []
        var width = 0
        /// The rest of a word whose start was already placed: it goes on where that start
        /// ended instead of asking for a line of its own.
        var continues = false

        mutating func append(_ glyph: Glyph) {
            if first == nil {
                first = glyph
            } else {
                others.append(glyph)
            }
            width += glyph.width
        }

        mutating func restart(continuing: Bool = false) {
            first = nil
            if !others.isEmpty { others.removeAll(keepingCapacity: true) }
            width = 0
            continues = continuing
        }
    }

    /// The glyphs of prefix runs, one per cluster.
    static func glyphs(of runs: [StyledRun], origin: Glyph.Origin) -> [Glyph] {
        var result: [Glyph] = []
        forEachGlyph(of: runs, origin: origin, spans: false) {
            result.append($0)
            return true
        }
        return result
    }

    /// The longest span of ASCII characters read as one glyph: a line is made from its start
    /// by reading to the end of its last span, so a word of megabytes is read a piece at a time.
    static let longestSpan = 256

    /// The glyphs of `runs` in order from `start`, one at a time, until `body` says stop;
    /// with `spans`, runs of plain ASCII characters as one glyph each.
    static func forEachGlyph<Runs: RandomAccessCollection<StyledRun>>(
        of runs: Runs, from start: LineStart = .textStart, origin: Glyph.Origin, spans: Bool, _ body: (Glyph) -> Bool
    ) where Runs.Index == Int {
        guard start.run < runs.endIndex else { return }
        for index in start.run..<runs.endIndex {
            let run = runs[index]
            switch run.source {
            case .atom(let range):
                let glyph = Glyph(
                    width: DisplayWidth.of(run.text), origin: origin, run: index, utf8Offset: 0, utf8Count: run.text.utf8.count,
                    scalarOffset: 0, source: origin == .text ? range : nil, characters: 1,
                    isSpace: false, breakBefore: false, breakAfter: false, isAtom: true
                )
                guard body(glyph) else { return }
            case .none, .text:
                let resumes = index == start.run
                var runStart: Int?
                if case .text(let start) = run.source, origin == .text { runStart = start }
                let going = forEachGlyph(
                    inText: run.text, run: index, origin: origin, sourceStart: runStart,
                    utf8Offset: resumes ? start.utf8Offset : 0, scalarOffset: resumes ? start.scalarOffset : 0,
                    spans: spans, body
                )
                guard going else { return }
            }
        }
    }

    /// The glyphs of one run's text from a place in it; false once `body` says stop. ASCII
    /// is read byte by byte (a character of one byte is one cluster unless it is a CR, which
    /// joins a following LF, or the next byte starts a scalar that may join it, such as a
    /// combining mark); everything else cluster by cluster, as `String` splits it.
    private static func forEachGlyph(
        inText text: String, run: Int, origin: Glyph.Origin, sourceStart: Int?, utf8Offset: Int, scalarOffset: Int,
        spans: Bool, _ body: (Glyph) -> Bool
    ) -> Bool {
        let breaksAfter = asciiBreaksAfter
        var bytesOfText = text
        return bytesOfText.withUTF8 { bytes in
            let count = bytes.count
            /// Whether the byte at `index` is a character of its own.
            func isASCIICharacter(_ index: Int) -> Bool {
                let byte = bytes[index]
                return byte < 0x80 && byte != 0x0D && (index + 1 == count || bytes[index + 1] < 0x80)
            }
            var offset = utf8Offset
            var scalar = scalarOffset
            while offset < count {
                let glyph: Glyph
                if isASCIICharacter(offset) {
                    let byte = bytes[offset]
                    let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A
                    var end = offset + 1
                    if spans && !isSpace && !breaksAfter[Int(byte)] {
                        while end < count && end - offset < longestSpan && isASCIICharacter(end) {
                            let next = bytes[end]
                            if next == 0x20 || next == 0x09 || next == 0x0A { break }
                            end += 1
                            if breaksAfter[Int(next)] { break }
                        }
                    }
                    let characters = end - offset
                    // Every one-byte character is one column: printable ASCII as itself, a
                    // control as U+FFFD (``PrintableText``).
                    glyph = Glyph(
                        width: characters, origin: origin, run: run, utf8Offset: offset, utf8Count: characters,
                        scalarOffset: scalar, source: sourceStart.map { ($0 + scalar)..<($0 + scalar + characters) },
                        characters: characters, isSpace: isSpace, breakBefore: false,
                        breakAfter: breaksAfter[Int(bytes[end - 1])], isAtom: false
                    )
                    offset = end
                    scalar += characters
                } else {
                    let character = text[text.utf8.index(text.utf8.startIndex, offsetBy: offset)]
                    let scalars = character.unicodeScalars.count
                    let traits = Traits(of: character)
                    let utf8Count = character.utf8.count
                    glyph = Glyph(
                        width: traits.width, origin: origin, run: run, utf8Offset: offset, utf8Count: utf8Count,
                        scalarOffset: scalar, source: sourceStart.map { ($0 + scalar)..<($0 + scalar + scalars) },
                        characters: 1, isSpace: traits.isSpace, breakBefore: traits.breakBefore,
                        breakAfter: traits.breakAfter, isAtom: false
                    )
                    offset += utf8Count
                    scalar += scalars
                }
                guard body(glyph) else { return false }
            }
            return true
        }
    }

    /// How a character wraps: whether it is a space, its width, and whether a line may
    /// break before or after it.
    struct Traits {
        var isSpace: Bool
        var width: Int
        var breakBefore: Bool
        var breakAfter: Bool

        init(of character: Character) {
            let utf8 = character.utf8
            if utf8.count == 1, let byte = utf8.first {
                // One byte of ASCII, told by its byte: comparing and hashing characters
                // costs more than the rest of the wrapping.
                isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A
                width = isSpace ? 1 : (PrintableText.cell(for: character)?.width ?? 0)
                breakBefore = false
                breakAfter = LineWrapper.asciiBreaksAfter[Int(byte)]
                return
            }
            isSpace = character == "\u{3000}"
            width = isSpace ? 2 : (PrintableText.cell(for: character)?.width ?? 0)
            let wide = width == 2 && !isSpace
            breakBefore = wide && !noBreakBefore.contains(character)
            breakAfter = wide || breaksAfter.contains(character)
        }
    }

    /// Characters after which a line may break inside a word.
    static let breaksAfter: Set<Character> = ["-", "\u{2010}", "\u{2013}", "\u{2014}", "/"]
    /// ``breaksAfter`` for each ASCII byte.
    static let asciiBreaksAfter: [Bool] = (0..<128).map { breaksAfter.contains(Character(Unicode.Scalar(UInt8($0)))) }
    /// Wide characters a line must not start with (closing punctuation).
    static let noBreakBefore: Set<Character> = ["、", "。", "，", "．", "）", "」", "』", "】", "〕", "〉", "》", "！", "？", "：", "；"]

    // MARK: Filling lines

    struct Builder {
        let width: Int
        let firstPrefix: [Glyph]
        let restPrefix: [Glyph]
        /// Whether lines keep their glyphs (to be made) or only where they start and what
        /// they cover (to be counted).
        let keepsGlyphs: Bool
        /// Lines filled and not yet handed on.
        var finished: [FilledLine] = []
        var startedLines = 0
        var line = FilledLine(glyphs: [], start: nil, source: nil)
        var column = 0
        var hasContent = false
        /// Spaces after the last word, shown only if the next word fits after them;
        /// kept only while they could fit (a run of spaces wider than the line never will).
        var pendingSpaces: [Glyph] = []
        var pendingSpaceWidth = 0
        var pendingSpaceSource: Range<Int>?
        var droppedSource: Range<Int>?

        /// `startsWithFirstLine`: the first line takes the first prefix (false when filling
        /// resumes at a later line).
        init(width: Int, firstPrefix: [Glyph], restPrefix: [Glyph], startsWithFirstLine: Bool, keepsGlyphs: Bool) {
            self.width = width
            self.firstPrefix = firstPrefix
            self.restPrefix = restPrefix
            self.keepsGlyphs = keepsGlyphs
            startedLines = startsWithFirstLine ? 0 : 1
            startLine()
        }

        mutating func startLine() {
            let prefix = startedLines == 0 ? firstPrefix : restPrefix
            startedLines += 1
            // A prefix wider than the line leaves at least one column for text.
            line = FilledLine(glyphs: [], start: nil, source: nil)
            column = 0
            for glyph in prefix where column + glyph.width < width {
                record(glyph)
                column += glyph.width
            }
            hasContent = false
            clearPendingSpaces()
            droppedSource = nil
        }

        /// Puts `glyph` on the line (its column is counted by the caller).
        mutating func record(_ glyph: Glyph) {
            if keepsGlyphs { line.glyphs.append(glyph) }
            if line.start == nil && !glyph.isPrefix { line.start = glyph.start }
            if let source = glyph.source { line.source = union(line.source, source) }
        }

        mutating func clearPendingSpaces() {
            if !pendingSpaces.isEmpty { pendingSpaces.removeAll(keepingCapacity: true) }
            pendingSpaceWidth = 0
            pendingSpaceSource = nil
        }

        mutating func finishLine() {
            droppedSource = union(droppedSource, pendingSpaceSource)
            line.source = union(line.source, droppedSource)
            finished.append(line)
        }

        mutating func breakLine() {
            finishLine()
            startLine()
        }

        /// Hands the finished lines to `body` in order; false once `body` says stop.
        mutating func handOnFinishedLines(to body: (FilledLine) -> Bool) -> Bool {
            guard !finished.isEmpty else { return true }
            defer { finished.removeAll(keepingCapacity: true) }
            for line in finished where !body(line) { return false }
            return true
        }

        mutating func addSpace(_ space: Glyph) {
            guard hasContent else {
                // Spaces at the start of a line are not shown.
                droppedSource = union(droppedSource, space.source)
                return
            }
            pendingSpaceWidth += space.width
            pendingSpaceSource = union(pendingSpaceSource, space.source)
            // A counted line needs their range alone (``pendingSpaceSource``).
            if keepsGlyphs && pendingSpaceWidth <= width { pendingSpaces.append(space) }
        }

        mutating func add(_ word: Word) {
            guard let first = word.first else { return }
            if !word.continues {
                if hasContent && column + pendingSpaceWidth + word.width > width {
                    breakLine()
                }
                if hasContent {
                    // All of them fit (else the line broke): each is on the line.
                    if keepsGlyphs {
                        for space in pendingSpaces { record(space) }
                    } else {
                        line.source = union(line.source, pendingSpaceSource)
                    }
                    column += pendingSpaceWidth
                    clearPendingSpaces()
                }
            }
            place(first)
            for glyph in word.others { place(glyph) }
        }

        /// Puts a glyph of a word on the line, or on the next when it does not fit; a span
        /// goes on character by character: as many as fit, the rest on the lines after.
        mutating func place(_ glyph: Glyph) {
            var glyph = glyph
            while glyph.characters > 1 && column + glyph.width > width {
                if column + 1 > width && hasContent {
                    breakLine()
                    continue
                }
                let (head, tail) = glyph.split(after: width - column)
                record(head)
                column += head.width
                hasContent = true
                glyph = tail
            }
            if column + glyph.width > width && hasContent {
                breakLine()
            }
            record(glyph)
            column += glyph.width
            hasContent = true
        }

        func union(_ range: Range<Int>?, _ other: Range<Int>?) -> Range<Int>? {
            guard let other else { return range }
            guard let range else { return other }
            return min(range.lowerBound, other.lowerBound)..<max(range.upperBound, other.upperBound)
        }
    }

    // MARK: Lines

    /// A filled line: its glyphs, prefix included (none when it was only counted), where its
    /// text starts (its first glyph that is not prefix) and the plain-text range it covers
    /// (its glyphs' and the spaces it dropped).
    struct FilledLine {
        var glyphs: [Glyph]
        var start: LineStart?
        var source: Range<Int>?

        /// The line as segments of one style each; `runs` and `prefixes` are the runs its
        /// glyphs come from.
        func wrapped<Runs: RandomAccessCollection<StyledRun>>(_ runs: Runs, prefixes: Prefixes) -> WrappedLine where Runs.Index == Int {
            var segments: [LineSegment] = []
            var column = 0
            var previous: Glyph?
            // The text of the run the last segment shows.
            var runText = ""
            for glyph in glyphs {
                let continuesSegment = previous.map { $0.run == glyph.run && $0.isPrefix == glyph.isPrefix && !$0.isAtom } ?? false
                if continuesSegment && !glyph.isAtom, var last = segments.popLast() {
                    glyph.appendText(from: runText, to: &last.text)
                    last.width += glyph.width
                    if let source = glyph.source {
                        last.source = last.source.map { $0.lowerBound..<source.upperBound } ?? source
                    }
                    segments.append(last)
                } else {
                    let run = switch glyph.origin {
                    case .text: runs[glyph.run]
                    case .firstPrefix: prefixes.first[glyph.run]
                    case .restPrefix: prefixes.rest[glyph.run]
                    }
                    runText = run.text
                    var text = ""
                    glyph.appendText(from: runText, to: &text)
                    segments.append(LineSegment(
                        text: text, style: run.style, column: column, width: glyph.width,
                        source: glyph.source, attachment: run.attachment
                    ))
                }
                previous = glyph
                column += glyph.width
            }
            return WrappedLine(segments: segments, source: source)
        }
    }
}

/// Where a wrapped line begins in the runs it was wrapped from: the run and the place in
/// its text of the line's first glyph. What ``LineWrapper`` needs to make that line again
/// without the lines before it; a few numbers, where the line itself is a few hundred bytes.
struct LineStart: Hashable, Sendable {
    var run: Int
    /// In UTF-8 bytes from the start of the run's text (found at once in a native string).
    var utf8Offset: Int
    /// In Unicode scalars from the start of the run's text (the line's source offset).
    var scalarOffset: Int

    /// The beginning of the text: where the first line starts.
    static let textStart = LineStart(run: 0, utf8Offset: 0, scalarOffset: 0)
}
