import Yams

/// Reads `events.yaml` (Content/README.md) — eras, events and uncovered dates — reporting every
/// problem with the line and column of the offending node: unknown keys (warnings), missing
/// fields, ids that are not kebab-case or repeat, invalid dates, unknown entities, articles,
/// related events and kinds. Quotes are resolved later, by `QuoteResolver`.
enum EventsFileReader {
    struct Result {
        var eras: [Era] = []
        var events: [Event] = []
        var uncovered: [Uncovered] = []
        var diagnostics: [Diagnostic] = []
    }

    /// What references may point to.
    struct Known {
        /// Entity ids; nil when `entities.yaml` could not be read (references are then not checked).
        var entityIDs: Set<String>?
        var articleIDs: [String]
        /// Articles whose files failed to load: citing one is not "unknown" (their error is reported already).
        var failedArticleIDs: Set<String> = []
    }

    static let rootKeys: Set<String> = ["eras", "events", "uncovered"]
    static let eraKeys: Set<String> = ["id", "title", "from", "to", "named_by"]
    static let eventKeys: Set<String> = ["id", "title", "summary", "date", "entities", "tags", "related", "mentions", "conflicts"]
    static let linkKeys: Set<String> = ["event", "kind"]
    static let mentionKeys: Set<String> = ["article", "quote", "date_as_told", "occurrence"]
    static let conflictKeys: Set<String> = ["about", "note", "tellings"]
    static let tellingKeys: Set<String> = ["article", "says"]
    static let uncoveredKeys: Set<String> = ["article", "text", "reason"]

    static let dateSyntax = "use YYYY, YYYY-MM, YYYY-MM-DD, YYY0s, Nth century, START/END or ~DATE (Content/README.md, Dates)"

    static func read(text: String, file: String, known: Known) -> Result {
        var reader = Reader(yaml: YAMLReader(file: file), known: known)
        reader.readRoot(text)
        var result = reader.result
        result.diagnostics = reader.yaml.diagnostics
        return result
    }

    /// The reading state: the YAML reader collecting diagnostics and what has been read so far.
    private struct Reader {
        var yaml: YAMLReader
        let known: Known
        var result = Result()

        mutating func readRoot(_ text: String) {
            guard let root = yaml.parse(text), let mapping = yaml.mapping(root, "events.yaml") else { return }
            yaml.checkKeys(mapping, known: rootKeys, "events.yaml")
            var eraLines: [String: Int] = [:]
            for node in yaml.sequence(mapping["eras"], "'eras'") {
                guard let era = readEra(node) else { continue }
                if let line = eraLines[era.id] {
                    yaml.report(at: node, "era id '\(era.id)' is already used at line \(line)")
                    continue
                }
                eraLines[era.id] = era.position.line
                result.eras.append(era)
            }
            var eventLines: [String: Int] = [:]
            for node in yaml.sequence(mapping["events"], "'events'") {
                guard let event = readEvent(node) else { continue }
                if let line = eventLines[event.id] {
                    yaml.report(at: node.mapping?["id"] ?? node, "event id '\(event.id)' is already used at line \(line)")
                    continue
                }
                eventLines[event.id] = event.position.line
                result.events.append(event)
            }
            let eventIDs = result.events.map(\.id)
            for event in result.events {
                for link in event.related where eventLines[link.event] == nil {
                    yaml.report(line: link.position.line - yaml.lineOffset, column: link.position.column,
                                "unknown event '\(link.event)' in 'related' of '\(event.id)'" + hint(link.event, eventIDs))
                }
            }
            for node in yaml.sequence(mapping["uncovered"], "'uncovered'") {
                if let uncovered = readUncovered(node) { result.uncovered.append(uncovered) }
            }
        }

        // MARK: Items

        mutating func readEra(_ node: Node) -> Era? {
            guard let fields = yaml.mapping(node, "an era") else { return nil }
            yaml.checkKeys(fields, known: eraKeys, "an era")
            guard let id = identifier(fields, node, "era") else { return nil }
            let title = yaml.required("title", in: fields, at: node, "era '\(id)'") ?? id
            guard let from = date("from", fields, node, "era '\(id)'") else { return nil }
            var period = from
            if fields["to"] != nil {
                guard let to = date("to", fields, node, "era '\(id)'") else { return nil }
                guard to.latest >= from.earliest else {
                    yaml.report(at: fields["to"], "era '\(id)' ends (\(to)) before it starts (\(from))")
                    return nil
                }
                period = EventDate(start: from.start, end: to.end ?? to.start, approximate: from.approximate || to.approximate)
            }
            var namedBy = Era.namedByEditors
            if let value = yaml.optional("named_by", in: fields) {
                if value == Era.namedByEditors || known.articleIDs.contains(value) || known.failedArticleIDs.contains(value) {
                    namedBy = value
                } else {
                    yaml.report(at: fields["named_by"], "unknown article '\(value)' in 'named_by'; use an article id or '\(Era.namedByEditors)'"
                                + hint(value, known.articleIDs))
                }
            }
            return Era(id: id, title: title, date: period, namedBy: namedBy, position: yaml.position(of: node))
        }

        mutating func readEvent(_ node: Node) -> Event? {
            guard let fields = yaml.mapping(node, "an event") else { return nil }
            yaml.checkKeys(fields, known: eventKeys, "an event")
            guard let id = identifier(fields, node, "event") else { return nil }
            let what = "event '\(id)'"
            let title = yaml.required("title", in: fields, at: node, what) ?? id
            let summary = yaml.optional("summary", in: fields)?.trimmingSpaces ?? ""
            if summary.isEmpty { yaml.report(at: node, "\(what) has no summary", severity: .warning) }
            guard let date = date("date", fields, node, what) else { return nil }
            var event = Event(id: id, title: title, summary: summary, date: date, position: yaml.position(of: node))
            event.entities = entityReferences(fields["entities"], what)
            event.tags = unique(yaml.strings("tags", in: fields).map(\.trimmingSpaces).filter { !$0.isEmpty })
            event.related = yaml.sequence(fields["related"], "'related'").compactMap { readLink($0, from: id) }
            event.mentions = yaml.sequence(fields["mentions"], "'mentions'").compactMap { readMention($0) }
            if event.mentions.isEmpty { yaml.report(at: node, "\(what) has no mentions: no article tells it", severity: .warning) }
            event.conflicts = yaml.sequence(fields["conflicts"], "'conflicts'").compactMap { readConflict($0, event: event) }
            return event
        }

        mutating func readLink(_ node: Node, from eventID: String) -> Event.Link? {
            guard let fields = yaml.mapping(node, "a related link") else { return nil }
            yaml.checkKeys(fields, known: linkKeys, "a related link")
            let target = yaml.required("event", in: fields, at: node, "a related link")
            var kind = RelationKind.seeAlso
            if let text = yaml.required("kind", in: fields, at: node, "a related link") {
                if let value = RelationKind(rawValue: text) {
                    kind = value
                } else {
                    let kinds = RelationKind.allCases.map(\.rawValue).joined(separator: ", ")
                    yaml.report(at: fields["kind"], "unknown relation kind '\(text)'; use one of: \(kinds)")
                }
            }
            guard let target else { return nil }
            guard target != eventID else {
                yaml.report(at: fields["event"], "event '\(eventID)' is related to itself")
                return nil
            }
            return Event.Link(event: target, kind: kind, position: yaml.position(of: fields["event"]))
        }

        mutating func readMention(_ node: Node) -> Mention? {
            guard let fields = yaml.mapping(node, "a mention") else { return nil }
            yaml.checkKeys(fields, known: mentionKeys, "a mention")
            let article = articleReference(fields, node, "a mention")
            guard let quote = yaml.required("quote", in: fields, at: node, "a mention"), let article else { return nil }
            var occurrence: Int?
            if let occurrenceNode = fields["occurrence"] {
                if let value = occurrenceNode.int, value >= 1 {
                    occurrence = value
                } else {
                    yaml.report(at: occurrenceNode, "'occurrence' must be a whole number from 1 (which occurrence of the quote is meant)")
                }
            }
            let dateAsTold = yaml.optional("date_as_told", in: fields)?.trimmingSpaces
            return Mention(article: article, quote: quote, dateAsTold: dateAsTold, occurrence: occurrence,
                           position: yaml.position(of: fields["quote"]))
        }

        mutating func readConflict(_ node: Node, event: Event) -> Conflict? {
            guard let fields = yaml.mapping(node, "a conflict") else { return nil }
            yaml.checkKeys(fields, known: conflictKeys, "a conflict")
            var topic = Conflict.Topic.fact
            if let text = yaml.required("about", in: fields, at: node, "a conflict") {
                if let value = Conflict.Topic(rawValue: text) {
                    topic = value
                } else {
                    let topics = Conflict.Topic.allCases.map(\.rawValue).joined(separator: ", ")
                    yaml.report(at: fields["about"], "unknown conflict topic '\(text)'; use one of: \(topics)")
                }
            }
            let note = yaml.required("note", in: fields, at: node, "a conflict") ?? ""
            var tellings: [Conflict.Telling] = []
            for tellingNode in yaml.sequence(fields["tellings"], "'tellings'") {
                guard let tellingFields = yaml.mapping(tellingNode, "a telling") else { continue }
                yaml.checkKeys(tellingFields, known: tellingKeys, "a telling")
                let article = articleReference(tellingFields, tellingNode, "a telling")
                guard let says = yaml.required("says", in: tellingFields, at: tellingNode, "a telling"), let article else { continue }
                if !event.articles.contains(article) {
                    yaml.report(at: tellingFields["article"],
                                "article '\(article)' is in a conflict of '\(event.id)' but has no mention of it", severity: .warning)
                }
                tellings.append(Conflict.Telling(article: article, says: says))
            }
            if tellings.count < 2 {
                yaml.report(at: node, "a conflict needs at least two tellings (what each article says)")
            }
            return Conflict(about: topic, note: note, tellings: tellings, position: yaml.position(of: node))
        }

        mutating func readUncovered(_ node: Node) -> Uncovered? {
            guard let fields = yaml.mapping(node, "an uncovered date") else { return nil }
            yaml.checkKeys(fields, known: uncoveredKeys, "an uncovered date")
            let article = articleReference(fields, node, "an uncovered date")
            let text = yaml.required("text", in: fields, at: node, "an uncovered date")
            let reason = yaml.required("reason", in: fields, at: node, "an uncovered date")
            guard let article, let text, let reason else { return nil }
            return Uncovered(article: article, text: text, reason: reason, position: yaml.position(of: fields["text"]))
        }

        // MARK: Fields

        /// The `id` field, checked for kebab-case.
        mutating func identifier(_ fields: Node.Mapping, _ node: Node, _ what: String) -> String? {
            guard let id = yaml.required("id", in: fields, at: node, "an \(what)") else { return nil }
            if !Identifier.isKebabCase(id) { yaml.report(at: fields["id"], Identifier.problem(id, what)) }
            return id
        }

        mutating func date(_ key: String, _ fields: Node.Mapping, _ node: Node, _ what: String) -> EventDate? {
            guard let text = yaml.required(key, in: fields, at: node, what) else { return nil }
            guard let date = EventDate(parsing: text) else {
                yaml.report(at: fields[key], "invalid date '\(text)' in '\(key)' of \(what): \(dateSyntax)")
                return nil
            }
            return date
        }

        mutating func articleReference(_ fields: Node.Mapping, _ node: Node, _ what: String) -> String? {
            guard let article = yaml.required("article", in: fields, at: node, what) else { return nil }
            guard known.articleIDs.contains(article) else {
                if known.failedArticleIDs.contains(article) {
                    yaml.report(at: fields["article"], "article '\(article)' failed to load (see above)")
                    return nil
                }
                yaml.report(at: fields["article"], "unknown article '\(article)'"
                            + (hint(article, known.articleIDs).isEmpty ? "; articles: \(known.articleIDs.joined(separator: ", "))"
                               : hint(article, known.articleIDs)))
                return nil
            }
            return article
        }

        mutating func entityReferences(_ node: Node?, _ what: String) -> [String] {
            var ids: [String] = []
            for item in yaml.sequence(node, "'entities'") {
                guard let id = yaml.string(item, "an entity id")?.trimmingSpaces, !id.isEmpty else { continue }
                if let known = known.entityIDs, !known.contains(id) {
                    yaml.report(at: item, "unknown entity '\(id)' in \(what)" + hint(id, Array(known)))
                    continue
                }
                if ids.contains(id) {
                    yaml.report(at: item, "entity '\(id)' is listed twice in \(what)", severity: .warning)
                    continue
                }
                ids.append(id)
            }
            return ids
        }

        func hint(_ value: String, _ candidates: [String]) -> String {
            let close = CloseMatches.best(for: value, among: candidates)
            return close.isEmpty ? "" : " (did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?)"
        }

        func unique(_ values: [String]) -> [String] {
            var seen: Set<String> = []
            return values.filter { seen.insert($0).inserted }
        }
    }
}
