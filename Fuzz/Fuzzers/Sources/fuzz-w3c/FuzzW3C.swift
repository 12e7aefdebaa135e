import DossierNotes
import Foundation

/// The notes database imports go into: a real store in a temporary folder, opened once
/// per run (libFuzzer calls the target many times in one process).
nonisolated(unsafe) private var store: NotesStore?

/// One input is a file given to `dossier notes import`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzW3C(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    if store == nil {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-fuzz-w3c-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        store = try! NotesStore(path: folder.appendingPathComponent("notes.sqlite").path)
    }
    let input = Data(bytes: data, count: size)
    // Refusing a file is fine (NotesStoreError); crashing or hanging is not.
    guard let report = try? store!.importW3C(input) else { return 0 }
    // Importing the same file again adds nothing.
    let again = try! store!.importW3C(input)
    precondition(again.inserted == 0, "a second import inserted \(again.inserted) annotations")
    _ = report
    return 0
}
