@testable import DossierNotes
import Foundation
import Testing

@Suite struct LowercaseUUIDTests {
    @Test func writesAndReadsAsFoundationDoes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let id = UUID()
            let text = LowercaseUUID.text(of: id)
            #expect(text == id.uuidString.lowercased())
            #expect(LowercaseUUID.parse(text) == id)
            #expect(LowercaseUUID.parse(id.uuidString) == id, "upper case is read too")
            // Mixed case, as a hand-edited import might have it.
            let mixed = String(text.map { Bool.random(using: &generator) ? Character($0.uppercased()) : $0 })
            #expect(LowercaseUUID.parse(mixed) == UUID(uuidString: mixed))
        }
        let edge = UUID(uuid: (0, 0x0F, 0xF0, 0xFF, 0x10, 0x01, 0x9A, 0xA9, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF))
        #expect(LowercaseUUID.text(of: edge) == edge.uuidString.lowercased())
    }

    @Test func refusesAnythingButThirtyTwoHexDigitsInTheirGroups() {
        let good = "8e0d5a7c-1b2f-4c3d-9e4f-5a6b7c8d9e0f"
        var bad = ["", "8e0d5a7c", good + "0", good + " ", " " + good, String(good.dropLast()),
                   good.replacingOccurrences(of: "-", with: ""), good.replacingOccurrences(of: "-", with: "_"),
                   "8e0d5a7c1-b2f-4c3d-9e4f-5a6b7c8d9e0f", "8e0d5a7g-1b2f-4c3d-9e4f-5a6b7c8d9e0f",
                   "8e0d5a7c-1b2f-4c3d-9e4f-5a6b7c8d9e0ф", "{8e0d5a7c-1b2f-4c3d-9e4f-5a6b7c8d9e0f}"]
        // Every position replaced by a character that is not a hex digit or is a misplaced hyphen.
        for offset in 0..<good.count {
            var characters = Array(good)
            characters[offset] = characters[offset] == "-" ? "0" : "-"
            bad.append(String(characters))
        }
        for text in bad {
            #expect(LowercaseUUID.parse(text) == nil, "\(text)")
        }
        // Foundation reads through `sscanf("%2hhx")`, which takes a '-' in place of a digit
        // as a sign ("-e" → 0xF2); stored ids never look so, and they are refused here.
        #expect(UUID(uuidString: "-e0d5a7c-1b2f-4c3d-9e4f-5a6b7c8d9e0f") != nil)
        #expect(LowercaseUUID.parse("-e0d5a7c-1b2f-4c3d-9e4f-5a6b7c8d9e0f") == nil)
    }
}
