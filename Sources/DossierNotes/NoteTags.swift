/// `#tags` written in note bodies: `#word` becomes a tag of the note.
///
/// A tag starts after the start of a line, a space or an opening bracket, with `#` and
/// a letter, and goes on over letters, digits, `-`, `_` and `/` (`#cold-war`,
/// `#pakistan/us`); trailing `-`, `_` or `/` are not part of it. So a Markdown heading
/// (`# Title`), an issue number (`#14`), a section link (`[[section:hanif#introduction]]`)
/// or a URL fragment (`…/page#part`) is not a tag.
///
/// The store keeps tags in sync with bodies (``synced(_:oldBody:newBody:)``): a tag
/// written in the body is a tag while it is written there; tags set otherwise (`--tag`,
/// the reader's tag prompt, an import) stay when the body changes.
///
/// ```swift
/// NoteTags.inBody("Signed at #Tashkent, see #cold-war.")   // ["Tashkent", "cold-war"]
/// ```
enum NoteTags {
    /// The tags written in `body`, normalised (see ``Annotation/normalizedTags(_:)``).
    static func inBody(_ body: String) -> [String] {
        var tags: [String] = []
        var previous: Character?
        var index = body.startIndex
        while index < body.endIndex {
            let character = body[index]
            if character == "#", previous.map(canPrecedeTag) ?? true {
                let start = body.index(after: index)
                var end = start
                while end < body.endIndex, isTagCharacter(body[end]) { end = body.index(after: end) }
                var word = body[start..<end]
                while let last = word.last, "-_/".contains(last) { word = word.dropLast() }
                if let first = word.first, first.isLetter {
                    tags.append(String(word))
                    previous = body[body.index(before: end)]
                    index = end
                    continue
                }
            }
            previous = character
            index = body.index(after: index)
        }
        return Annotation.normalizedTags(tags)
    }

    /// The tags of a note whose body changes from `oldBody` to `newBody`: those of
    /// `tags` not written in the old body, plus those written in the new one.
    static func synced(_ tags: [String], oldBody: String, newBody: String) -> [String] {
        let old = Set(inBody(oldBody))
        return Annotation.normalizedTags(tags.filter { !old.contains($0) } + inBody(newBody))
    }

    private static func canPrecedeTag(_ character: Character) -> Bool {
        character.isWhitespace || "([{\"'“‘".contains(character)
    }

    private static func isTagCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "-_/".contains(character)
    }
}
