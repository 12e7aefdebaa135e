import Foundation

/// Finds the collection to open when the user names none.
///
/// Order: `--content DIR`, then `$DOSSIER_CONTENT`, then the bundled collection: beside an
/// installed binary (`<prefix>/share/dossier/Content` for `<prefix>/bin/dossier`), in a folder
/// above the binary (the repository, for `swift run` and `.build/*/dossier`), and the
/// repository the binary was built from.
public enum ContentLocator {
    public static let environmentVariable = "DOSSIER_CONTENT"

    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                              executablePath: String = CommandLine.arguments.first ?? "",
                              buildRepository: String? = nil) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        for candidate in bundledCandidates(executablePath: executablePath, buildRepository: buildRepository)
        where FileManager.default.fileExists(atPath: candidate + "/collection.yaml") {
            return candidate
        }
        return nil
    }

    static func bundledCandidates(executablePath: String, buildRepository: String?) -> [String] {
        var candidates: [String] = []
        let executable = URL(fileURLWithPath: resolve(executablePath)).standardizedFileURL
        var directory = executable.deletingLastPathComponent()
        candidates.append(directory.deletingLastPathComponent().appendingPathComponent("share/dossier/Content").path)
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent("Content").path)
            directory = directory.deletingLastPathComponent()
        }
        if let buildRepository { candidates.append(buildRepository + "/Content") }
        candidates.append(FileManager.default.currentDirectoryPath + "/Content")
        return candidates
    }

    /// Follows a symbolic link to the binary and finds a bare command name on PATH.
    static func resolve(_ path: String) -> String {
        var resolved = path
        if !path.contains("/") {
            let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? ""
            for directory in searchPath.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(directory)/\(path)") {
                resolved = "\(directory)/\(path)"
                break
            }
        }
        return (try? FileManager.default.destinationOfSymbolicLink(atPath: resolved)).map { link in
            link.hasPrefix("/") ? link : URL(fileURLWithPath: resolved).deletingLastPathComponent().appendingPathComponent(link).path
        } ?? resolved
    }
}
