import DossierCore

/// Dates as pages state them (`2019-05-04T10:00:00Z`, `2019/05/04`, `2019`) in the form
/// `published` takes (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`); nil for anything else.
enum PublishedDate {
    static func normalized(_ text: String) -> String? {
        let candidate = String(text.prefix(10)).replacingOccurrences(of: "/", with: "-")
        for length in [10, 7, 4] where candidate.count >= length {
            let prefix = String(candidate.prefix(length))
            if EventDate(parsing: prefix)?.isSinglePoint == true { return prefix }
        }
        return nil
    }
}
