/// The key table: the one list of bindings that drives key dispatch, the `?` help
/// overlay and the status line's hints, so they cannot drift apart.
///
/// ```swift
/// KeyMap.defaults.command(for: .control("d"), in: [.reading])   // .halfPageDown
/// KeyMap.defaults.keys(for: .quit).first                         // .character("q")
/// ```
public struct KeyMap: Hashable, Sendable {
    /// Every binding, in help order.
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The command `key` triggers when `contexts` are active, most specific first
    /// (``KeyContext/global`` is always tried last), or `nil` when it is unbound.
    public func command(for key: Key, in contexts: [KeyContext]) -> Command? {
        for context in contexts + [.global] {
            if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
                return binding.command
            }
        }
        return nil
    }

    /// The keys bound to `command` in any context, in table order.
    public func keys(for command: Command) -> [Key] {
        bindings.filter { $0.command == command }.flatMap(\.keys)
    }

    /// The help text of `command` (its first binding's).
    public func help(for command: Command) -> String? {
        bindings.first { $0.command == command }?.help
    }

    /// The bindings grouped for the help overlay, groups in order of first appearance.
    public var groups: [(group: String, bindings: [KeyBinding])] {
        var order: [String] = []
        var byGroup: [String: [KeyBinding]] = [:]
        for binding in bindings {
            if byGroup[binding.group] == nil { order.append(binding.group) }
            byGroup[binding.group, default: []].append(binding)
        }
        return order.map { ($0, byGroup[$0] ?? []) }
    }

    /// Keys bound twice within one context: always empty for a usable table.
    public var conflicts: [(context: KeyContext, key: Key, commands: [Command])] {
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
