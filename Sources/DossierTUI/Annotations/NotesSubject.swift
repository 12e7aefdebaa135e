/// What a popup lists the notes of, read from the database when it opens (the reader
/// holds only the article shown's notes): an event card and the related list list the
/// notes linking to the event or written on one of its tellings; an entity page, those
/// linking to the entity by its id, name or an alias.
enum NotesSubject: Hashable, Sendable {
    case event(String)
    case entity(String)
}
