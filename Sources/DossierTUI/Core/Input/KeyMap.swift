/// The key table: the one list of bindings that drives key dispatch, the `?` help
/// overlay and the status line's hints, so they cannot drift apart.
///
/// ```swift
/// KeyMap.defaults.command(for: .control("d"), in: [.reading])   // .halfPageDown
/// KeyMap.defaults.keys(for: .quit).first                         // .character("q")
/// ```
struct KeyMap: Hashable, Sendable {
    /// Every binding, in help order.
    var bindings: [KeyBinding]

    init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The command `key` triggers when `contexts` are active, most specific first
    /// (``KeyContext/global`` is always tried last), or `nil` when it is unbound.
    func command(for key: Key, in contexts: [KeyContext]) -> Command? {
        for context in contexts + [.global] {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    /// The command `key` triggers in `context` alone, without falling back to
    /// ``KeyContext/global``: how a prompt tells its own keys from typed text.
    func command(for key: Key, onlyIn context: KeyContext) -> Command? {
        bindings.first { $0.context == context && $0.keys.contains(key) }?.command
    }

    /// The status line's hints for `contexts` (most specific first, then global): each
    /// binding with a ``KeyBinding/hint`` whose first key still triggers it there, once
    /// per command, in table order.
    ///
    /// ```swift
    /// KeyMap.defaults.hints(in: [.reading]).first   // (key: .character("/"), hint: "search")
    /// ```
    func hints(in contexts: [KeyContext], includingGlobal: Bool = true) -> [(key: Key, hint: String)] {
        let active = includingGlobal ? contexts + [.global] : contexts
        var seen: Set<Command> = []
        var result: [(key: Key, hint: String)] = []
        for binding in bindings where active.contains(binding.context) {
            guard let hint = binding.hint, let key = binding.keys.first, !seen.contains(binding.command) else { continue }
            let effective = includingGlobal ? command(for: key, in: contexts) : command(for: key, onlyIn: binding.context)
            guard effective == binding.command else { continue }
            seen.insert(binding.command)
            result.append((key, hint))
        }
        return result
    }

    /// The keys bound to `command` in any context, in table order.
    func keys(for command: Command) -> [Key] {
        bindings.filter { $0.command == command }.flatMap(\.keys)
    }

    /// How messages and footers name the key for `command`: its first key in `context`,
    /// else its first key anywhere — so that they follow the table.
    ///
    /// ```swift
    /// KeyMap.defaults.keyName(.cancel, in: .global)   // "Esc"
    /// ```
    func keyName(_ command: Command, in context: KeyContext? = nil) -> String {
        let inContext = context.flatMap { context in bindings.first { $0.context == context && $0.command == command }?.keys.first }
        return (inContext ?? keys(for: command).first)?.description ?? command.rawValue
    }

    /// The help text of `command` (its first binding's).
    func help(for command: Command) -> String? {
        bindings.first { $0.command == command }?.help
    }

    /// The bindings grouped for the help overlay, groups in order of first appearance.
    var groups: [(group: String, bindings: [KeyBinding])] {
        var order: [String] = []
        var byGroup: [String: [KeyBinding]] = [:]
        for binding in bindings {
            if byGroup[binding.group] == nil { order.append(binding.group) }
            byGroup[binding.group, default: []].append(binding)
        }
        return order.map { ($0, byGroup[$0] ?? []) }
    }

    /// Keys bound twice within one context: always empty for a usable table.
    var conflicts: [(context: KeyContext, key: Key, commands: [Command])] {
        var result: [(KeyContext, Key, [Command])] = []
        for context in KeyContext.allCases {
            var seen: [Key: [Command]] = [:]
            var order: [Key] = []
            for binding in bindings where binding.context == context {
                for key in binding.keys {
                    if seen[key] == nil { order.append(key) }
                    seen[key, default: []].append(binding.command)
                }
            }
            for key in order where (seen[key]?.count ?? 0) > 1 {
                result.append((context, key, seen[key] ?? []))
            }
        }
        return result
    }
}
