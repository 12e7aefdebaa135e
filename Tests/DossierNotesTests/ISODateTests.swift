import Foundation
import Testing
@testable import DossierNotes

/// Timestamps as stored: the stored form is read by hand, anything else by Foundation.
@Suite struct ISODateTests {
    /// The hand-read stored form gives Foundation's date for every form `string` writes: a
    /// spread of instants from 1601 to 9999 (leap days, month ends, every millisecond digit).
    @Test func theStoredFormReadsAsFoundationReadsIt() {
        var generator = SystemRandomNumberGenerator()
        var instants: [Double] = [0, -1, 951_782_400, 951_868_799.999, 1_709_164_800.5, -11_644_473_600, 253_402_300_799.999]
        for _ in 0..<3_000 { instants.append(Double(Int64.random(in: -11_644_473_600_000...253_402_300_799_999, using: &generator)) / 1000) }
        for instant in instants {
            let text = ISODate.string(Date(timeIntervalSince1970: instant))
            let stored = ISODate.storedForm(text)
            #expect(stored != nil, "\(text)")
            #expect(stored == ISODate.anyForm(text), "\(text)")
        }
    }

    /// What is not exactly the stored form (another offset, no milliseconds, an impossible
    /// day) is left to Foundation.
    @Test func otherFormsAreLeftToFoundation() {
        for text in ["2025-03-01T12:34:56Z", "2025-03-01T12:34:56.789+01:00", "2025-02-30T00:00:00.000Z", "2023-02-29T00:00:00.000Z",
                     "2025-13-01T00:00:00.000Z", "2025-03-01T24:00:00.000Z", "2025-03-01 12:34:56.789Z", " 2025-03-01T12:34:56.789Z",
                     "not a date", "2025-03-01T12:34:5x.789Z"] {
            #expect(ISODate.storedForm(text) == nil, "\(text)")
        }
        #expect(ISODate.date("2025-03-01T12:34:56.789+01:00") == ISODate.date("2025-03-01T11:34:56.789Z"))
        #expect(ISODate.date("2024-02-29T23:59:59.999Z") == Date(timeIntervalSince1970: 1_709_251_199.999).millisecondPrecision)
    }
}
