/// The lines of the `?` help overlay, generated from the key table so that help and
/// behaviour cannot drift apart.
enum HelpContent {
    /// One line of help.
    enum Row: Hashable, Sendable {
        case group(String)
        /// Keys, what they do, and where (nil: everywhere).
        case binding(keys: String, help: String, context: String?)
        case blank
    }

    /// Every group of `keyMap` with its bindings.
    static func rows(_ keyMap: KeyMap = .defaults) -> [Row] {
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
    static let keysWidth = 22

    /// What a binding row says after its keys: "Line down (Reading pane)".
    static func description(help: String, context: String?) -> String {
        help + (context.map { " (\($0))" } ?? "")
    }

    /// Columns the widest row needs (keys, a space, what they do and where): the popup is
    /// that wide when the terminal allows, so no description is cut on a wide screen.
    static func width(of rows: [Row]) -> Int {
        rows.map { row in
            switch row {
            case .group(let title): return DisplayWidth.of(title)
            case .binding(_, let help, let context): return keysWidth + 1 + DisplayWidth.of(description(help: help, context: context))
            case .blank: return 0
            }
        }.max() ?? 0
    }
}
