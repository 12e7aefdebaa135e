import DossierNotes

extension Theme {
    /// How a passage with an annotation of `kind` is marked in the reading pane,
    /// laid over the text's own style. Each kind has its own colour and its own
    /// attributes — highlights plain, notes underlined, questions underlined in italics;
    /// on a monochrome theme underlined, underlined bold, underlined italic — so the
    /// kinds are told apart without colour too.
    func annotationStyle(for kind: AnnotationKind) -> Style {
        switch kind {
        case .highlight: return noteHighlight
        case .note: return notedPassage
        case .question: return questionedPassage
        }
    }

    /// The mark of an annotation whose anchor needs the reader's attention (moved,
    /// approximate, not found), in the notes pane.
    var anchorWarning: Style { conflictMark }
}
