import DossierCore

/// One input holds an annotation's selectors and an edited text, separated by 0xFF bytes
/// (never valid UTF-8, so never inside a seed's text):
/// `text 0xFF exact 0xFF prefix 0xFF suffix 0xFF start,end`. The selectors are resolved
/// in the text as when a note is shown after its article changed, and, built afresh from
/// the text at that position, resolved again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnchor(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let fields = UnsafeBufferPointer(start: data, count: size)
        .split(separator: 0xFF, maxSplits: 4, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
    let text = AnchorText(field(0))
    let numbers = field(4).split(separator: ",").compactMap { Int($0.prefix(9)) }
    let position = numbers.count == 2 ? TextPositionSelector(start: numbers[0], end: numbers[1]) : nil
    let stored = AnchorSelectors(
        quote: TextQuoteSelector(exact: field(1), prefix: field(2), suffix: field(3)), position: position)
    check(Anchor.resolve(stored, in: text), in: text)
    if let range = position?.range, let fresh = Anchor.selectors(for: range, in: text) {
        check(Anchor.resolve(fresh, in: text), in: text)
    }
    return 0
}

/// A resolved anchor always lies inside the text, and is never empty.
private func check(_ resolution: AnchorResolution, in text: AnchorText) {
    guard let range = resolution.range else { return }
    precondition(range.lowerBound >= 0 && range.lowerBound < range.upperBound && range.upperBound <= text.count,
                 "an anchor outside the text")
    _ = text.string(range)
}
