import Foundation
import Testing
@testable import DossierTUI

/// The real ncursesw backend, driven through files instead of a terminal: output goes
/// to a file we read back, input comes from a file of bytes.
@Suite("ncurses backend", .serialized)
struct NcursesTerminalTests {
    /// A terminal of type xterm-256color (80×24 from terminfo) on temporary files.
    private func withTerminal(input: [UInt8], noColor: Bool = false, _ body: (NcursesTerminal, () -> [UInt8]) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ncurses-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputPath = directory.appendingPathComponent("input").path
        let outputPath = directory.appendingPathComponent("output").path
        try Data(input).write(to: URL(fileURLWithPath: inputPath))
        NcursesTerminal.useUTF8Locale()
        let inputFile = try #require(fopen(inputPath, "r"))
        let outputFile = try #require(fopen(outputPath, "w"))
        let terminal = try NcursesTerminal(
            terminalType: "xterm-256color", input: inputFile, output: outputFile,
            ownedFiles: [inputFile, outputFile], noColor: noColor, mouse: false, term: nil
        )
        let written = { () -> [UInt8] in
            fflush(outputFile)
            return [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: outputPath))) ?? Data())
        }
        try body(terminal, written)
        terminal.restore()
    }

    private func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let bytes = Array(needle.utf8)
        guard bytes.count <= haystack.count else { return false }
        return (0...(haystack.count - bytes.count)).contains { Array(haystack[$0..<($0 + bytes.count)]) == bytes }
    }

    @Test func writesWideCharactersThroughTheWideCharacterAPI() throws {
        try withTerminal(input: []) { terminal, written in
            #expect(terminal.size == Size(width: 80, height: 24))
            #expect(terminal.colorSupport == .palette256)
            var frame = ScreenBuffer(size: terminal.size)
            frame.put("Пакистан и Россия", x: 0, y: 0, style: Style(foreground: .cyan, attributes: .bold))
            frame.put("巴基斯坦 e\u{301}te\u{301} 👩\u{200D}💻", x: 0, y: 1)
            frame.put("title\u{1B}]0;pwned\u{7}end", x: 0, y: 2)
            terminal.draw(frame)
            let bytes = written()
            #expect(contains(bytes, "Пакистан"))
            #expect(contains(bytes, "巴基斯坦"))
            #expect(contains(bytes, "e\u{301}te\u{301}"))
            // A ZWJ sequence does not fit one ncurses cell: its first emoji keeps the columns.
            #expect(contains(bytes, "👩"))
            #expect(!contains(bytes, "👩\u{200D}"))
            #expect(contains(bytes, "title\u{FFFD}]0;pwned\u{FFFD}end"))
            #expect(!contains(bytes, "\u{1B}]0;pwned"))
        }
    }

    @Test func aSecondFrameWritesOnlyWhatChanged() throws {
        try withTerminal(input: []) { terminal, written in
            var frame = ScreenBuffer(size: terminal.size)
            for row in 0..<24 { frame.put(String(repeating: "Ташкент ", count: 10), x: 0, y: row) }
            terminal.draw(frame)
            let first = written().count
            frame.put("Z", x: 40, y: 12)
            terminal.draw(frame)
            let second = written().count - first
            #expect(first > 2_000)
            #expect(second > 0 && second < 40, "second frame wrote \(second) bytes")
        }
    }

    @Test func decodesKeysFromTheInputStream() throws {
        // "j", Ctrl-D, Up (application mode, as keypad() asks for), Tab, "я", Enter.
        let input: [UInt8] = [0x6A, 0x04] + Array("\u{1B}OA".utf8) + [0x09] + Array("я".utf8) + [0x0D]
        try withTerminal(input: input) { terminal, _ in
            var events: [InputEvent] = []
            while let event = terminal.nextEvent(timeoutMilliseconds: 0) { events.append(event) }
            #expect(events == [
                .key(.character("j")), .key(.control("d")), .key(.up), .key(.tab), .key(.character("я")), .key(.enter),
            ])
            // Waiting without a timeout at the end of the input does not spin forever.
            #expect(terminal.nextEvent(timeoutMilliseconds: nil) == .inputClosed)
        }
    }

    @Test func keysMissingFromTerminfoAreKnownAndUnknownSequencesAreDropped() throws {
        // tmux's Home and End (not in xterm-256color's entry) and F5; then what must never
        // become keys: an unknown CSI, the answer to a device-attributes query (what vim
        // leaves behind) and to a colour query (OSC); then Alt-q.
        let input = Array((
            "\u{1B}[1~a\u{1B}[4~b\u{1B}[15~" + "\u{1B}[99;9~c\u{1B}[>84;0;0cd\u{1B}]11;rgb:0000/0000/0000\u{7}e"
                + "\u{1B}q"
        ).utf8)
        try withTerminal(input: input) { terminal, _ in
            var events: [InputEvent] = []
            while let event = terminal.nextEvent(timeoutMilliseconds: 0) { events.append(event) }
            #expect(events == [
                .key(.home), .key(.character("a")), .key(.end), .key(.character("b")), .key(.function(5)),
                .key(.character("c")), .key(.character("d")), .key(.character("e")),
                .key(.escape), .key(.character("q")),
            ])
        }
    }

    @Test func noColorMeansMonochrome() throws {
        try withTerminal(input: [], noColor: true) { terminal, _ in
            #expect(terminal.colorSupport == .monochrome)
        }
    }

    @Test func clustersTheLibrarySizesDifferentlyKeepTheirColumns() {
        #expect(LibraryCluster.pieces(for: "a", width: 1, maxScalars: 5) == [["a"]])
        #expect(LibraryCluster.pieces(for: "中", width: 2, maxScalars: 5) == [["中"]])
        #expect(LibraryCluster.pieces(for: "❤\u{FE0F}", width: 2, maxScalars: 5) == [["❤"], [" "]])
        #expect(LibraryCluster.pieces(for: "🇵🇰", width: 2, maxScalars: 5) == [["P"], ["K"]])
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
        #expect(LibraryCluster.pieces(for: family, width: 2, maxScalars: 5) == [["👨"]])
        #expect(LibraryCluster.pieces(for: "👩\u{200D}💻", width: 2, maxScalars: 5) == [["👩"]])
        #expect(LibraryCluster.pieces(for: "👍🏽", width: 2, maxScalars: 5) == [["👍"]])
        #expect(LibraryCluster.pieces(for: "e\u{301}", width: 1, maxScalars: 5) == [["e", "\u{301}"]])
    }

    @Test func environmentProblemsHaveClearMessages() {
        let good = TerminalEnvironment(term: "xterm-256color", noColor: false, standardInputIsTerminal: true, standardOutputIsTerminal: true)
        #expect(good.problem == nil)
        var piped = good
        piped.standardOutputIsTerminal = false
        #expect(piped.problem == .notATerminal(stream: "standard output"))
        var dumb = good
        dumb.term = "dumb"
        #expect(dumb.problem == .dumbTerminal(term: "dumb"))
        dumb.term = nil
        #expect(dumb.problem?.description.contains("TERM is not set") == true)
    }
}
