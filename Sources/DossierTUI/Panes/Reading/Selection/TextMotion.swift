/// A way to move the cursor or extend a selection over an article's plain text; the
/// reader maps commands of the key table (`w`, `b`, `e`, `(`, `)`, `{`, `}`, arrows)
/// to these.
enum TextMotion: Hashable, Sendable, CaseIterable {
    /// `→`, `l`: the next character (grapheme cluster).
    case characterForward
    /// `←`: the previous character.
    case characterBackward
    /// `w`: the start of the next word.
    case wordForward
    /// `b`: the start of this word, or of the previous one.
    case wordBackward
    /// `e`: the end of this word, or of the next one.
    case wordEnd
    /// `)`: the next sentence.
    case sentenceForward
    /// `(`: the start of this sentence, or of the previous one.
    case sentenceBackward
    /// `}`: the next paragraph (block: paragraph, heading, list item, quote).
    case paragraphForward
    /// `{`: the start of this paragraph, or of the previous one.
    case paragraphBackward
}
