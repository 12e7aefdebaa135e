/// A number with its noun in the right number: "1 article", "2 articles", "1 match", "3 entities".
public enum Count {
    /// `count` followed by `singular`, or by `plural` (default: the regular English plural of `singular`).
    public static func phrase(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + noun(count, singular, plural: plural)
    }

    /// `singular` when `count` is 1, else the plural.
    static func noun(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        count == 1 ? singular : plural ?? regularPlural(singular)
    }

    /// "match" → "matches", "entity" → "entities", "day" → "days", "article" → "articles".
    static func regularPlural(_ singular: String) -> String {
        if ["s", "x", "z", "ch", "sh"].contains(where: singular.hasSuffix) { return singular + "es" }
        if singular.hasSuffix("y"), let beforeY = singular.dropLast().last, !"aeiou".contains(beforeY) {
            return singular.dropLast() + "ies"
        }
        return singular + "s"
    }
}
