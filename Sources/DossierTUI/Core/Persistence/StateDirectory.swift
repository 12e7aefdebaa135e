/// Where the reader keeps its state: `$DOSSIER_STATE_DIR`, else `$XDG_STATE_HOME/dossier`,
/// else `~/.local/state/dossier` (the XDG Base Directory default).
enum StateDirectory {
    /// The variable that overrides the directory (tests and the end-to-end test use it).
    static let environmentVariable = "DOSSIER_STATE_DIR"

    /// The directory for `environment`, or `nil` when not even `HOME` is set.
    ///
    /// ```swift
    /// StateDirectory.path(environment: ["HOME": "/home/ada"])   // "/home/ada/.local/state/dossier"
    /// ```
    static func path(environment: [String: String]) -> String? {
        if let explicit = environment[environmentVariable], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg + "/dossier" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/dossier" }
        return nil
    }
}
