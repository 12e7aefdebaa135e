/// FNV-1a, 64 bits: a stable hash of a file's bytes (Swift's `Hasher` is seeded per process,
/// so it cannot be stored). It tells a touched file from an edited one, not an attacker's.
enum ContentHash {
    static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
