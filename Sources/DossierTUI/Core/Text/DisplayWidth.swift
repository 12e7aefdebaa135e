#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How many terminal columns text occupies — the one place where widths are computed.
///
/// Widths agree with the C library's `wcwidth`, which is what ncurses and most
/// terminals use, applied per grapheme cluster:
///
/// * the width of a cluster is the width of its first scalar whose width is not zero
///   (`"e\u{301}"` is 1, a Hangul jamo sequence is 2, `"中"` is 2);
/// * emoji presentation sequences (`"❤\u{FE0F}"`), emoji ZWJ sequences
///   (`"👨\u{200D}👩\u{200D}👧"`) and flags (two regional indicators) are 2;
/// * a cluster made only of zero-width scalars (a lone combining mark, U+200B) is 0;
/// * a cluster containing a scalar `wcwidth` calls non-printable (C0 and C1 controls,
///   DEL, U+2028/U+2029, unassigned code points) has no width: ``of(_:)-(Character)``
///   returns `nil`. ``ScreenBuffer`` shows such clusters as U+FFFD (see ``PrintableText``).
///
/// `wcwidth` answers according to the `LC_CTYPE` locale; DisplayWidth always asks
/// a UTF-8 locale (`C.UTF-8`), so the answer does not depend on whether the caller
/// has run `setlocale` yet.
enum DisplayWidth {
    /// The columns one scalar occupies according to `wcwidth`: 0, 1 or 2, or -1
    /// when it is not printable.
    ///
    /// ```swift
    /// DisplayWidth.of("中" as Unicode.Scalar)      // 2
    /// DisplayWidth.of("\u{301}" as Unicode.Scalar) // 0
    /// DisplayWidth.of("\u{1B}" as Unicode.Scalar)  // -1
    /// ```
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return -1 }
        return UTF8Locale.wcwidth(value)
    }

    /// The columns one grapheme cluster occupies (0, 1 or 2), or `nil` if it contains
    /// a scalar that is not printable.
    ///
    /// ```swift
    /// DisplayWidth.of("а" as Character)                    // 1 (Cyrillic)
    /// DisplayWidth.of("👩\u{200D}💻" as Character)         // 2
    /// DisplayWidth.of("\r\n" as Character)                 // nil
    /// ```
    static func of(_ character: Character) -> Int? {
        let scalars = character.unicodeScalars
        var first: Unicode.Scalar?
        var firstWidth = 0
        var hasJoiner = false
        var hasEmojiSelector = false
        var regionalIndicators = 0
        for scalar in scalars {
            let width = of(scalar)
            if width < 0 { return nil }
            if first == nil { first = scalar }
            if firstWidth == 0 && width > 0 { firstWidth = width }
            switch scalar.value {
            case 0x200D: hasJoiner = true
            case 0xFE0F: hasEmojiSelector = true
            case 0x1F1E6...0x1F1FF: regionalIndicators += 1
            default: break
            }
        }
        guard let base = first else { return 0 }
        if regionalIndicators == 2 && scalars.count == 2 { return 2 }
        if (hasEmojiSelector || (hasJoiner && scalars.count > 2)) && base.properties.isEmoji && base.value > 0x7F {
            return 2
        }
        if hasEmojiSelector && base.properties.isEmoji && scalars.contains(where: { $0.value == 0x20E3 }) {
            return 2 // keycap sequence: "1\u{FE0F}\u{20E3}"
        }
        return firstWidth
    }

    /// The columns the C library alone would give a cluster: the `wcwidth` of its first
    /// scalar whose width is not zero, without the emoji rules of ``of(_:)-(Character)``.
    ///
    /// This is the width ncurses assumes when it writes the cluster; the ncurses
    /// backend compares it with ``of(_:)-(Character)`` to avoid writing a cluster
    /// whose width the library and the screen buffer disagree on.
    static func libraryWidth(of character: Character) -> Int? {
        libraryWidth(of: character.unicodeScalars)
    }

    /// ``libraryWidth(of:)-(Character)`` of a cluster given as its scalars.
    static func libraryWidth(of scalars: some Sequence<Unicode.Scalar>) -> Int? {
        for scalar in scalars {
            let width = of(scalar)
            if width < 0 { return nil }
            if width > 0 { return width }
        }
        return 0
    }

    /// The columns a string occupies once it is on screen: the sum of its clusters'
    /// widths as ``ScreenBuffer`` stores them (a non-printable cluster counts as the one
    /// column of U+FFFD, a dropped one as zero).
    ///
    /// ```swift
    /// DisplayWidth.of("Пакистан и 中国")   // 8 + 1 + 1 + 1 + 4 = 15
    /// ```
    static func of<S: StringProtocol>(_ string: S) -> Int {
        var total = 0
        for character in string {
            if let cell = PrintableText.cell(for: character) { total += cell.width }
        }
        return total
    }
}

/// A `locale_t` for a UTF-8 `LC_CTYPE`, used only around `wcwidth` calls.
private enum UTF8Locale {
    /// Created once; never freed (it lives as long as the process).
    nonisolated(unsafe) static let handle: locale_t? = {
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"] {
            if let locale = newlocale(LC_CTYPE_MASK, name, nil) { return locale }
        }
        return nil
    }()

    static func wcwidth(_ value: UInt32) -> Int {
        guard let locale = handle else {
            return Int(cWcwidth(value))
        }
        let previous = uselocale(locale)
        defer { uselocale(previous) }
        return Int(cWcwidth(value))
    }
}

/// The C library's `wcwidth`, looked up at run time: Swift's Glibc module does not
/// declare it (it is an X/Open extension hidden without `_XOPEN_SOURCE`).
private typealias WcwidthFunction = @convention(c) (Int32) -> Int32

private let libraryWcwidth: WcwidthFunction? = {
    #if canImport(Darwin)
    let handle = UnsafeMutableRawPointer(bitPattern: -2) // RTLD_DEFAULT
    #else
    let handle: UnsafeMutableRawPointer? = nil // RTLD_DEFAULT
    #endif
    guard let symbol = dlsym(handle, "wcwidth") else { return nil }
    return unsafeBitCast(symbol, to: WcwidthFunction.self)
}()

@inline(__always)
private func cWcwidth(_ value: UInt32) -> Int32 {
    guard let function = libraryWcwidth else {
        // Without the C library's table: printable non-ASCII counts as one column.
        return 1
    }
    return function(Int32(bitPattern: value))
}
