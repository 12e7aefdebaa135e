import Foundation
import Yams

/// Reads typed values out of a YAML node tree, turning every problem into a diagnostic
/// with the file position of the offending node.
struct YAMLReader {
    let file: String
    /// Added to Yams' line numbers: the YAML may start further down its file (front matter).
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Parses `text`; on a syntax error records it and returns nil. Every key and value comes
    /// back terminal-safe (see ``cleaned(_:)``).
    mutating func parse(_ text: String) -> Node? {
        do {
            // The basic resolver tags every scalar as a string: typed values are read by this
            // reader itself, and Yams' regular-expression tag resolution dominated load time.
            let root = try Yams.compose(yaml: text, .basic)
            // Only an escape (which needs a backslash) or a raw control character can put an
            // unsafe scalar into a value; text with neither is not walked (an alias-heavy
            // document could be exponentially large as a tree).
            guard text.contains("\\") || TerminalSafeText.firstUnsafeScalar(in: text, allowing: .lines) != nil else { return root }
            return root.map { cleaned($0) ?? $0 }
        } catch let error as YamlError {
            record(error)
            return nil
        } catch {
            report(line: 1, column: 1, "YAML: \(error)")
            return nil
        }
    }

    /// `node` with every scalar made safe by ``TerminalSafeText`` (line feeds and tabs kept:
    /// block scalars and `\t` are text), each scalar that needed it reported as an error at
    /// its position; nil when nothing needed it (the node is used as it is, nothing is copied).
    ///
    /// The file itself has passed `TextSanitizer`, but a double-quoted scalar makes control
    /// characters out of escapes (`"\e]0;title\a"`, `"\x9b"`, `"\u202e"`); this is the one
    /// place every YAML value passes, so no key of any file can let one through.
    mutating func cleaned(_ node: Node) -> Node? {
        switch node {
        case .scalar(let scalar):
            guard let unsafe = TerminalSafeText.firstUnsafeScalar(in: scalar.string, allowing: .lines) else { return nil }
            let name = TerminalSafeText.codePoint(unsafe)
            let outcome = TerminalSafeText.treatment(of: unsafe) == .drop ? "removed" : "replaced with U+FFFD"
            report(at: node, "YAML value holds control character \(name) (\(outcome)); write the text without escapes")
            let safe = TerminalSafeText.cleaned(scalar.string, allowing: .lines)
            return .scalar(Node.Scalar(safe, scalar.tag, scalar.style, scalar.mark, scalar.anchor))
        case .mapping(let mapping):
            var changed = false
            let pairs = mapping.map { pair -> (Node, Node) in
                let key = cleaned(pair.key)
                let value = cleaned(pair.value)
                changed = changed || key != nil || value != nil
                return (key ?? pair.key, value ?? pair.value)
            }
            return changed ? .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark, mapping.anchor)) : nil
        case .sequence(let sequence):
            var changed = false
            let nodes = sequence.map { item -> Node in
                let safe = cleaned(item)
                changed = changed || safe != nil
                return safe ?? item
            }
            return changed ? .sequence(Node.Sequence(nodes, sequence.tag, sequence.style, sequence.mark, sequence.anchor)) : nil
        case .alias:
            // compose resolves aliases to the nodes they name; an alias node carries no text.
            return nil
        }
    }

    private mutating func record(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            report(line: mark.line, column: mark.column, "invalid YAML: \(prefix)\(problem)")
        case .reader(let problem, _, _, _):
            report(line: 1, column: 1, "invalid YAML: \(problem)")
        default:
            report(line: 1, column: 1, "invalid YAML: \(error)")
        }
    }

    /// Records an error at a line and column of the YAML text.
    mutating func report(line: Int, column: Int, _ message: String, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(file: file, line: line + lineOffset, column: column, severity: severity, message: message))
    }

    /// Records an error at `node`'s position.
    mutating func report(at node: Node?, _ message: String, severity: Diagnostic.Severity = .error) {
        let mark = node?.mark
        report(line: mark?.line ?? 1, column: mark?.column ?? 1, message, severity: severity)
    }

    /// The position of `node` in the file.
    func position(of node: Node?) -> SourcePosition {
        SourcePosition(line: (node?.mark?.line ?? 1) + lineOffset, column: node?.mark?.column ?? 1)
    }

    // MARK: Typed access

    /// The node as a mapping, or nil with an error.
    mutating func mapping(_ node: Node?, _ what: String) -> Node.Mapping? {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            report(at: node, "\(what) must be a mapping of keys to values")
            return nil
        }
        return mapping
    }

    /// The node as a list of nodes; a missing node is an empty list.
    mutating func sequence(_ node: Node?, _ what: String) -> [Node] {
        guard let node else { return [] }
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" { return [] }
        guard let sequence = node.sequence else {
            report(at: node, "\(what) must be a list")
            return []
        }
        return Array(sequence)
    }

    /// A scalar as a string; nil with an error when it is a list or a mapping.
    mutating func string(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            report(at: node, "\(what) must be a single value, not a list or mapping")
            return nil
        }
        return scalar.string
    }

    /// A required, non-empty string field of `mapping`.
    mutating func required(_ key: String, in mapping: Node.Mapping, at owner: Node, _ what: String) -> String? {
        guard let node = mapping[key] else {
            report(at: owner, "\(what) is missing required key '\(key)'")
            return nil
        }
        guard let value = string(node, "'\(key)'"), !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            if case .scalar = node { report(at: node, "'\(key)' must not be empty") }
            return nil
        }
        return value
    }

    /// An optional string field; empty counts as absent.
    mutating func optional(_ key: String, in mapping: Node.Mapping) -> String? {
        guard let node = mapping[key], let value = string(node, "'\(key)'") else { return nil }
        return value.isEmpty ? nil : value
    }

    /// A list of strings (a single string is accepted as a one-element list).
    mutating func strings(_ key: String, in mapping: Node.Mapping) -> [String] {
        guard let node = mapping[key] else { return [] }
        if case .scalar(let scalar) = node {
            return scalar.string.isEmpty ? [] : [scalar.string]
        }
        return sequence(node, "'\(key)'").compactMap { string($0, "an item of '\(key)'") }
    }

    /// An optional boolean field.
    mutating func bool(_ key: String, in mapping: Node.Mapping) -> Bool? {
        guard let node = mapping[key] else { return nil }
        guard case .scalar(let scalar) = node, scalar.style == .plain,
              let value = Self.booleans[scalar.string.lowercased()] else {
            report(at: node, "'\(key)' must be true or false")
            return nil
        }
        return value
    }

    /// The plain YAML scalars that mean true or false.
    static let booleans: [String: Bool] = ["true": true, "yes": true, "on": true, "false": false, "no": false, "off": false]

    /// Warns about keys that `known` does not list (likely typos).
    mutating func checkKeys(_ mapping: Node.Mapping, known: Set<String>, _ what: String) {
        for (key, _) in mapping {
            guard let name = key.string, !known.contains(name) else { continue }
            report(at: key, "unknown key '\(name)' in \(what)", severity: .warning)
        }
    }
}
