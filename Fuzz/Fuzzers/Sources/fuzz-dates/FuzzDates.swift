import DossierCore

/// One input is tried as an `events.yaml` date (the grammar) and as running text whose
/// dates `dossier check --coverage` finds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let date = EventDate(parsing: text) {
        precondition(date.earliest <= date.latest || date.end != nil, "a single date that ends before it starts")
        _ = date.display
    }
    let scalarCount = text.unicodeScalars.count
    for mention in DateMentionFinder.mentions(in: text) {
        precondition(mention.range.start >= 0 && mention.range.start < mention.range.end
                     && mention.range.end <= scalarCount, "a mention outside the text")
        _ = mention.date.display
    }
    return 0
}
