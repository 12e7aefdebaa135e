import CLibXML2
import Foundation

/// A saved web page parsed by libxml2's HTML parser, which reads real-world HTML as browsers
/// do (unclosed tags, stray end tags, missing `<body>`), never touching the network.
///
/// Only the tree walk in ``HTMLToMarkdown`` and the lookups here read it; the document is
/// freed when this value is released.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// nil when libxml2 cannot build any tree from `bytes`.
    init?(bytes: [UInt8]) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        // Valid UTF-8 is read as UTF-8 (libxml2 would otherwise guess Latin-1 for a page that
        // does not declare it); anything else is left to the page's own <meta charset>.
        let encoding: String? = String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : nil
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    var root: HTMLNode? { xmlDocGetRootElement(document).map(HTMLNode.init) }
}

/// One node of an ``HTMLDocument``: valid only while its document is alive.
struct HTMLNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name, lowercased (`p`, `h2`).
    var name: String {
        guard let name = pointer.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// A text node's text.
    var text: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            result.append(HTMLNode(pointer: node))
            child = node.pointee.next
        }
        return result
    }

    /// The value of attribute `name` (lowercase), read from the attribute list (no allocation to free).
    func attribute(_ name: String) -> String? {
        var property = pointer.pointee.properties
        while let attribute = property {
            if let attributeName = attribute.pointee.name, String(cString: attributeName).lowercased() == name {
                var value = ""
                var child = attribute.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
            }
            property = attribute.pointee.next
        }
        return nil
    }

    /// The element's classes.
    var classes: [Substring] { (attribute("class") ?? "").split(separator: " ") }

    /// All the text inside, in document order.
    var textContent: String {
        if isText { return text }
        return children.map(\.textContent).joined()
    }

    /// Every element below, in document order.
    func descendants(where matches: (HTMLNode) -> Bool) -> [HTMLNode] {
        var result: [HTMLNode] = []
        for child in children where child.isElement {
            if matches(child) { result.append(child) }
            result += child.descendants(where: matches)
        }
        return result
    }

    func first(_ name: String) -> HTMLNode? {
        for child in children where child.isElement {
            if child.name == name { return child }
            if let found = child.first(name) { return found }
        }
        return nil
    }
}
