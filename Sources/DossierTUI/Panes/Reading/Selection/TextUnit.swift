import DossierCore

/// A piece of text a selection can be made of or snapped to.
enum TextUnit: Hashable, Sendable, CaseIterable {
    /// A word (a run of letters and digits, a run of punctuation, or one ideograph).
    case word
    /// A sentence (see ``SentenceSegmenter``).
    case sentence
    /// A block: paragraph, heading, list item, quote paragraph, footnote paragraph.
    case paragraph
}

extension SelectableText {
    /// The range of the `unit` holding `offset` (the next one when `offset` is on a
    /// space between words), without surrounding spaces; `nil` for a text without blocks.
    ///
    /// ```swift
    /// text.range(of: .sentence, containing: cursor.offset)   // what a double-click selects
    /// ```
    func range(of unit: TextUnit, containing offset: Int) -> TextRange? {
        guard let cluster = stopCluster(nearest: offset) else { return nil }
        switch unit {
        case .word:
            var first = cluster
            if classes[first] == .space {
                guard let next = nextCluster(after: first - 1, where: isWordStart) else { return nil }
                first = next
            }
            while !isWordStart(first) { first -= 1 }
            var last = first
            while !isWordEnd(last) { last += 1 }
            return TextRange(start: starts[first], end: end(ofCluster: last))
        case .sentence:
            let span = sentences[unitIndex(containing: cluster, in: sentences)]
            return TextRange(start: starts[span.first], end: end(ofCluster: span.last))
        case .paragraph:
            let span = paragraphs[unitIndex(containing: cluster, in: paragraphs)]
            return TextRange(start: starts[span.first], end: end(ofCluster: span.last))
        }
    }

    /// `range` grown to whole words at both ends and trimmed of spaces at both ends:
    /// what a highlight or note is attached to, so that a quote never starts or ends
    /// inside a word. `nil` when the range holds only spaces or nothing of a block.
    ///
    /// ```swift
    /// // "The Tashkent Declaration" with "ashkent Decl" selected
    /// text.snappedToWords(range)   // "Tashkent Declaration"
    /// ```
    func snappedToWords(_ range: TextRange) -> TextRange? {
        guard !range.isEmpty, var first = clusterIndex(containing: range.start),
              var last = clusterIndex(containing: min(range.end, count) - 1) else { return nil }
        while first <= last && (classes[first] == .space || !isStopCluster(first)) { first += 1 }
        while last >= first && (classes[last] == .space || !isStopCluster(last)) { last -= 1 }
        guard first <= last else { return nil }
        while classes[first] == .word && !isWordStart(first) { first -= 1 }
        while classes[last] == .word && !isWordEnd(last) { last += 1 }
        return TextRange(start: starts[first], end: end(ofCluster: last))
    }

    // MARK: Words

    /// Whether a word starts at cluster `index`.
    func isWordStart(_ index: Int) -> Bool {
        guard isStopCluster(index), classes[index] != .space else { return false }
        if classes[index] == .ideograph || index == 0 { return true }
        return blockOfCluster[index - 1] != blockOfCluster[index] || classes[index - 1] != classes[index]
    }

    /// Whether a word ends at cluster `index` (inclusive).
    func isWordEnd(_ index: Int) -> Bool {
        guard isStopCluster(index), classes[index] != .space else { return false }
        if classes[index] == .ideograph || index + 1 == classes.count { return true }
        return blockOfCluster[index + 1] != blockOfCluster[index] || classes[index + 1] != classes[index]
    }

    /// The first cluster after `index` satisfying `condition`.
    func nextCluster(after index: Int, where condition: (Int) -> Bool) -> Int? {
        var candidate = index + 1
        while candidate < starts.count {
            if condition(candidate) { return candidate }
            candidate += 1
        }
        return nil
    }

    /// The last cluster before `index` satisfying `condition`.
    func previousCluster(before index: Int, where condition: (Int) -> Bool) -> Int? {
        var candidate = index - 1
        while candidate >= 0 {
            if condition(candidate) { return candidate }
            candidate -= 1
        }
        return nil
    }

    // MARK: Sentences and paragraphs

    /// The index of the span holding cluster `index` (the last one starting at or
    /// before it).
    func unitIndex(containing index: Int, in spans: [ClusterSpan]) -> Int {
        var low = 0
        var high = spans.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if spans[mid].first <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
