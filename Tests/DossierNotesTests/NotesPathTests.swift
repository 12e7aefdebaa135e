import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@testable import DossierNotes

/// `--notes`/`DOSSIER_NOTES` may point anywhere: anything but a regular file or a
/// path that does not exist yet is refused before it is opened, with the path named.
@Suite("Notes path")
struct NotesPathTests {
    static func refusal(_ path: String, access: NotesStore.Access) -> NotesStoreError? {
        do {
            _ = try NotesStore(path: path, access: access)
            return nil
        } catch {
            return error as? NotesStoreError
        }
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode : 0
    }

    @Test func aFolderIsRefusedWithItsPath() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("folder")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        for access in [NotesStore.Access.readWrite, .readOnly] {
            let error = try #require(Self.refusal(path, access: access))
            #expect(error == .notARegularFile(path: path, kind: "a folder"))
            #expect(error.description.contains(path))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).isEmpty)
    }

    /// Opening a FIFO waits for a writer for ever; it must never be opened.
    @Test(.timeLimit(.minutes(1))) func aFIFOIsRefusedWithoutWaiting() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.fifo")
        #expect(mkfifo(path, 0o644) == 0)
        for access in [NotesStore.Access.readWrite, .readOnly] {
            #expect(Self.refusal(path, access: access) == .notARegularFile(path: path, kind: "a FIFO (named pipe)"))
        }
        #expect(Self.mode(path) & 0o777 == 0o644)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["notes.fifo"])
    }

    /// Whether /dev/null is the device it should be (on a machine where something
    /// replaced it by a regular file, the link tests have nothing to show).
    static var devNullIsADevice: Bool { mode("/dev/null") & S_IFMT == S_IFCHR }

    /// A link to a device is followed and the device refused: its mode is not
    /// changed and no `-journal` appears beside it.
    @Test(.enabled(if: devNullIsADevice)) func aLinkToADeviceIsRefusedAndTheDeviceUntouched() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/null")
        let before = Self.mode("/dev/null")
        for access in [NotesStore.Access.readWrite, .readOnly] {
            let error = try #require(Self.refusal(path, access: access))
            #expect(error == .notARegularFile(path: path, kind: "a symbolic link to a character device (/dev/null)"))
        }
        #expect(Self.mode("/dev/null") == before)
        for companion in ["-journal", "-wal", "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: "/dev/null" + companion))
        }
    }

    /// A device node of its own (needs root to make): refused, mode unchanged.
    @Test(.enabled(if: getuid() == 0)) func aDeviceIsRefusedAndItsModeKept() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("null-device")
        // /dev/null's numbers, major 1 minor 3 (makedev is a C macro Swift does not import).
        #expect(mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0)
        #expect(chmod(path, 0o666) == 0)  // past the umask
        #expect(Self.refusal(path, access: .readWrite) == .notARegularFile(path: path, kind: "a character device"))
        #expect(Self.mode(path) & 0o777 == 0o666)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["null-device"])
    }

    @Test func aLinkToNothingIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("notes.sqlite")
        let target = directory.file("elsewhere/notes.sqlite")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        #expect(Self.refusal(path, access: .readWrite)
            == .notARegularFile(path: path, kind: "a symbolic link to a missing file (\(target))"))
        #expect(!FileManager.default.fileExists(atPath: directory.file("elsewhere")))
    }

    /// A link to a database is followed: the companions live beside the real file.
    @Test func aLinkToADatabaseOpensItsTarget() throws {
        let directory = try TemporaryDirectory()
        let real = directory.file("real.sqlite")
        try NotesStore(path: real).add(.marker("a"))
        let link = directory.file("link.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let store = try NotesStore(path: link)
        try store.add(.marker("b"))
        #expect(try NotesStore(path: real, access: .readOnly).list(article: "b").count == 1)
        #expect(!FileManager.default.fileExists(atPath: link + "-wal"))
        #expect(FileManager.default.fileExists(atPath: real + "-wal"))
    }
}
