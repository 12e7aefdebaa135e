import Foundation

/// Parses the `[[…]]` link syntax of note bodies.
///
/// - `[[title or id]]` (or `[[note:…]]`) links to a note;
/// - `[[event:id]]`, `[[entity:id]]`, `[[article:id]]` to those;
/// - `[[section:article#section]]` to a section;
/// - `[[target|label]]` shows `label` instead of the target.
///
/// A link stays on one line and contains no `[` or `]`; blank links are ignored.
public enum NoteLinks {
    /// One link written in a body.
    public struct Occurrence: Hashable, Sendable {
        /// The range of the whole `[[…]]` in the body.
        public var range: Range<String.Index>
        /// What it points to.
        public var target: LinkTarget
        /// The text after `|`, if any.
        public var label: String?
    }

    /// Every link in `body`, in order.
    public static func occurrences(in body: String) -> [Occurrence] {
        var result: [Occurrence] = []
        var searchStart = body.startIndex
        while let open = body[searchStart...].range(of: "[[") {
            guard let close = body[open.upperBound...].range(of: "]]") else { break }
            let inner = body[open.upperBound..<close.lowerBound]
            if inner.contains(where: { $0 == "[" || $0 == "]" || $0.isNewline }) {
                // Not a link; resume just after this "[[" to find a nested one.
                searchStart = body.index(after: open.lowerBound)
                continue
            }
            if let (target, label) = parse(String(inner)) {
                result.append(Occurrence(range: open.lowerBound..<close.upperBound, target: target, label: label))
            }
            searchStart = close.upperBound
        }
        return result
    }

    /// The distinct targets linked from `body`, in order of first appearance.
    public static func targets(in body: String) -> [LinkTarget] {
        var seen = Set<LinkTarget>()
        return occurrences(in: body).map(\.target).filter { seen.insert($0).inserted }
    }

    /// Parses the inside of `[[…]]`.
    static func parse(_ inner: String) -> (LinkTarget, String?)? {
        var text = Substring(inner)
        var label: String?
        if let bar = text.firstIndex(of: "|") {
            let rawLabel = text[text.index(after: bar)...].trimmingCharacters(in: .whitespaces)
            label = rawLabel.isEmpty ? nil : rawLabel
            text = text[..<bar]
        }
        let value = text.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        if let colon = value.firstIndex(of: ":"),
           let kind = LinkTargetKind(rawValue: value[..<colon].lowercased()) {
            let identifier = value[value.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !identifier.isEmpty, let target = LinkTarget(kind: kind, identifier: identifier) else {
                return nil
            }
            return (target, label)
        }
        return (.note(value), label)
    }
}
