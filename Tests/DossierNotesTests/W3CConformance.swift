import Foundation

/// The MUST requirements of the W3C Web Annotation Data Model that a Dossier
/// export can meet or break, checked on parsed JSON.
///
/// Written from the model (sections 3.1–3.3, 4.2, 5.1) and checked against the
/// JSON-schema assertions of the W3C test suite (w3c/web-annotation-tests,
/// `annotations/annotationMusts.test` and `collections/collectionMusts.test`);
/// each check names the assertion file it follows. Returns one message per
/// violation, empty when the document conforms.
enum W3CConformance {
    static let context = "http://www.w3.org/ns/anno.jsonld"
    static let motivations: Set<String> = [
        "assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
        "identifying", "linking", "moderating", "questioning", "replying", "tagging",
    ]

    /// collectionMusts.test: an `AnnotationCollection` and every annotation it embeds.
    static func collectionViolations(_ collection: [String: Any]) -> [String] {
        var problems: [String] = []
        // 5.1-collectionContextValidated
        if !hasContext(collection["@context"]) { problems.append("collection: @context lacks \(context)") }
        // 5.1-collectionIdValidated
        if !isSingleIRI(collection["id"]) { problems.append("collection: id is not a single IRI") }
        // 5.1-collectionTypeValidated
        if !values(collection["type"]).contains(where: { $0 as? String == "AnnotationCollection" }) {
            problems.append("collection: type is not AnnotationCollection")
        }
        // 5.1-collectionLabelValidated
        if let label = collection["label"], !(label is String || (label as? [Any])?.allSatisfy({ $0 is String }) == true) {
            problems.append("collection: label is not text")
        }
        // 5.1-collectionTotalValidated
        let total = collection["total"].flatMap(nonNegativeInteger)
        if collection["total"] != nil && total == nil { problems.append("collection: total is not an integer ≥ 0") }
        // 5.1-collectionFirstValidated: a first page when there are annotations; a page or an IRI.
        if let total, total > 0, collection["first"] == nil { problems.append("collection: total > 0 without first") }
        if let first = collection["first"] {
            if let page = first as? [String: Any] {
                let inherited = hasContext(collection["@context"]) && page["@context"] == nil
                problems += pageViolations(page, inheritsContext: inherited).map { "first: \($0)" }
            } else if !isIRI(first) {
                problems.append("first: neither an AnnotationPage nor an IRI")
            }
        }
        // 5.1-collectionLastValidated
        if let last = collection["last"], !isSingleIRI(last) { problems.append("collection: last is not an IRI") }
        // 3.3.1-collectionCreatedValidated, 3.3.1-collectionModifiedValidated
        problems += dateViolations(collection, "collection")
        return problems
    }

    /// pageMusts.test: an `AnnotationPage` and every annotation it embeds.
    static func pageViolations(_ page: [String: Any], inheritsContext: Bool = false) -> [String] {
        var problems: [String] = []
        // pages/5.2-pageContextValidated, 5.2-pageTypeValidated
        if !inheritsContext && !hasContext(page["@context"]) { problems.append("page: @context lacks \(context)") }
        if !values(page["type"]).contains(where: { $0 as? String == "AnnotationPage" }) {
            problems.append("page: type is not AnnotationPage")
        }
        // pages/5.2-pageStartIndexValidated, 5.2-pageItemsValidated
        if let start = page["startIndex"], nonNegativeInteger(start) == nil {
            problems.append("page: startIndex is not an integer ≥ 0")
        }
        guard let items = page["items"] as? [Any] else { return problems + ["page: items is not an array"] }
        for (index, item) in items.enumerated() {
            guard let annotation = item as? [String: Any] else {
                if !isIRI(item) { problems.append("item \(index + 1): neither an annotation nor an IRI") }
                continue
            }
            // An embedded annotation may leave out the @context it inherits.
            let inherited = (inheritsContext || hasContext(page["@context"])) && annotation["@context"] == nil
            problems += annotationViolations(annotation, inheritsContext: inherited).map { "item \(index + 1): \($0)" }
        }
        return problems
    }

    /// annotationMusts.test: one annotation.
    static func annotationViolations(_ annotation: [String: Any], inheritsContext: Bool = false) -> [String] {
        var problems: [String] = []
        // 3.1-annotationContextValidated, 3.1-annotationIdValidated, 3.1-annotationTypeValidated
        if !inheritsContext && !hasContext(annotation["@context"]) { problems.append("@context lacks \(context)") }
        if !isSingleIRI(annotation["id"]) { problems.append("id is not a single IRI") }
        if !values(annotation["type"]).contains(where: { $0 as? String == "Annotation" }) {
            problems.append("type is not Annotation")
        }
        // 3.1-targetKeyFound, 3.2-targetObjectsRecognized
        let targets = values(annotation["target"])
        if targets.isEmpty { problems.append("no target") }
        for target in targets { problems += resourceViolations(target, role: "target") }
        // 3.2.5-notBodyBodyValue, 3.2.5-bodyValueValidated, 3.2-bodyObjectsRecognized
        if annotation["body"] != nil && annotation["bodyValue"] != nil { problems.append("both body and bodyValue") }
        if let bodyValue = annotation["bodyValue"], !(bodyValue is String) { problems.append("bodyValue is not text") }
        for body in values(annotation["body"]) { problems += resourceViolations(body, role: "body") }
        // 3.3.5: motivations from the model's list
        for motivation in values(annotation["motivation"]) where !motivations.contains(motivation as? String ?? "") {
            problems.append("motivation \(motivation) is not one the model defines")
        }
        // 3.3.1-annotationCreatedValidated, -ModifiedValidated, -GeneratedValidated
        problems += dateViolations(annotation, "annotation")
        if let generated = annotation["generated"], !isDateTime(generated) {
            problems.append("generated is not an xsd:dateTime with a time zone")
        }
        // 3.3.6-annotationRightsValidated, 3.3.7-annotationCanonicalValidated, -ViaValidated
        problems += linkViolations(annotation, "annotation")
        return problems
    }

    /// A body or target: an IRI, an External Web Resource, a Textual Body (bodies
    /// only) or a Specific Resource with valid selectors.
    private static func resourceViolations(_ resource: Any, role: String) -> [String] {
        if resource is String { return isIRI(resource) ? [] : ["\(role) \(resource) is not an IRI"] }
        guard let object = resource as? [String: Any] else { return ["\(role) is neither an IRI nor an object"] }
        var problems: [String] = []
        let types = values(object["type"]).compactMap { $0 as? String }
        if object["value"] != nil {
            // 3.2.4-targNoTypeTextualBody: a target is never embedded text.
            if role == "target" { problems.append("target is a TextualBody") }
            // 3.2.5: value is text; 4-bodyEmbeddedTextualNoSource
            if !(object["value"] is String) { problems.append("\(role) value is not text") }
            if object["source"] != nil { problems.append("\(role) has both value and source") }
        } else if let source = object["source"] {
            // 4: a Specific Resource has exactly one source (an IRI or a resource with an id) and no value.
            let sourceIRI = (source as? [String: Any])?["id"] ?? source
            if !isSingleIRI(sourceIRI) { problems.append("\(role) source is not a single IRI") }
            for selector in values(object["selector"]) { problems += selectorViolations(selector, role: role) }
        } else if !isSingleIRI(object["id"]) && !(isChoiceOrSet(types) && object["items"] is [Any]) {
            problems.append("\(role) is neither an IRI, a TextualBody, a SpecificResource nor a Choice or Set")
        }
        if types.contains("TextualBody") && object["value"] == nil { problems.append("\(role) TextualBody without value") }
        // 3.2.7-…NoItems: only a Choice, Set or List has items.
        if object["items"] != nil && !isChoiceOrSet(types) {
            problems.append("\(role) has items but is no Choice or Set")
        }
        // 3.3.5 purpose, 3.3.1 created/modified, 3.3.6/3.3.7 on bodies and targets
        for purpose in values(object["purpose"]) where !motivations.contains(purpose as? String ?? "") {
            problems.append("\(role) purpose \(purpose) is not one the model defines")
        }
        problems += dateViolations(object, role) + linkViolations(object, role)
        // 3.2.1-…TextDirectionValidated
        if let direction = object["textDirection"], !["ltr", "rtl", "auto"].contains(direction as? String ?? "") {
            problems.append("\(role) textDirection is not ltr, rtl or auto")
        }
        return problems
    }

    /// 4.2-selectorValidIfPresent, 4.2.4-textQuoteSelectorValid, 4.2-TextDataPositionSelectorValid.
    private static func selectorViolations(_ selector: Any, role: String) -> [String] {
        if selector is String { return isIRI(selector) ? [] : ["\(role) selector is not an IRI"] }
        guard let object = selector as? [String: Any], let type = object["type"] as? String else {
            return ["\(role) selector has no type"]
        }
        switch type {
        case "TextQuoteSelector":
            var problems: [String] = []
            if !(object["exact"] is String) { problems.append("TextQuoteSelector without exact text") }
            for key in ["prefix", "suffix"] where object[key] != nil && !(object[key] is String) {
                problems.append("TextQuoteSelector \(key) is not text")
            }
            return problems
        case "TextPositionSelector", "DataPositionSelector":
            guard let start = object["start"].flatMap(nonNegativeInteger),
                  let end = object["end"].flatMap(nonNegativeInteger)
            else { return ["\(type) needs start and end as integers ≥ 0"] }
            return start <= end ? [] : ["\(type) starts after it ends"]
        default:
            return []
        }
    }

    /// 3.3.1: `created` and `modified` are single xsd:dateTime values with a time zone.
    private static func dateViolations(_ object: [String: Any], _ role: String) -> [String] {
        ["created", "modified"].compactMap { key in
            guard let value = object[key] else { return nil }
            return isDateTime(value) ? nil : "\(role) \(key) is not an xsd:dateTime with a time zone"
        }
    }

    /// 3.3.6 rights, 3.3.7 canonical (one IRI) and via (IRIs).
    private static func linkViolations(_ object: [String: Any], _ role: String) -> [String] {
        var problems: [String] = []
        if let canonical = object["canonical"], !isSingleIRI(canonical) { problems.append("\(role) canonical is not one IRI") }
        for key in ["via", "rights"] where object[key] != nil {
            let list = values(object[key])
            if list.isEmpty || !list.allSatisfy(isIRI) { problems.append("\(role) \(key) is not IRIs") }
        }
        return problems
    }

    // MARK: Value shapes

    /// 3.2.7: the types that hold `items`.
    private static func isChoiceOrSet(_ types: [String]) -> Bool {
        types.contains { ["Choice", "Composite", "List", "Independents"].contains($0) }
    }

    private static func values(_ value: Any?) -> [Any] {
        guard let value else { return [] }
        return value as? [Any] ?? [value]
    }

    private static func hasContext(_ value: Any?) -> Bool {
        values(value).contains { $0 as? String == context }
    }

    /// An IRI, or an array of exactly one (JSON-LD allows both).
    private static func isSingleIRI(_ value: Any?) -> Bool {
        let list = values(value)
        return list.count == 1 && isIRI(list[0])
    }

    /// An absolute IRI (RFC 3987): a scheme, a colon, and no spaces, controls or
    /// characters IRIs exclude.
    static func isIRI(_ value: Any) -> Bool {
        guard let text = value as? String else { return false }
        return text.wholeMatch(of: /[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>"{}|\\^`\x00-\x1F\x7F]+/) != nil
    }

    /// An xsd:dateTime with a time zone (RFC 3339, the JSON-schema `date-time` format).
    static func isDateTime(_ value: Any) -> Bool {
        guard let text = value as? String else { return false }
        return text.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+\-]\d{2}:\d{2})/) != nil
    }

    private static func nonNegativeInteger(_ value: Any) -> Int? {
        let single = values(value)
        guard single.count == 1, let number = single[0] as? Int, number >= 0 else { return nil }
        return number
    }
}
