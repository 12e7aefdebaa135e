import Testing
@testable import DossierTUI

@Suite("Screen layout")
struct ScreenLayoutTests {
    @Test func wideScreensShowEveryPane() throws {
        let layout = ScreenLayout(size: Size(width: 120, height: 40))
        #expect(layout.mode == .wide)
        #expect(layout.rect(for: .browser) == Rect(x: 0, y: 0, width: 24, height: 39))
        #expect(layout.rect(for: .reading) == Rect(x: 25, y: 0, width: 62, height: 39))
        #expect(layout.rect(for: .timeline) == Rect(x: 88, y: 0, width: 32, height: 23))
        #expect(layout.rect(for: .notes) == Rect(x: 88, y: 24, width: 32, height: 15))
        #expect(layout.status == Rect(x: 0, y: 39, width: 120, height: 1))
        #expect(layout.visiblePanes == [.browser, .reading, .timeline, .notes])
        #expect(layout.pane(at: Point(x: 100, y: 30)) == .notes)
        #expect(layout.pane(at: Point(x: 24, y: 3)) == nil) // the separator
    }

    @Test func panesAndSeparatorsTileTheScreenExactly() {
        for size in [Size(width: 120, height: 40), Size(width: 200, height: 60), Size(width: 80, height: 24), Size(width: 40, height: 10)] {
            for open: Pane? in [nil, .browser, .timeline, .notes] {
                let layout = ScreenLayout(size: size, openSidePane: open)
                var covered = Array(repeating: 0, count: size.width * size.height)
                for rect in Array(layout.panes.values) + layout.separators + [layout.status] {
                    for y in rect.y..<rect.maxY {
                        for x in rect.x..<rect.maxX { covered[y * size.width + x] += 1 }
                    }
                }
                #expect(covered.allSatisfy { $0 == 1 }, "\(size) open \(String(describing: open))")
            }
        }
    }

    @Test func narrowScreensFoldSidePanes() {
        let closed = ScreenLayout(size: Size(width: 80, height: 24))
        #expect(closed.mode == .narrow)
        #expect(closed.visiblePanes == [.reading])
        #expect(closed.rect(for: .reading) == Rect(x: 0, y: 0, width: 80, height: 23))

        let browser = ScreenLayout(size: Size(width: 80, height: 24), openSidePane: .browser)
        #expect(browser.rect(for: .browser) == Rect(x: 0, y: 0, width: 36, height: 23))
        #expect(browser.rect(for: .reading) == Rect(x: 37, y: 0, width: 43, height: 23))

        let timeline = ScreenLayout(size: Size(width: 80, height: 24), openSidePane: .timeline)
        #expect(timeline.rect(for: .timeline) == Rect(x: 44, y: 0, width: 36, height: 23))

        let small = ScreenLayout(size: Size(width: 50, height: 20), openSidePane: .notes)
        #expect(small.visiblePanes == [.notes])
        #expect(small.rect(for: .notes) == Rect(x: 0, y: 0, width: 50, height: 19))

        // Wide enough but too short for three columns.
        #expect(ScreenLayout(size: Size(width: 160, height: 24)).mode == .narrow)
    }

    @Test func tinyScreensAreTooSmall() {
        for size in [Size(width: 30, height: 8), Size(width: 39, height: 40), Size(width: 120, height: 9), Size(width: 0, height: 0)] {
            let layout = ScreenLayout(size: size)
            #expect(layout.mode == .tooSmall)
            #expect(layout.panes.isEmpty)
        }
        #expect(ScreenLayout(size: Size(width: 40, height: 10)).mode == .narrow)
    }

    @Test func goldenWideSkeleton() {
        Golden.check(skeleton(ScreenLayout(size: Size(width: 120, height: 40))), "layout-120x40")
    }

    @Test func goldenNarrowSkeletonWithBrowserOpen() {
        Golden.check(skeleton(ScreenLayout(size: Size(width: 80, height: 24), openSidePane: .browser)), "layout-80x24-browser")
    }

    /// Pane titles and separators: the bare bones of the screen.
    private func skeleton(_ layout: ScreenLayout) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: layout.size)
        for separator in layout.separators {
            buffer.fill(separator, with: separator.width == 1 ? "│" : "─")
        }
        for (pane, rect) in layout.panes {
            buffer.put(" \(pane.title) \(rect.width)×\(rect.height)", x: rect.x, y: rect.y, maxWidth: rect.width)
        }
        buffer.put("status", x: layout.status.x, y: layout.status.y)
        return buffer
    }
}
