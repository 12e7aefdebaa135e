/// The rule for ids of entities, events and eras: kebab-case, as `Content/README.md` asks.
enum Identifier {
    /// Lowercase ASCII letters and digits in groups joined by single hyphens: `diplomatic-relations-1948`.
    static func isKebabCase(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The message for an id that breaks the rule.
    static func problem(_ id: String, _ what: String) -> String {
        "\(what) id '\(id)' must be kebab-case: lowercase letters and digits joined by single hyphens"
    }
}
