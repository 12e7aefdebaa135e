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
public struct LineWrapper: Sendable {
    /// The display width of a line, prefixes included.
    public var width: Int
    /// Decoration before the first line.
    public var firstPrefix: [StyledRun]
    /// Decoration before the other lines; `nil`: spaces as wide as ``firstPrefix``.
    public var restPrefix: [StyledRun]?

    public init(width: Int, firstPrefix: [StyledRun] = [], restPrefix: [StyledRun]? = nil) {
        self.width = width
        self.firstPrefix = firstPrefix
        self.restPrefix = restPrefix
    }

    /// The lines for `runs`. Empty text gives one line holding the first prefix (or
    /// no line at all without one).
    public func wrap(_ runs: [StyledRun]) -> [WrappedLine] {
        var lines: [WrappedLine] = []
        wrap(runs) { lines.append($0) }
        return lines
    }

    /// The lines for `runs`, handed to `emit` in order as each is filled. Only the line
    /// being filled and the word being read are held, never a record per character of
    /// the whole text: a paragraph of megabytes (one enormous line in a collection) costs
    /// the lines it makes and no more.
    func wrap(_ runs: [StyledRun], emit: (WrappedLine) -> Void) {
        let firstPrefixGlyphs = Self.glyphs(of: firstPrefix, isPrefix: true)
        let restPrefixGlyphs: [Glyph]
        if let restPrefix {
            restPrefixGlyphs = Self.glyphs(of: restPrefix, isPrefix: true)
        } else {
            let indent = firstPrefixGlyphs.reduce(0) { $0 + $1.width }
            restPrefixGlyphs = indent > 0 ? Self.glyphs(of: [StyledRun(String(repeating: " ", count: indent))], isPrefix: true) : []
        }
        var builder = Builder(width: max(1, width), firstPrefix: firstPrefixGlyphs, restPrefix: restPrefixGlyphs)
        var word = Word()
        var hasText = false
        Self.forEachGlyph(of: runs) { glyph in
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
            builder.emitFinishedLines(to: emit)
        }
        guard hasText else {
            if !firstPrefixGlyphs.isEmpty { emit(Self.line(from: firstPrefixGlyphs, extraSource: nil)) }
            return
        }
        builder.add(word)
        builder.finishLine()
        builder.emitFinishedLines(to: emit)
    }

    // MARK: Glyphs and words

    /// One cluster (or one atom run) with its width, run and source.
    struct Glyph {
        var text: String
        var width: Int
        /// Index into the runs it comes from (of the text or of a prefix).
        var run: Int
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
        forEachGlyph(of: runs, isPrefix: isPrefix) { result.append($0) }
        return result
    }

    /// The glyphs of `runs` in order, one at a time.
    static func forEachGlyph(of runs: [StyledRun], isPrefix: Bool = false, _ body: (Glyph) -> Void) {
        for (index, run) in runs.enumerated() {
            switch run.source {
            case .atom(let range):
                body(Glyph(
                    text: run.text, width: DisplayWidth.of(run.text), run: index, source: isPrefix ? nil : range,
                    isSpace: false, breakBefore: false, breakAfter: false, isPrefix: isPrefix,
                    isAtom: true, style: run.style, attachment: run.attachment
                ))
            case .none, .text:
                var offset: Int?
                if case .text(let start) = run.source, !isPrefix { offset = start }
                for character in run.text {
                    let scalars = character.unicodeScalars.count
                    let source = offset.map { $0..<($0 + scalars) }
                    offset = offset.map { $0 + scalars }
                    let isSpace = character == " " || character == "\t" || character == "\n" || character == "\u{3000}"
                    let width = isSpace ? (character == "\u{3000}" ? 2 : 1) : (PrintableText.cell(for: character)?.width ?? 0)
                    let wide = width == 2 && !isSpace
                    body(Glyph(
                        text: isSpace && character != "\u{3000}" ? " " : String(character),
                        width: width, run: index, source: source, isSpace: isSpace,
                        breakBefore: wide && !noBreakBefore.contains(character),
                        breakAfter: wide || breaksAfter.contains(character),
                        isPrefix: isPrefix, isAtom: false, style: run.style, attachment: run.attachment
                    ))
                }
            }
        }
    }

    /// Characters after which a line may break inside a word.
    static let breaksAfter: Set<Character> = ["-", "\u{2010}", "\u{2013}", "\u{2014}", "/"]
    /// Wide characters a line must not start with (closing punctuation).
    static let noBreakBefore: Set<Character> = ["、", "。", "，", "．", "）", "」", "』", "】", "〕", "〉", "》", "！", "？", "：", "；"]

    // MARK: Filling lines

    struct Builder {
        let width: Int
        let firstPrefix: [Glyph]
        let restPrefix: [Glyph]
        /// Lines filled and not yet handed on.
        var finished: [WrappedLine] = []
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

        init(width: Int, firstPrefix: [Glyph], restPrefix: [Glyph]) {
            self.width = width
            self.firstPrefix = firstPrefix
            self.restPrefix = restPrefix
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
            finished.append(LineWrapper.line(from: glyphs, extraSource: droppedSource))
        }

        mutating func breakLine() {
            finishLine()
            startLine()
        }

        mutating func emitFinishedLines(to emit: (WrappedLine) -> Void) {
            guard !finished.isEmpty else { return }
            finished.forEach(emit)
            finished.removeAll(keepingCapacity: true)
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

    // MARK: Segments

    static func line(from glyphs: [Glyph], extraSource: Range<Int>?) -> WrappedLine {
        var segments: [LineSegment] = []
        var column = 0
        var lineSource = extraSource
        var previous: Glyph?
        for glyph in glyphs {
            if let source = glyph.source {
                lineSource = lineSource.map { min($0.lowerBound, source.lowerBound)..<max($0.upperBound, source.upperBound) } ?? source
            }
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
        return WrappedLine(segments: segments, source: lineSource)
    }
}
