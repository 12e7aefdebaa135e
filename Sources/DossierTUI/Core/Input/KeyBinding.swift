/// One row of the key table: a command, where it applies, its keys and its help text.
struct KeyBinding: Hashable, Sendable {
    var command: Command
    /// The help overlay's group ("Moving", "Searching", …).
    var group: String
    var context: KeyContext
    /// The keys, the first being the one shown in short hints.
    var keys: [Key]
    /// One line for the help overlay, e.g. "Page down".
    var help: String
    /// A word or two for the status line's key hints ("help", "search"); `nil` keeps
    /// the binding out of the hints.
    var hint: String?

    init(_ command: Command, group: String, context: KeyContext = .global, keys: [Key], help: String, hint: String? = nil) {
        self.command = command
        self.group = group
        self.context = context
        self.keys = keys
        self.help = help
        self.hint = hint
    }

    /// The keys as shown in help: `"j  ↓  Ctrl-N"`.
    var keysDescription: String {
        keys.map(\.description).joined(separator: "  ")
    }
}
