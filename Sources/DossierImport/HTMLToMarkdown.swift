import CLibXML2
import DossierCore
import Foundation

/// Turns a saved web page into an article: what its `<head>` says (title, author, date, the
/// page's address) and its text as Markdown in the collection's dialect (Content/README.md).
///
/// Headings, paragraphs, lists, block quotes, emphasis, links and footnotes are kept; scripts,
/// styles, navigation, headers, footers, forms and images are dropped. When the page has an
/// `<article>` or `<main>`, only that is read. The first `<h1>` becomes the title (else
/// `<title>`) and is not repeated in the body.
struct HTMLToMarkdown {
    /// Elements whose content is not part of the text.
    static let dropped: Set<String> = ["script", "style", "nav", "header", "footer", "aside", "noscript", "form", "iframe",
                                       "svg", "button", "template", "select", "textarea", "input", "img", "picture",
                                       "video", "audio", "canvas", "object", "head", "menu", "dialog"]
    /// Elements that start and end a block.
    static let blocks: Set<String> = ["p", "div", "section", "article", "main", "body", "html", "figure", "figcaption",
                                      "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "address", "details",
                                      "summary", "center", "hr", "pre"]

    static func convert(bytes: [UInt8], fileName: String) -> ImportedText? {
        guard let document = HTMLDocument(bytes: bytes), let root = document.root else { return nil }
        var converter = HTMLToMarkdown()
        let head = root.first("head")
        let metas = head?.descendants { $0.name == "meta" } ?? []
        func meta(_ keys: [String]) -> String? {
            for key in keys {
                if let node = metas.first(where: { ($0.attribute("name") ?? $0.attribute("property"))?.lowercased() == key }),
                   let content = node.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty {
                    return content
                }
            }
            return nil
        }
        let body = root.first("article") ?? root.first("main") ?? root.first("body") ?? root
        converter.footnoteIDs = Self.footnoteIDs(in: body)
        let heading = body.first("h1")
        converter.skippedHeading = heading?.pointer
        converter.walk(body)
        converter.flush()
        converter.appendFootnotes()

        var text = ImportedText(body: converter.output.joined(separator: "\n\n"))
        let headingTitle = heading.map { Self.collapsed($0.textContent) }
        let pageTitle = head?.first("title").map { Self.collapsed($0.textContent) }
        text.title = [headingTitle, meta(["og:title"]), pageTitle].compactMap { $0 }.first { !$0.isEmpty }
        if let author = meta(["author", "dc.creator", "citation_author", "article:author"]), !author.hasPrefix("http") {
            text.authors = [author]
        }
        text.published = meta(["citation_publication_date", "article:published_time", "dc.date", "date", "og:published_time"])
            .flatMap(PublishedDate.normalized)
        let canonical = head?.descendants { $0.name == "link" && $0.attribute("rel")?.lowercased() == "canonical" }.first?
            .attribute("href")
        text.source = [canonical, meta(["og:url"])].compactMap { $0 }.first { $0.hasPrefix("http") } ?? fileName
        text.venue = meta(["og:site_name", "citation_journal_title"])
        return text
    }

    // MARK: - The walk

    var output: [String] = []
    private var inline = ""
    private var quoteDepth = 0
    /// The marker of the list item whose first paragraph is being written (`- `, `3. `), and
    /// the indentation of its later paragraphs.
    private var itemMarker: String?
    private var itemIndent = ""
    private var orderedCounters: [Int?] = []
    /// Footnote definitions by element id, in the order they are first referred to.
    var footnoteIDs: Set<String> = []
    private var footnoteOrder: [String] = []
    private var footnoteTexts: [String: String] = [:]
    /// The heading taken as the title, not repeated in the body.
    private var skippedHeading: xmlNodePtr?

    mutating func walk(_ node: HTMLNode) {
        for child in node.children {
            if child.isText {
                inline += Self.collapsedSpaces(PlainTextMarkup.escapedInline(child.text))
            } else if child.isElement {
                element(child)
            }
        }
    }

    private mutating func element(_ node: HTMLNode) {
        let name = node.name
        if Self.dropped.contains(name) || node.pointer == skippedHeading { return }
        if let id = node.attribute("id"), footnoteIDs.contains(id) {
            footnoteTexts[id] = Self.footnoteText(node)
            return
        }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            let level = Int(String(name.last!))!
            let text = Self.collapsed(inlineMarkdown(of: node))
            if !text.isEmpty { output.append(String(repeating: "#", count: level) + " " + text) }
        case "br":
            inline += " "
        case "em", "i", "cite", "dfn":
            inline += Self.wrapped(inlineMarkdown(of: node), in: "*")
        case "strong", "b":
            inline += Self.wrapped(inlineMarkdown(of: node), in: "**")
        case "a":
            link(node)
        case "sup" where reference(in: node) != nil:
            inline += "[^\(reference(in: node)!)]"
        case "ul", "ol":
            flush()
            orderedCounters.append(name == "ol" ? Int(node.attribute("start") ?? "") ?? 1 : nil)
            walk(node)
            flush()
            orderedCounters.removeLast()
        case "li":
            flush()
            let counter = orderedCounters.last ?? nil
            let marker = counter.map { "\($0). " } ?? "- "
            if let counter { orderedCounters[orderedCounters.count - 1] = counter + 1 }
            itemMarker = marker
            itemIndent = String(repeating: " ", count: marker.count)
            walk(node)
            flush()
            itemMarker = nil
            itemIndent = ""
        case "blockquote":
            flush()
            quoteDepth += 1
            walk(node)
            flush()
            quoteDepth -= 1
        case "td", "th":
            inline += " "
            walk(node)
            inline += " "
        default:
            if Self.blocks.contains(name) {
                flush()
                walk(node)
                flush()
            } else {
                walk(node)
            }
        }
    }

    /// Ends the paragraph being built.
    mutating func flush() {
        let text = Self.collapsed(inline)
        inline = ""
        guard !text.isEmpty else { return }
        var line = PlainTextMarkup.escapedLineStart(text)
        if let marker = itemMarker {
            line = marker + line
            itemMarker = nil
        } else if !itemIndent.isEmpty {
            line = itemIndent + line
        }
        output.append(String(repeating: "> ", count: quoteDepth) + line)
    }

    private mutating func link(_ node: HTMLNode) {
        if let label = reference(in: node) {
            inline += "[^\(label)]"
            return
        }
        let href = node.attribute("href") ?? ""
        if backLinksDropped && href.hasPrefix("#") { return }
        let text = Self.collapsed(inlineMarkdown(of: node))
        guard !text.isEmpty else { return }
        guard href.hasPrefix("http://") || href.hasPrefix("https://") else {
            inline += text
            return
        }
        // Parentheses and spaces would end the destination early: percent-encode them.
        let destination = href.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28")
            .replacingOccurrences(of: ")", with: "%29")
        inline += "[\(text)](\(destination))"
    }

    /// The Markdown of an element's content, as inline text.
    private mutating func inlineMarkdown(of node: HTMLNode) -> String {
        let saved = inline
        inline = ""
        walk(node)
        let result = inline
        inline = saved
        return result
    }

    // MARK: - Footnotes

    /// The label of the footnote `node` refers to (a link to a footnote, or a `<sup>` holding
    /// one), numbered in the order footnotes are first referred to.
    private mutating func reference(in node: HTMLNode) -> String? {
        let link = node.name == "a" ? node : node.first("a")
        guard let href = link?.attribute("href"), href.hasPrefix("#") else { return nil }
        let id = String(href.dropFirst())
        guard footnoteIDs.contains(id) else { return nil }
        if !footnoteOrder.contains(id) { footnoteOrder.append(id) }
        return String(footnoteOrder.firstIndex(of: id)! + 1)
    }

    mutating func appendFootnotes() {
        for (index, id) in footnoteOrder.enumerated() {
            guard let text = footnoteTexts[id], !text.isEmpty else { continue }
            output.append("[^\(index + 1)]: " + text)
        }
    }

    /// Ids of the elements that hold footnotes: list items or paragraphs inside an element whose
    /// class or id names footnotes or references, or whose own id says so (`fn1`, `cite_note-3`).
    static func footnoteIDs(in root: HTMLNode) -> Set<String> {
        var ids: Set<String> = []
        func visit(_ node: HTMLNode, inside: Bool) {
            for child in node.children where child.isElement {
                let marks = (child.classes.map { $0.lowercased() } + [child.attribute("id")?.lowercased() ?? ""])
                let container = inside || marks.contains { $0.contains("footnote") || $0 == "references" || $0 == "endnotes" }
                if let id = child.attribute("id"), ["li", "p", "div", "aside"].contains(child.name),
                   container || id.hasPrefix("fn") || id.hasPrefix("cite_note") || id.hasPrefix("footnote") {
                    if !(id.hasPrefix("fnref") || id.hasPrefix("cite_ref")) { ids.insert(id) }
                }
                visit(child, inside: container)
            }
        }
        visit(root, inside: false)
        return ids
    }

    /// A footnote's text without its links back to the text (`↩`, `^`).
    static func footnoteText(_ node: HTMLNode) -> String {
        var converter = HTMLToMarkdown()
        converter.backLinksDropped = true
        converter.walk(node)
        return collapsed(converter.inline)
    }

    private var backLinksDropped = false

    // MARK: - Text

    static func collapsedSpaces(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character)
                lastWasSpace = false
            }
        }
        return result
    }

    static func collapsed(_ text: String) -> String {
        collapsedSpaces(text).trimmingCharacters(in: .whitespaces)
    }

    /// `text` between `delimiter`s, the spaces at its ends kept outside so that the emphasis
    /// is valid Markdown.
    static func wrapped(_ text: String, in delimiter: String) -> String {
        let inner = text.trimmingCharacters(in: .whitespaces)
        guard !inner.isEmpty else { return text }
        let leading = text.first == " " ? " " : ""
        let trailing = text.last == " " ? " " : ""
        return leading + delimiter + inner + delimiter + trailing
    }
}
