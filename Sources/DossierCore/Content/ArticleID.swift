import Foundation

/// Article ids: the file name without its extension, lowercase letters and digits joined by
/// single hyphens (`nika-riots.txt` → `nika-riots`).
public enum ArticleID {
    /// The id for a file named `name` (without extension) that is not a valid id itself:
    /// `Cold War (1947)` → `cold-war-1947`; diacritics are folded, other scripts dropped.
    public static func from(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "article" : result
    }
}
