import DossierCore

/// The lines above an article: title, byline, where and when it appeared.
enum ArticleHeader {
    static func lines(for metadata: ArticleMetadata, width: Int, theme: ReadingTheme = .standard) -> [WrappedLine] {
        let wrapper = LineWrapper(width: width)
        var lines = wrapper.wrap([StyledRun(metadata.title, style: theme.headingStyle(level: 1))])
        var details = [metadata.byline].compactMap { $0 }
        if let venue = metadata.venue { details.append(venue) }
        if let published = metadata.published { details.append(published) }
        if let kind = metadata.kind { details.append(kind.label) }
        lines += wrapper.wrap([StyledRun(details.joined(separator: " · "), style: Style(attributes: .dim))])
        lines.append(WrappedLine(segments: [], source: nil))
        return lines
    }
}
