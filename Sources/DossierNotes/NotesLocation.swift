import Foundation

/// Where the notes database lives.
///
/// In order: an explicit path (`--notes FILE`), `DOSSIER_NOTES`,
/// `$XDG_DATA_HOME/dossier/notes.sqlite`, `~/.local/share/dossier/notes.sqlite`.
public enum NotesLocation {
    /// The environment variable naming the database file.
    public static let environmentVariable = "DOSSIER_NOTES"

    /// The database path to use.
    /// - Parameters:
    ///   - explicitPath: a path given on the command line, if any; wins over everything.
    ///   - environment: the process environment.
    public static func path(
        explicitPath: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let explicitPath, !explicitPath.isEmpty { return expandTilde(explicitPath, environment) }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            return expandTilde(fromEnvironment, environment)
        }
        return defaultPath(environment: environment)
    }

    /// `$XDG_DATA_HOME/dossier/notes.sqlite`, or `~/.local/share/dossier/notes.sqlite`
    /// when `XDG_DATA_HOME` is unset, empty or relative (as the XDG spec requires).
    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            dataHome = (home(environment) as NSString).appendingPathComponent(".local/share")
        }
        return ((dataHome as NSString).appendingPathComponent("dossier") as NSString)
            .appendingPathComponent("notes.sqlite")
    }

    private static func home(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    private static func expandTilde(_ path: String, _ environment: [String: String]) -> String {
        if path == "~" { return home(environment) }
        if path.hasPrefix("~/") { return (home(environment) as NSString).appendingPathComponent(String(path.dropFirst(2))) }
        return path
    }
}
