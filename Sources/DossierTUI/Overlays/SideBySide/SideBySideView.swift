import DossierCore

/// The tellings side by side over the panes: each side in the panes' frame — its title
/// row (article · the date as told · which telling · section, highlighted on the chosen
/// side) over a ``TellingView`` — and the line between them.
struct SideBySideView: Widget {
    var view: SideBySide
    var state: AppState
    var theme: Theme

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard let event = state.library.timeline?.event(withID: view.eventID) else { return }
        let geometry = SideBySideGeometry(screen: state.size)
        buffer.fill(Rect(size: state.size).inset(bottom: 1), style: theme.text)
        Separators(rects: [geometry.separator], theme: theme).render(into: &buffer, area: area)
        for choice in [SideBySide.Choice.first, .second] where event.mentions.indices.contains(view[choice].mention) {
            let side = view[choice]
            PaneFrame(title: event.mentions[side.mention].article, detail: Self.detail(of: side.mention, in: event), focused: view.chosen == choice,
                      theme: theme, body: TellingView(event: event, side: side, library: state.library, theme: theme))
                .render(into: &buffer, area: geometry.rect(choice))
        }
    }

    /// "as told: 1962 · telling 2 of 6 · Historical Recount": the section last, where a
    /// narrow side cuts it.
    static func detail(of mention: Int, in event: Event) -> String {
        let resolved = SideBySideReducer.resolvedMentions(of: event)
        let told = event.mentions[mention]
        let position = (resolved.firstIndex(of: mention) ?? 0) + 1
        return [told.dateAsTold.map { "as told: \($0)" }, "telling \(position) of \(resolved.count)", told.sectionTitle]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
