import DossierCore

/// The text of a multi-line editor and its cursor: lines of text, the cursor at a
/// grapheme-cluster boundary of one line, and the edits a text field needs.
///
/// Editing works on grapheme clusters: backspace removes a whole emoji sequence,
/// flag or accented letter, and a combining mark typed after a letter joins it
/// (`e` then U+0301 gives one `é`).
///
/// ```swift
/// var text = EditorText("Tashkent")
/// text.insert(" 1966")
/// text.insertNewline()
/// text.text   // "Tashkent 1966\n"
/// ```
struct EditorText: Hashable, Sendable {
    /// The lines, without their line breaks (at least one, maybe empty).
    private(set) var lines: [String]
    /// The cursor.
    private(set) var cursor: EditorPosition

    /// The text `text` (CRLF and CR read as line breaks) with the cursor at its end.
    init(_ text: String = "") {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.isEmpty { lines = [""] }
        cursor = EditorPosition(line: lines.count - 1, offset: lines[lines.count - 1].unicodeScalars.count)
    }

    /// The whole text, lines joined with `\n`.
    var text: String { lines.joined(separator: "\n") }

    /// Whether there is no text at all.
    var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

    /// The cursor's line.
    var currentLine: String { lines[cursor.line] }

    // MARK: Editing

    /// Inserts `string` at the cursor (line breaks in it split the line) and puts the
    /// cursor after it. Control characters other than line breaks and tabs are dropped;
    /// a tab becomes four spaces.
    mutating func insert(_ string: String) {
        let cleaned = Self.sanitized(string)
        guard !cleaned.isEmpty else { return }
        let pieces = cleaned.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = lines[cursor.line]
        let before = Self.prefix(of: line, scalars: cursor.offset)
        let after = Self.suffix(of: line, scalars: cursor.offset)
        if pieces.count == 1 {
            let joined = before + pieces[0]
            lines[cursor.line] = joined + after
            cursor.offset = Self.boundary(atOrAfter: joined.unicodeScalars.count, in: lines[cursor.line])
            return
        }
        var newLines = [before + pieces[0]]
        newLines += pieces.dropFirst().dropLast()
        let last = pieces[pieces.count - 1]
        newLines.append(last + after)
        lines.replaceSubrange(cursor.line...cursor.line, with: newLines)
        cursor.line += newLines.count - 1
        cursor.offset = Self.boundary(atOrAfter: last.unicodeScalars.count, in: lines[cursor.line])
    }

    /// Replaces the scalars of the cursor's line from `offset` up to the cursor with
    /// `string`, the cursor after it.
    mutating func replaceBeforeCursor(fromOffset offset: Int, with string: String) {
        let start = max(0, min(offset, cursor.offset))
        removeScalars(start..<cursor.offset)
        cursor.offset = start
        insert(string)
    }

    /// Splits the line at the cursor.
    mutating func insertNewline() { insert("\n") }

    /// Deletes the cluster before the cursor, or joins the line to the one above.
    mutating func deleteBackward() {
        if cursor.offset == 0 {
            guard cursor.line > 0 else { return }
            let line = lines.remove(at: cursor.line)
            cursor.line -= 1
            cursor.offset = lines[cursor.line].unicodeScalars.count
            lines[cursor.line] += line
            cursor.offset = Self.boundary(atOrAfter: cursor.offset, in: lines[cursor.line])
            return
        }
        let start = Self.previousBoundary(before: cursor.offset, in: currentLine)
        removeScalars(start..<cursor.offset)
        cursor.offset = start
    }

    /// Deletes the cluster after the cursor, or joins the next line to this one.
    mutating func deleteForward() {
        let length = currentLine.unicodeScalars.count
        if cursor.offset >= length {
            guard cursor.line + 1 < lines.count else { return }
            let next = lines.remove(at: cursor.line + 1)
            lines[cursor.line] += next
            return
        }
        removeScalars(cursor.offset..<Self.nextBoundary(after: cursor.offset, in: currentLine))
    }

    /// Deletes from the cursor to the end of its line (Ctrl-K).
    mutating func deleteToLineEnd() {
        let length = currentLine.unicodeScalars.count
        if cursor.offset >= length { deleteForward() } else { removeScalars(cursor.offset..<length) }
    }

    /// Deletes from the start of the line to the cursor (Ctrl-U).
    mutating func deleteToLineStart() {
        guard cursor.offset > 0 else { return }
        removeScalars(0..<cursor.offset)
        cursor.offset = 0
    }

    /// Deletes the word before the cursor and the spaces after it (Ctrl-W).
    mutating func deleteWordBackward() {
        guard cursor.offset > 0 else {
            deleteBackward()
            return
        }
        let characters = Array(Self.prefix(of: currentLine, scalars: cursor.offset))
        var index = characters.count
        while index > 0 && characters[index - 1].isWhitespace { index -= 1 }
        while index > 0 && !characters[index - 1].isWhitespace { index -= 1 }
        let start = characters[..<index].reduce(0) { $0 + $1.unicodeScalars.count }
        removeScalars(start..<cursor.offset)
        cursor.offset = start
    }

    // MARK: Moving

    /// Moves one cluster left, to the end of the line above from a line's start.
    mutating func moveLeft() {
        if cursor.offset > 0 {
            cursor.offset = Self.previousBoundary(before: cursor.offset, in: currentLine)
        } else if cursor.line > 0 {
            cursor.line -= 1
            cursor.offset = currentLine.unicodeScalars.count
        }
    }

    /// Moves one cluster right, to the start of the line below from a line's end.
    mutating func moveRight() {
        if cursor.offset < currentLine.unicodeScalars.count {
            cursor.offset = Self.nextBoundary(after: cursor.offset, in: currentLine)
        } else if cursor.line + 1 < lines.count {
            cursor.line += 1
            cursor.offset = 0
        }
    }

    /// Moves to the start of the line.
    mutating func moveToLineStart() { cursor.offset = 0 }

    /// Moves to the end of the line.
    mutating func moveToLineEnd() { cursor.offset = currentLine.unicodeScalars.count }

    /// Puts the cursor at `position`, clamped to the text and snapped to a cluster boundary.
    mutating func move(to position: EditorPosition) {
        let line = max(0, min(position.line, lines.count - 1))
        let length = lines[line].unicodeScalars.count
        cursor = EditorPosition(line: line, offset: Self.boundary(atOrAfter: max(0, min(position.offset, length)), in: lines[line]))
    }

    /// The cursor as a scalar offset into ``text`` (for links under the cursor).
    var cursorOffsetInText: Int {
        lines[..<cursor.line].reduce(0) { $0 + $1.unicodeScalars.count + 1 } + cursor.offset
    }

    // MARK: Helpers

    private mutating func removeScalars(_ range: Range<Int>) {
        var scalars = Array(currentLine.unicodeScalars)
        scalars.removeSubrange(range)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        lines[cursor.line] = String(view)
    }

    static func sanitized(_ string: String) -> String {
        var result = ""
        for character in string.replacingOccurrences(of: "\r\n", with: "\n") {
            if character == "\n" || character == "\r" {
                result.append("\n")
            } else if character == "\t" {
                result += "    "
            } else if character.unicodeScalars.allSatisfy(isTypable) {
                result.append(character)
            }
        }
        return result
    }

    /// Scalars a note may hold: what ``TerminalSafeText`` keeps.
    static func isTypable(_ scalar: Unicode.Scalar) -> Bool {
        TerminalSafeText.treatment(of: scalar) == .keep
    }

    static func prefix(of line: String, scalars count: Int) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.prefix(count)))
    }

    static func suffix(of line: String, scalars count: Int) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(count)))
    }

    /// The scalar offsets at which the clusters of `line` start, and its length.
    static func boundaries(in line: String) -> [Int] {
        var result = [0]
        var offset = 0
        for character in line {
            offset += character.unicodeScalars.count
            result.append(offset)
        }
        return result
    }

    static func boundary(atOrAfter offset: Int, in line: String) -> Int {
        boundaries(in: line).first { $0 >= offset } ?? line.unicodeScalars.count
    }

    static func previousBoundary(before offset: Int, in line: String) -> Int {
        boundaries(in: line).last { $0 < offset } ?? 0
    }

    static func nextBoundary(after offset: Int, in line: String) -> Int {
        boundaries(in: line).first { $0 > offset } ?? line.unicodeScalars.count
    }
}
