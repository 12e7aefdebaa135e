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
        fill(runs, from: nil) { line in
            emit(line.wrapped)
            return true
        }
    }

    /// Where each line of `runs` starts and the plain-text range it covers, in order,
    /// without making the lines: the same filling as ``wrap(_:)``, so a layout can count
    /// its lines and find their offsets holding a few numbers per line, and make a line
    /// only when it is shown (``line(of:startingAt:)``).
    func forEachLineStart<Runs: RandomAccessCollection<StyledRun>>(of runs: Runs, _ body: (LineStart, Range<Int>?) -> Void) where Runs.Index == Int {
        var isFirst = true
        fill(runs, from: nil) { line in
            body(isFirst ? .textStart : line.start, line.source)
            isFirst = false
            return true
        }
    }

    /// The line of `runs` that starts at `start` (one that ``forEachLineStart(of:_:)``
    /// reported), wrapped from there on as the whole text would be: a line after the
    /// first begins with a word (or the rest of one broken at the line's edge), so the
    /// filling from it on does not depend on what came before. `nil` for no line.
    func line<Runs: RandomAccessCollection<StyledRun>>(of runs: Runs, startingAt start: LineStart) -> WrappedLine? where Runs.Index == Int {
        var result: WrappedLine?
        fill(runs, from: start == .textStart ? nil : start) { line in
            result = line.wrapped
            return false
        }
        return result
    }

    /// Fills lines with the glyphs of `runs` from `start` (`nil`: the beginning, where the
    /// first prefix goes) and hands each to `body` as it is finished, until `body` says stop.
    /// The one filling algorithm: every way of wrapping goes through it.
    private func fill<Runs: RandomAccessCollection<StyledRun>>(_ runs: Runs, from start: LineStart?, _ body: (FilledLine) -> Bool) where Runs.Index == Int {
        let firstPrefixGlyphs = Self.glyphs(of: firstPrefix, isPrefix: true)
        let restPrefixGlyphs: [Glyph]
        if let restPrefix {
            restPrefixGlyphs = Self.glyphs(of: restPrefix, isPrefix: true)
        } else {
            let indent = firstPrefixGlyphs.reduce(0) { $0 + $1.width }
            restPrefixGlyphs = indent > 0 ? Self.glyphs(of: [StyledRun(String(repeating: " ", count: indent))], isPrefix: true) : []
        }
        var builder = Builder(width: max(1, width), firstPrefix: firstPrefixGlyphs, restPrefix: restPrefixGlyphs, startsWithFirstLine: start == nil)
        var word = Word()
        var hasText = false
        var going = true
        Self.forEachGlyph(of: runs, from: start ?? .textStart) { glyph in
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
            if start == nil && !firstPrefixGlyphs.isEmpty { _ = body(FilledLine(glyphs: firstPrefixGlyphs, extraSource: nil)) }
            return
        }
        builder.add(word)
        builder.finishLine()
        _ = builder.handOnFinishedLines(to: body)
    }

    // MARK: Glyphs and words

    /// One cluster (or one atom run) with its width, run and source.
    struct Glyph {
        var text: String
        var width: Int
        /// Index into the runs it comes from (of the text or of a prefix).
        var run: Int
        /// Where it starts in its run's text, in UTF-8 bytes and in scalars (0 for an atom).
        var utf8Offset: Int
        var scalarOffset: Int
        var source: Range<Int>?
        var isSpace: Bool
        var breakBefore: Bool
        var breakAfter: Bool
        var isPrefix: Bool
        var isAtom: Bool
        var style: Style
        var attachment: RunAttachment?
    }

    /// The word being read: glyphs that stay together unless they are wider than a line.
    struct Word {
        var glyphs: [Glyph] = []
        var width = 0
        /// The rest of a word whose start was already placed: it goes on where that start
        /// ended instead of asking for a line of its own.
        var continues = false

        mutating func append(_ glyph: Glyph) {
            glyphs.append(glyph)
            width += glyph.width
        }

        mutating func restart(continuing: Bool = false) {
            glyphs.removeAll(keepingCapacity: true)
            width = 0
            continues = continuing
        }
    }

    static func glyphs(of runs: [StyledRun], isPrefix: Bool) -> [Glyph] {
        var result: [Glyph] = []
        forEachGlyph(of: runs, isPrefix: isPrefix) {
            result.append($0)
            return true
        }
        return result
    }

    /// The glyphs of `runs` in order from `start`, one at a time, until `body` says stop.
    static func forEachGlyph<Runs: RandomAccessCollection<StyledRun>>(
        of runs: Runs, from start: LineStart = .textStart, isPrefix: Bool = false, _ body: (Glyph) -> Bool
    ) where Runs.Index == Int {
        guard start.run < runs.endIndex else { return }
        for index in start.run..<runs.endIndex {
            let run = runs[index]
            switch run.source {
            case .atom(let range):
                let glyph = Glyph(
                    text: run.text, width: DisplayWidth.of(run.text), run: index, utf8Offset: 0, scalarOffset: 0,
                    source: isPrefix ? nil : range, isSpace: false, breakBefore: false, breakAfter: false,
                    isPrefix: isPrefix, isAtom: true, style: run.style, attachment: run.attachment
                )
                guard body(glyph) else { return }
            case .none, .text:
                let resumes = index == start.run
                var utf8Offset = resumes ? start.utf8Offset : 0
                var scalarOffset = resumes ? start.scalarOffset : 0
                var runStart: Int?
                if case .text(let start) = run.source, !isPrefix { runStart = start }
                let text = run.text
                // A UTF-8 offset finds its place in the text at once (a scalar offset would
                // be counted from the start: a row at the end of a megabyte line would
                // cost the whole line).
                let from = text.utf8.index(text.utf8.startIndex, offsetBy: utf8Offset)
                func visit(_ character: Character) -> Bool {
                    let scalars = character.unicodeScalars.count
                    let source = runStart.map { ($0 + scalarOffset)..<($0 + scalarOffset + scalars) }
                    let traits = Traits(of: character)
                    let glyph = Glyph(
                        text: traits.isSpace && traits.width == 1 ? " " : String(character),
                        width: traits.width, run: index, utf8Offset: utf8Offset, scalarOffset: scalarOffset,
                        source: source, isSpace: traits.isSpace, breakBefore: traits.breakBefore, breakAfter: traits.breakAfter,
                        isPrefix: isPrefix, isAtom: false, style: run.style, attachment: run.attachment
                    )
                    utf8Offset += character.utf8.count
                    scalarOffset += scalars
                    return body(glyph)
                }
                // A whole text is read through its own iterator, which finds each character
                // once; a substring's reads each twice.
                if from == text.startIndex {
                    for character in text where !visit(character) { return }
                } else {
                    for character in text[from...] where !visit(character) { return }
                }
            }
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
        /// Lines filled and not yet handed on.
        var finished: [FilledLine] = []
        var startedLines = 0
        var glyphs: [Glyph] = []
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
        init(width: Int, firstPrefix: [Glyph], restPrefix: [Glyph], startsWithFirstLine: Bool) {
            self.width = width
            self.firstPrefix = firstPrefix
            self.restPrefix = restPrefix
            startedLines = startsWithFirstLine ? 0 : 1
            startLine()
        }

        mutating func startLine() {
            let prefix = startedLines == 0 ? firstPrefix : restPrefix
            startedLines += 1
            // A prefix wider than the line leaves at least one column for text.
            glyphs = []
            column = 0
            for glyph in prefix where column + glyph.width < width {
                glyphs.append(glyph)
                column += glyph.width
            }
            hasContent = false
            clearPendingSpaces()
            droppedSource = nil
        }

        mutating func clearPendingSpaces() {
            pendingSpaces.removeAll(keepingCapacity: true)
            pendingSpaceWidth = 0
            pendingSpaceSource = nil
        }

        mutating func finishLine() {
            droppedSource = union(droppedSource, pendingSpaceSource)
            finished.append(FilledLine(glyphs: glyphs, extraSource: droppedSource))
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
            if pendingSpaceWidth <= width { pendingSpaces.append(space) }
        }

        mutating func add(_ word: Word) {
            guard !word.glyphs.isEmpty else { return }
            if !word.continues {
                if hasContent && column + pendingSpaceWidth + word.width > width {
                    breakLine()
                }
                if hasContent {
                    glyphs.append(contentsOf: pendingSpaces)
                    column += pendingSpaceWidth
                    clearPendingSpaces()
                }
            }
            for glyph in word.glyphs {
                if column + glyph.width > width && hasContent {
                    breakLine()
                }
                glyphs.append(glyph)
                column += glyph.width
                hasContent = true
            }
        }

        func union(_ range: Range<Int>?, _ other: Range<Int>?) -> Range<Int>? {
            guard let other else { return range }
            guard let range else { return other }
            return min(range.lowerBound, other.lowerBound)..<max(range.upperBound, other.upperBound)
        }
    }

    // MARK: Lines

    /// A filled line: its glyphs, prefix included, and the range of the spaces it dropped.
    struct FilledLine {
        var glyphs: [Glyph]
        var extraSource: Range<Int>?

        /// Where the line's text starts (its first glyph that is not prefix).
        var start: LineStart {
            guard let first = glyphs.first(where: { !$0.isPrefix }) else { return .textStart }
            return LineStart(run: first.run, utf8Offset: first.utf8Offset, scalarOffset: first.scalarOffset)
        }

        /// The plain-text range the line covers: its glyphs' and the dropped spaces'.
        var source: Range<Int>? {
            var lineSource = extraSource
            for glyph in glyphs {
                guard let source = glyph.source else { continue }
                lineSource = lineSource.map { min($0.lowerBound, source.lowerBound)..<max($0.upperBound, source.upperBound) } ?? source
            }
            return lineSource
        }

        /// The line as segments of one style each.
        var wrapped: WrappedLine {
            var segments: [LineSegment] = []
            var column = 0
            var previous: Glyph?
            for glyph in glyphs {
                let continuesSegment = previous.map { $0.run == glyph.run && $0.isPrefix == glyph.isPrefix && !$0.isAtom } ?? false
                if continuesSegment && !glyph.isAtom, var last = segments.popLast() {
                    last.text += glyph.text
                    last.width += glyph.width
                    if let source = glyph.source {
                        last.source = last.source.map { $0.lowerBound..<source.upperBound } ?? source
                    }
                    segments.append(last)
                } else {
                    segments.append(LineSegment(
                        text: glyph.text, style: glyph.style, column: column, width: glyph.width,
                        source: glyph.source, attachment: glyph.attachment
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
