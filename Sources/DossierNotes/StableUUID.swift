import Foundation

/// Deterministic UUIDs for imported annotations whose id is not a UUID: the same
/// text always gives the same UUID, so that a re-import finds what it imported.
enum StableUUID {
    /// A version-8 (custom) UUID from two 64-bit FNV-1a hashes of `text`.
    static func make(from text: String) -> UUID {
        let high = fnv1a(text, basis: 0xcbf2_9ce4_8422_2325)
        let low = fnv1a(text, basis: 0x6c62_272e_07bb_0142)
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: high >> UInt64(56 - 8 * i))
            bytes[8 + i] = UInt8(truncatingIfNeeded: low >> UInt64(56 - 8 * i))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x80  // version 8
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    private static func fnv1a(_ text: String, basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
