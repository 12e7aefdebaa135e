import Foundation

/// Runs the real `dossier` binary that `swift test` built beside the test bundle.
enum DossierProcess {
    struct Output {
        var status: Int32
        /// The bytes exactly as written.
        var outputBytes: Data
        var errorBytes: Data
        var standardOutput: String { String(decoding: outputBytes, as: UTF8.self) }
        var standardError: String { String(decoding: errorBytes, as: UTF8.self) }
    }

    static var repository: URL {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }

    static var bundledContent: String { repository.appendingPathComponent("Content").path }

    /// The binary: beside the running test executable (…/debug/dossier).
    static var binary: String {
        let testExecutable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = testExecutable.deletingLastPathComponent()
        // Inside an .xctest bundle on some platforms; walk up to the products folder.
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("dossier").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/dossier").path
    }

    /// This test run's own content-index folder: no test reads or writes the user's cache.
    static let cacheDirectory = NSTemporaryDirectory() + "dossier-test-cache-\(UUID().uuidString)"

    /// Runs `dossier arguments…` with a clean environment (no terminal, no NO_COLOR unless given);
    /// `launcher` (such as `setpriv --reuid …`) runs the binary, when given.
    static func run(_ arguments: [String], environment: [String: String] = [:], launcher: [String] = []) throws -> Output {
        try run(executable: launcher.first ?? binary, launcher.isEmpty ? arguments : launcher.dropFirst() + [binary] + arguments,
                environment: environment)
    }

    /// Runs `executable arguments…` (the binary, or a wrapper that runs it) with the same clean environment.
    static func run(executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8", "DOSSIER_CACHE_DIR": cacheDirectory]
        // Under Fuzz/asan.sh the binary is the sanitized build: it gets the run's options too.
        for key in ["ASAN_OPTIONS", "LSAN_OPTIONS"] { env[key] = ProcessInfo.processInfo.environment[key] }
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, outputBytes: outputData, errorBytes: errorData)
    }
}

/// Compares text with a golden file in Tests/EndToEndTests/Golden; `DOSSIER_UPDATE_GOLDEN=1` rewrites it.
enum Golden {
    static func url(_ name: String) -> URL {
        DossierProcess.repository.appendingPathComponent("Tests/EndToEndTests/Golden/\(name)")
    }

    /// Nil when equal; otherwise a description of the first difference.
    static func compare(_ actual: String, with name: String) -> String? {
        let file = url(name)
        if ProcessInfo.processInfo.environment["DOSSIER_UPDATE_GOLDEN"] == "1" {
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            return "missing golden file \(file.path) (run with DOSSIER_UPDATE_GOLDEN=1 to create it)"
        }
        if expected == actual { return nil }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? expectedLines[index] : "<end>"
            let got = index < actualLines.count ? actualLines[index] : "<end>"
            if want != got { return "\(name):\(index + 1):\n  expected: \(want)\n  actual:   \(got)" }
        }
        return "\(name): differs"
    }
}
