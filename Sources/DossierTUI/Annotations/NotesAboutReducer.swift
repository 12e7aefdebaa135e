import DossierNotes

/// The notes a popup lists from across the collection — an event card's, the related
/// list's, an entity page's — are read from the database when the popup shows their
/// subject, once per change of the notes, and kept in ``AnnotationsState/about``.
enum NotesAboutReducer {
    /// Asks for the notes the popup on screen lists, unless they were asked already since
    /// the notes last changed.
    static func request(state: inout AppState, effects: inout [Effect]) {
        guard state.annotations.isReady, let subject = subject(of: state.overlay),
              state.annotations.about[subject] == nil, !state.annotations.asked.contains(subject) else { return }
        state.annotations.asked.insert(subject)
        effects.append(.loadNotesAbout(subject))
    }

    /// The subject whose notes `overlay` lists, if it lists any.
    static func subject(of overlay: Overlay?) -> NotesSubject? {
        switch overlay {
        case .eventCard(let card)?: return .event(card.eventID)
        case .related(let list)?: return .event(list.eventID)
        case .entityPage(let page)?: return .entity(page.entityID)
        default: return nil
        }
    }

    /// The answer to ``Effect/loadNotesAbout(_:)``, kept unless the notes changed since it was asked.
    static func loaded(_ subject: NotesSubject, notes: [Annotation], state: inout AppState) {
        guard state.annotations.asked.contains(subject) else { return }
        state.annotations.about[subject] = notes
        state.annotations.revision += 1
        if case .related(var list)? = state.overlay, subject == .event(list.eventID) {
            list.notes = notes
            state.overlay = .related(list)
        }
    }
}
