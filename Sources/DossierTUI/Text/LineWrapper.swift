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
        let glyphs = Self.glyphs(of: runs)
        let firstPrefixGlyphs = Self.glyphs(of: firstPrefix, isPrefix: true)
        let restPrefixGlyphs: [Glyph]
        if let restPrefix {
            restPrefixGlyphs = Self.glyphs(of: restPrefix, isPrefix: true)
        } else {
            let indent = firstPrefixGlyphs.reduce(0) { $0 + $1.width }
            restPrefixGlyphs = indent > 0 ? Self.glyphs(of: [StyledRun(String(repeating: " ", count: indent))], isPrefix: true) : []
        }
        if glyphs.isEmpty {
            return firstPrefixGlyphs.isEmpty ? [] : [Self.line(from: firstPrefixGlyphs, extraSource: nil)]
        }

        var builder = Builder(width: max(1, width), firstPrefix: firstPrefixGlyphs, restPrefix: restPrefixGlyphs)
        for token in Self.tokens(of: glyphs) {
            builder.add(token)
        }
        builder.finishLine()
        return builder.lines.map { Self.line(from: $0.glyphs, extraSource: $0.droppedSource) }
    }

    // MARK: Glyphs and tokens

    /// One cluster (or one atom run) with its width, run and source.
    struct Glyph {
        var text: String
        var width: Int
        /// Index into the runs, or -1 for prefix decoration (runs of the prefix use
        /// negative indices: -1 - index).
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

    /// A word (glyphs that stay together unless the word is longer than a line) or a
    /// run of spaces.
    struct Token {
        var glyphs: [Glyph]
        var isSpace: Bool
        var width: Int { glyphs.reduce(0) { $0 + $1.width } }
    }

    static func glyphs(of runs: [StyledRun], isPrefix: Bool = false) -> [Glyph] {
        var result: [Glyph] = []
        for (index, run) in runs.enumerated() {
            switch run.source {
            case .atom(let range):
                result.append(Glyph(
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
                    result.append(Glyph(
                        text: isSpace && character != "\u{3000}" ? " " : String(character),
                        width: width, run: index, source: source, isSpace: isSpace,
                        breakBefore: wide && !noBreakBefore.contains(character),
                        breakAfter: wide || breaksAfter.contains(character),
                        isPrefix: isPrefix, isAtom: false, style: run.style, attachment: run.attachment
                    ))
                }
            }
        }
        return result
    }

    /// Characters after which a line may break inside a word.
    static let breaksAfter: Set<Character> = ["-", "\u{2010}", "\u{2013}", "\u{2014}", "/"]
    /// Wide characters a line must not start with (closing punctuation).
    static let noBreakBefore: Set<Character> = ["、", "。", "，", "．", "）", "」", "』", "】", "〕", "〉", "》", "！", "？", "：", "；"]

    static func tokens(of glyphs: [Glyph]) -> [Token] {
        var tokens: [Token] = []
        var current = Token(glyphs: [], isSpace: false)
        func flush() {
            if !current.glyphs.isEmpty { tokens.append(current) }
            current = Token(glyphs: [], isSpace: false)
        }
        for glyph in glyphs {
            if glyph.isSpace != current.isSpace || (glyph.breakBefore && !current.isSpace) {
                flush()
                current.isSpace = glyph.isSpace
            }
            current.glyphs.append(glyph)
            if glyph.breakAfter && !glyph.isSpace {
                flush()
            }
        }
        flush()
        return tokens
    }

    // MARK: Filling lines

    struct PendingLine {
        var glyphs: [Glyph]
        var droppedSource: Range<Int>?
    }

    struct Builder {
        let width: Int
        let firstPrefix: [Glyph]
        let restPrefix: [Glyph]
        var lines: [PendingLine] = []
        var glyphs: [Glyph] = []
        var column = 0
        var hasContent = false
        var pendingSpaces: [Glyph] = []
        var droppedSource: Range<Int>?

        init(width: Int, firstPrefix: [Glyph], restPrefix: [Glyph]) {
            self.width = width
            self.firstPrefix = firstPrefix
            self.restPrefix = restPrefix
            startLine()
        }

        mutating func startLine() {
            let prefix = lines.isEmpty ? firstPrefix : restPrefix
            // A prefix wider than the line leaves at least one column for text.
            glyphs = []
            column = 0
            for glyph in prefix where column + glyph.width < width {
                glyphs.append(glyph)
                column += glyph.width
            }
            hasContent = false
            pendingSpaces = []
            droppedSource = nil
        }

        mutating func finishLine() {
            for space in pendingSpaces { droppedSource = union(droppedSource, space.source) }
            lines.append(PendingLine(glyphs: glyphs, droppedSource: droppedSource))
        }

        mutating func breakLine() {
            finishLine()
            startLine()
        }

        mutating func add(_ token: Token) {
            if token.isSpace {
                if hasContent {
                    pendingSpaces.append(contentsOf: token.glyphs)
                } else {
                    // Spaces at the start of a line are not shown.
                    for space in token.glyphs { droppedSource = union(droppedSource, space.source) }
                }
                return
            }
            let spaceWidth = pendingSpaces.reduce(0) { $0 + $1.width }
            if hasContent && column + spaceWidth + token.width > width {
                breakLine()
            }
            if hasContent {
                glyphs.append(contentsOf: pendingSpaces)
                column += spaceWidth
                pendingSpaces = []
            }
            for glyph in token.glyphs {
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
