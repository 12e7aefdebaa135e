import DossierCore
import DossierNotes

/// `y`: copies the selected passage — or, without a selection, the sentence at the
/// cursor — quoted and cited the way the research brief cites (author, title, venue,
/// year, § section), ready to paste into a draft. The copy goes to the terminal's
/// clipboard (OSC 52) and to `clipboard.txt` in the state directory
/// (``Effect/copyToClipboard(_:)``).
enum YankReducer {
    static func yank(state: inout AppState, effects: inout [Effect]) {
        guard let passage = passage(&state) else {
            state.message = "Nothing to copy here: select a passage (v) or put the cursor on a sentence"
            return
        }
        guard let text = quotation(of: passage, state: state) else { return }
        effects.append(.copyToClipboard(text))
        if state.reading.mode.selection != nil { SelectionReducer.cancel(state: &state) }
        let quote = TextFit.truncated(state.library.selectableTexts[state.reading.articleID]?.text(in: passage) ?? "", width: 40)
        state.message = "Copied “\(quote)” with its citation (terminal clipboard and clipboard.txt)"
    }

    /// The selection snapped to words, else the sentence at the character cursor or at
    /// the start of the cursor line.
    static func passage(_ state: inout AppState) -> TextRange? {
        if let selected = NoteActionsReducer.selectedPassage(&state) { return selected.range }
        guard let text = state.library.selectableText(state.reading.articleID), let layout = state.laidOutArticle else { return nil }
        guard let offset = state.reading.mode.textCursor?.offset ?? layout.anchorOffset(atLine: state.reading.cursorLine) else { return nil }
        return text.range(of: .sentence, containing: offset)
    }

    /// The passage in quotation marks, then its citation on the next line:
    ///
    ///     “The Tashkent Declaration was signed …”
    ///     — Nazir Hussain, “Pak-Russia Relations: …”, *Journal of Political Studies*, 2012, § Historical Recount
    static func quotation(of range: TextRange, state: AppState) -> String? {
        guard let article = state.article, let document = state.document,
              let text = state.library.selectableTexts[state.reading.articleID] else { return nil }
        let quote = text.text(in: range).split(whereSeparator: \.isNewline).joined(separator: " ")
        let section = document.sections.isEmpty ? nil : document.sections[document.sectionIndex(containing: range.start)].title
        let citation = Citation(article.metadata, section: section?.isEmpty == false ? section : nil)
        return "“\(quote)”\n— \(citation.inline)\n"
    }
}
