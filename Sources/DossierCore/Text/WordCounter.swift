/// Counts words the way a reader would: maximal runs of letters, digits, apostrophes
/// and hyphens that contain at least one letter or digit.
public enum WordCounter {
    public static func count(in text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar {
                if !inWord { count += 1 }
                inWord = true
            } else if inWord && (scalar == "'" || scalar == "’" || scalar == "-") {
                continue
            } else {
                inWord = false
            }
        }
        return count
    }
}
