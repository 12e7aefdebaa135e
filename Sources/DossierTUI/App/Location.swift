/// A place in the collection: an article and a plain-text offset in it (Unicode scalars,
/// as everywhere in Dossier). What history remembers and jumps go to; independent of
/// the screen width, so it survives a resize — and kept between runs as a mark.
struct Location: Hashable, Sendable, Codable, CustomStringConvertible {
    var article: String
    /// The offset to show: a jump's target, or the top line's text for a place left.
    var offset: Int
    /// For a place left: the offset of the cursor line, restored on the way back.
    var cursorOffset: Int?

    init(article: String, offset: Int, cursorOffset: Int? = nil) {
        self.article = article
        self.offset = offset
        self.cursorOffset = cursorOffset
    }

    var description: String { "\(article)@\(offset)" }
}
