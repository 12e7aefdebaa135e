/// The lines of the `?` help overlay, generated from the key table so that help and
/// behaviour cannot drift apart.
public enum HelpContent {
    /// One line of help.
    public enum Row: Hashable, Sendable {
        case group(String)
        /// Keys, what they do, and where (nil: everywhere).
        case binding(keys: String, help: String, context: String?)
        case blank
    }

    /// Every group of `keyMap` with its bindings.
    public static func rows(_ keyMap: KeyMap = .defaults) -> [Row] {
        var rows: [Row] = []
        for (group, bindings) in keyMap.groups {
            if !rows.isEmpty { rows.append(.blank) }
            rows.append(.group(group))
            for binding in bindings {
                rows.append(.binding(
                    keys: binding.keysDescription,
                    help: binding.help,
                    context: binding.context == .global ? nil : binding.context.title
                ))
            }
        }
        return rows
    }

    /// Columns given to the keys column.
    public static let keysWidth = 22
}
