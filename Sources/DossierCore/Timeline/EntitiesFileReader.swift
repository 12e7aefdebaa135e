import Yams

/// Reads `entities.yaml` (Content/README.md) into `Entity` values, reporting every problem with
/// the line and column of the offending node: unknown keys (warnings), missing or empty fields,
/// ids that are not kebab-case or repeat, unknown kinds, and a name or alias that two entities share.
enum EntitiesFileReader {
    struct Result {
        var entities: [Entity]
        var diagnostics: [Diagnostic]
        /// False when the file could not be parsed at all (then references to entities are not checked).
        var isReadable: Bool
    }

    static let rootKeys: Set<String> = ["entities"]
    static let entityKeys: Set<String> = ["id", "name", "kind", "description", "aliases"]

    static func read(text: String, file: String) -> Result {
        var yaml = YAMLReader(file: file)
        guard let root = yaml.parse(text) else {
            return Result(entities: [], diagnostics: yaml.diagnostics, isReadable: yaml.diagnostics.isEmpty)
        }
        guard let mapping = yaml.mapping(root, "entities.yaml") else {
            return Result(entities: [], diagnostics: yaml.diagnostics, isReadable: false)
        }
        yaml.checkKeys(mapping, known: rootKeys, "entities.yaml")
        var entities: [Entity] = []
        var firstPosition: [String: SourcePosition] = [:]
        var nameOwners: [String: (entity: String, position: SourcePosition)] = [:]
        for node in yaml.sequence(mapping["entities"], "'entities'") {
            guard let fields = yaml.mapping(node, "an entity") else { continue }
            yaml.checkKeys(fields, known: entityKeys, "an entity")
            guard let id = yaml.required("id", in: fields, at: node, "an entity") else { continue }
            let idNode = fields["id"]
            if !Identifier.isKebabCase(id) { yaml.report(at: idNode, Identifier.problem(id, "entity")) }
            if let first = firstPosition[id] {
                yaml.report(at: idNode, "entity id '\(id)' is already used at line \(first.line)")
                continue
            }
            firstPosition[id] = yaml.position(of: node)
            let name = yaml.required("name", in: fields, at: node, "entity '\(id)'") ?? id
            var kind = Entity.Kind.other
            if let text = yaml.required("kind", in: fields, at: node, "entity '\(id)'") {
                if let known = Entity.Kind(rawValue: text) {
                    kind = known
                } else {
                    let kinds = Entity.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                    yaml.report(at: fields["kind"], "unknown entity kind '\(text)'; use one of: \(kinds)")
                }
            }
            let description = yaml.optional("description", in: fields)?.trimmingSpaces ?? ""
            if description.isEmpty {
                yaml.report(at: node, "entity '\(id)' has no description", severity: .warning)
            }
            var aliases: [String] = []
            var names: [(text: String, position: SourcePosition)] = [(name, yaml.position(of: fields["name"] ?? node))]
            var ownKeys: Set<String> = [EntityDirectory.key(name)]
            for aliasNode in fields["aliases"].map({ yaml.sequence($0, "'aliases'") }) ?? [] {
                guard let alias = yaml.string(aliasNode, "an alias")?.trimmingSpaces, !alias.isEmpty else { continue }
                guard ownKeys.insert(EntityDirectory.key(alias)).inserted else {
                    yaml.report(at: aliasNode, "alias '\(alias)' repeats a name of entity '\(id)'", severity: .warning)
                    continue
                }
                aliases.append(alias)
                names.append((alias, yaml.position(of: aliasNode)))
            }
            for (text, position) in names {
                let key = EntityDirectory.key(text)
                if let owner = nameOwners[key], owner.entity != id {
                    yaml.report(line: position.line, column: position.column,
                                "'\(text)' also names entity '\(owner.entity)' (line \(owner.position.line)); a name or alias must belong to one entity")
                } else {
                    nameOwners[key] = (id, position)
                }
            }
            entities.append(Entity(id: id, name: name, kind: kind, description: description, aliases: aliases,
                                   position: yaml.position(of: node)))
        }
        return Result(entities: entities, diagnostics: yaml.diagnostics, isReadable: true)
    }
}
