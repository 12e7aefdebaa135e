/// The inline tree the inline parser builds before it is flattened into runs.
final class InlineNode {
    enum Kind {
        case text
        case softBreak
        case emphasis
        case strong
        case link(destination: String)
        case footnoteReference(label: String)
    }

    var kind: Kind
    var text: String
    var children: [InlineNode] = []
    // Doubly linked list of siblings while parsing; `previous` is weak to avoid cycles.
    weak var previous: InlineNode?
    var next: InlineNode?

    init(_ kind: Kind, text: String = "") {
        self.kind = kind
        self.text = text
    }
}

/// An ordered list of sibling nodes with O(1) insertion and removal.
final class InlineNodeList {
    var first: InlineNode?
    var last: InlineNode?

    func append(_ node: InlineNode) {
        node.previous = last
        node.next = nil
        if let last { last.next = node } else { first = node }
        last = node
    }

    func remove(_ node: InlineNode) {
        let before = node.previous
        let after = node.next
        if let before { before.next = after } else { first = after }
        if let after { after.previous = before } else { last = before }
        node.previous = nil
        node.next = nil
    }

    func insert(_ node: InlineNode, after anchor: InlineNode) {
        node.previous = anchor
        node.next = anchor.next
        if let after = anchor.next { after.previous = node } else { last = node }
        anchor.next = node
    }

    /// Detaches the nodes strictly between `start` and `end` (either may be nil for the list's ends) and returns them in order.
    func detach(after start: InlineNode?, before end: InlineNode?) -> [InlineNode] {
        var result: [InlineNode] = []
        var node = start == nil ? first : start!.next
        while let current = node, current !== end {
            node = current.next
            remove(current)
            result.append(current)
        }
        return result
    }

    var nodes: [InlineNode] {
        var result: [InlineNode] = []
        var node = first
        while let current = node {
            result.append(current)
            node = current.next
        }
        return result
    }
}
