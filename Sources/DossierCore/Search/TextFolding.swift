import Foundation

/// Case- and diacritic-insensitive matching: text is folded scalar by scalar (lowercased,
/// combining marks dropped, compatibility forms decomposed), keeping for each folded scalar
/// the offset of the original scalar it came from.
public struct FoldedText: Sendable {
    let scalars: [Unicode.Scalar]
    /// `origins[i]` is the original scalar offset of `scalars[i]`.
    let origins: [Int]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        origins.reserveCapacity(text.unicodeScalars.count)
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            // ASCII folds to one scalar: no array per character of a text of megabytes.
            if scalar.isASCII {
                scalars.append(Self.foldASCII(scalar))
                origins.append(offset)
                continue
            }
            for folded in Self.fold(scalar) {
                scalars.append(folded)
                origins.append(offset)
            }
        }
        self.scalars = scalars
        self.origins = origins
    }

    /// The folded form of a string, for queries.
    public static func key(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.flatMap(fold)
    }

    /// The folded form of a string as a String (for dictionary keys such as alias lookup).
    public static func string(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: key(text))
        return String(view)
    }

    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.isASCII { return [foldASCII(scalar)] }
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{02BC}": return ["'"]
        case "\u{201C}", "\u{201D}": return ["\""]
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}": return ["-"]
        case "\u{00A0}": return [" "]
        default: break
        }
        let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return folded.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
    }

    private static func foldASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
    }

    /// Original-offset ranges of every occurrence of `needle` (already folded).
    public func ranges(of needle: [Unicode.Scalar], limit: Int = .max) -> [TextRange] {
        ScalarSearch.occurrences(of: needle, in: scalars, limit: limit).map { start in
            let end = start + needle.count - 1
            return TextRange(start: origins[start], end: origins[end] + 1)
        }
    }
}
