import DossierNotes

extension Theme {
    /// How a passage with an annotation of `kind` is marked in the reading pane,
    /// laid over the text's own style: highlights take the theme's note highlight;
    /// notes add an underline; questions an underline and italics. On a monochrome
    /// theme (whose note highlight is an underline) notes are bold and questions italic.
    public func annotationStyle(for kind: AnnotationKind) -> Style {
        switch kind {
        case .highlight: return noteHighlight
        case .note: return noteHighlight.adding(isMonochrome ? .bold : .underline)
        case .question: return noteHighlight.adding(isMonochrome ? .italic : [.underline, .italic])
        }
    }

    /// The mark of an annotation whose anchor needs the reader's attention (moved,
    /// approximate, not found), in the notes pane.
    public var anchorWarning: Style { conflictMark }
}
