import Testing
@testable import DossierCore

/// Entity lookup by id, name or alias, ignoring case, diacritics, punctuation and spacing.
@Suite struct EntityLookupTests {
    let directory = EntityDirectory([
        Entity(id: "zulfikar-ali-bhutto", name: "Zulfikar Ali Bhutto", kind: .person,
               aliases: ["Bhutto", "Z.A. Bhutto", "Zulfiqar Ali Bhutto"]),
        Entity(id: "ussr", name: "Soviet Union", kind: .state, aliases: ["USSR", "the Soviets", "Moscow"]),
        Entity(id: "russia", name: "Russia", kind: .state, aliases: ["Russian Federation", "Moscow"]),
        Entity(id: "india", name: "India", kind: .state, aliases: ["Linda"]),
        Entity(id: "sergey-lavrov", name: "Sergey Lavrov", kind: .person, aliases: ["Sergei Lavrov"]),
        Entity(id: "detente", name: "Détente", kind: .other),
    ])

    func id(_ name: String) -> String? { directory.lookup(name).entity?.id }

    @Test func findsByIdNameAndAlias() {
        #expect(id("zulfikar-ali-bhutto") == "zulfikar-ali-bhutto")
        #expect(id("Zulfikar Ali Bhutto") == "zulfikar-ali-bhutto")
        #expect(id("Bhutto") == "zulfikar-ali-bhutto")
        #expect(id("USSR") == "ussr")
    }

    @Test func ignoresCaseDiacriticsAndSpacing() {
        #expect(id("SERGEY lavrov") == "sergey-lavrov")
        #expect(id("Sérgéi Lávrov") == "sergey-lavrov")
        #expect(id("detente") == "detente")
        #expect(id("DÉTENTE") == "detente")
        #expect(id("  zulfiqar   ali  bhutto ") == "zulfikar-ali-bhutto")
        #expect(id("the soviets") == "ussr")
    }

    @Test func ignoresPunctuationWhenNothingElseMatches() {
        #expect(id("Z.A.Bhutto") == "zulfikar-ali-bhutto")
        #expect(id("ZA Bhutto") == "zulfikar-ali-bhutto")
        #expect(id("U.S.S.R.") == "ussr")
    }

    @Test func garblesAreAliasesToo() {
        #expect(id("linda") == "india")
    }

    @Test func ambiguousNamesAreReported() {
        guard case .ambiguous(let entities) = directory.lookup("moscow") else {
            Issue.record("Moscow should be ambiguous")
            return
        }
        #expect(Set(entities.map(\.id)) == ["ussr", "russia"])
        #expect(directory.ambiguousNames.map(\.name) == ["moscow"])
    }

    @Test func unknownNamesSuggestCloseOnes() {
        guard case .notFound(let suggestions) = directory.lookup("Bhuto") else {
            Issue.record("Bhuto should not be found")
            return
        }
        #expect(suggestions.first?.id == "zulfikar-ali-bhutto")
        guard case .notFound(let lavrov) = directory.lookup("Lavrov") else {
            Issue.record("Lavrov alone is no alias")
            return
        }
        #expect(lavrov.first?.id == "sergey-lavrov")
        guard case .notFound(let none) = directory.lookup("qqqqqq") else { return }
        #expect(none.isEmpty)
    }

    @Test func bundledEntities() throws {
        let collection = CollectionLoader.load(directory: TemporaryCollection.bundledContent).collection
        let timeline = TimelineLoader.load(collection: collection).timeline
        #expect(timeline.lookupEntity("the Soviet Union").entity?.id == "ussr")
        #expect(timeline.lookupEntity("z.a. bhutto").entity?.id == "zulfikar-ali-bhutto")
        #expect(timeline.lookupEntity("SCO").entity != nil)
        #expect(timeline.directory.ambiguousNames.isEmpty)
    }
}
