import Foundation

/// An annotation id as it is stored and printed: a UUID in lowercase text
/// (`8e0d…-…`), written and read without Foundation's `uuidString` and
/// `UUID(uuidString:)`, which go through `sprintf` and `sscanf` — a tenth of
/// `notes list` with ten thousand notes.
public enum LowercaseUUID {
    private static let digits = Array("0123456789abcdef".utf8)

    /// `id.uuidString.lowercased()`.
    public static func text(of id: UUID) -> String {
        let bytes = id.uuid
        return withUnsafeBytes(of: bytes) { raw in
            String(unsafeUninitializedCapacity: 36) { out in
                var at = 0
                for (index, byte) in raw.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        out[at] = UInt8(ascii: "-")
                        at += 1
                    }
                    out[at] = digits[Int(byte >> 4)]
                    out[at + 1] = digits[Int(byte & 0x0F)]
                    at += 2
                }
                return at
            }
        }
    }

    /// `UUID(uuidString: text)`: 32 hex digits of either case in groups of 8-4-4-4-12.
    public static func parse(_ text: String) -> UUID? {
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let parsed = withUnsafeMutableBytes(of: &bytes) { out -> Bool in
            var utf8 = text.utf8.makeIterator()
            var written = 0
            var position = 0
            while written < 16 {
                if position == 8 || position == 13 || position == 18 || position == 23 {
                    guard utf8.next() == UInt8(ascii: "-") else { return false }
                    position += 1
                }
                guard let high = utf8.next().flatMap(hexValue), let low = utf8.next().flatMap(hexValue) else { return false }
                out[written] = high << 4 | low
                written += 1
                position += 2
            }
            return utf8.next() == nil
        }
        return parsed ? UUID(uuid: bytes) : nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
