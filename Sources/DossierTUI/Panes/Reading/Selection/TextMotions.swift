extension SelectableText {
    /// Where `motion` takes a cursor resting at `offset`, as in vi: `w` to the next
    /// word's start, `e` to a word's end, `b` back to a word's start, `)` to the next
    /// sentence's start, `(` back to a sentence's start, `}` to the next block's start
    /// and `{` back to a block's start. At either end of the text a motion stops at the
    /// first or last place the cursor can rest.
    ///
    /// ```swift
    /// text.target(of: .wordForward, from: 0)   // the start of the second word
    /// ```
    func target(of motion: TextMotion, from offset: Int) -> Int {
        guard let cluster = stopCluster(nearest: offset), let first = firstStopCluster, let last = lastStopCluster else { return 0 }
        let target: Int
        switch motion {
        case .characterForward:
            target = nextCluster(after: cluster, where: isStopCluster) ?? last
        case .characterBackward:
            target = previousCluster(before: cluster, where: isStopCluster) ?? first
        case .wordForward:
            target = nextCluster(after: cluster, where: isWordStart) ?? last
        case .wordEnd:
            target = nextCluster(after: cluster, where: isWordEnd) ?? last
        case .wordBackward:
            target = previousCluster(before: cluster, where: isWordStart) ?? first
        case .sentenceForward:
            target = nextStart(after: cluster, in: sentences) ?? last
        case .sentenceBackward:
            target = previousStart(from: cluster, in: sentences) ?? first
        case .paragraphForward:
            target = nextStart(after: cluster, in: paragraphs) ?? last
        case .paragraphBackward:
            target = previousStart(from: cluster, in: paragraphs) ?? first
        }
        return starts[target]
    }

    /// Where a selection's end edge goes for `motion` (``Selection`` uses this while
    /// it grows forward): sentence and paragraph motions land on the last character of
    /// a sentence or block rather than the first of the next one, so `)` selects whole
    /// sentences. `nil` for motions without an end form.
    func endTarget(of motion: TextMotion, from offset: Int) -> Int? {
        guard let cluster = stopCluster(nearest: offset) else { return nil }
        let spans: [ClusterSpan]
        switch motion {
        case .sentenceForward, .sentenceBackward: spans = sentences
        case .paragraphForward, .paragraphBackward: spans = paragraphs
        default: return nil
        }
        let forward = motion == .sentenceForward || motion == .paragraphForward
        let target = forward ? nextEnd(from: cluster, in: spans) : previousEnd(before: cluster, in: spans)
        return target.map { starts[$0] }
    }

    /// The first cluster of the span holding `offset`, for sentence and paragraph
    /// motions (`nil` for other motions).
    func unitStart(for motion: TextMotion, containing offset: Int) -> Int? {
        guard let cluster = stopCluster(nearest: offset) else { return nil }
        switch motion {
        case .sentenceForward, .sentenceBackward: return starts[sentences[unitIndex(containing: cluster, in: sentences)].first]
        case .paragraphForward, .paragraphBackward: return starts[paragraphs[unitIndex(containing: cluster, in: paragraphs)].first]
        default: return nil
        }
    }

    /// The last cluster of the span holding `offset`, for sentence and paragraph motions.
    func unitEnd(for motion: TextMotion, containing offset: Int) -> Int? {
        guard let cluster = stopCluster(nearest: offset) else { return nil }
        switch motion {
        case .sentenceForward, .sentenceBackward: return starts[sentences[unitIndex(containing: cluster, in: sentences)].last]
        case .paragraphForward, .paragraphBackward: return starts[paragraphs[unitIndex(containing: cluster, in: paragraphs)].last]
        default: return nil
        }
    }

    private func nextStart(after cluster: Int, in spans: [ClusterSpan]) -> Int? {
        guard !spans.isEmpty else { return nil }
        let index = unitIndex(containing: cluster, in: spans)
        if spans[index].first > cluster { return spans[index].first }
        return index + 1 < spans.count ? spans[index + 1].first : nil
    }

    private func previousStart(from cluster: Int, in spans: [ClusterSpan]) -> Int? {
        guard !spans.isEmpty else { return nil }
        let index = unitIndex(containing: cluster, in: spans)
        if spans[index].first < cluster { return spans[index].first }
        return index > 0 ? spans[index - 1].first : nil
    }

    private func nextEnd(from cluster: Int, in spans: [ClusterSpan]) -> Int? {
        guard !spans.isEmpty else { return nil }
        let index = unitIndex(containing: cluster, in: spans)
        if spans[index].last > cluster { return spans[index].last }
        return index + 1 < spans.count ? spans[index + 1].last : nil
    }

    private func previousEnd(before cluster: Int, in spans: [ClusterSpan]) -> Int? {
        guard !spans.isEmpty else { return nil }
        let index = unitIndex(containing: cluster, in: spans)
        if spans[index].last < cluster { return spans[index].last }
        return index > 0 ? spans[index - 1].last : nil
    }
}
