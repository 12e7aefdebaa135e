import Foundation

/// The running build of dossier, as the index records it: the executable's size and
/// modification time. A new build may read articles differently (a parser fix, a new
/// front-matter key), so rows written by another build are stale even when the files are
/// not; the index is then rebuilt rather than trusted.
enum ProgramIdentity {
    static let current: String = {
        // One stat(2) of the executable. `Bundle.main` lists the executable's whole folder
        // (thousands of entries when it runs from /tmp or a build folder) and Foundation's
        // attributes look up the owner in /etc/passwd: both on every command's start.
        guard let path = executablePath, let stamp = FileStamp(path: path) else { return "unknown" }
        return "\(stamp.size)-\(stamp.modified)"
    }()

    private static var executablePath: String? {
        #if os(Linux)
        // The kernel's link to the running executable, followed by stat(2).
        "/proc/self/exe"
        #else
        Bundle.main.executablePath
        #endif
    }
}
