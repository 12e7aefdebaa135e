import Foundation

/// The running build of dossier, as the index records it: the executable's size and
/// modification time. A new build may read articles differently (a parser fix, a new
/// front-matter key), so rows written by another build are stale even when the files are
/// not; the index is then rebuilt rather than trusted.
enum ProgramIdentity {
    static let current: String = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber,
              let modified = attributes[.modificationDate] as? Date
        else { return "unknown" }
        return "\(size.int64Value)-\(modified.timeIntervalSince1970)"
    }()
}
