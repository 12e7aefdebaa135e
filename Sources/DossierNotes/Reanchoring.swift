import DossierCore
import Foundation
import GRDB

/// The outcome of re-anchoring one annotation.
public struct ReanchorResult: Hashable, Sendable {
    /// The annotation as now stored.
    public var annotation: Annotation
    /// Where its passage was found, if anywhere.
    var resolution: AnchorResolution
    /// Its status before.
    var previousStatus: AnchorStatus
}

/// The outcome of ``NotesStore/reanchor(collection:article:plainText:options:)``.
public struct ReanchorReport: Hashable, Sendable {
    /// One result per annotation of the article, in document order.
    public var results: [ReanchorResult]

    /// The number of annotations now in each status.
    public var counts: [AnchorStatus: Int] {
        results.reduce(into: [:]) { $0[$1.annotation.anchorStatus, default: 0] += 1 }
    }
}

extension NotesStore {
    /// Re-anchors every annotation of an article to its current plain text, in one
    /// transaction, and returns where each one is now.
    ///
    /// Nothing is ever deleted. For each annotation:
    /// - found exactly or re-anchored: prefix, suffix and position are refreshed
    ///   from the new text (the quote is unchanged). A status of `reanchored`
    ///   stays until the user confirms the anchor (``reattach(id:to:in:now:)``),
    ///   so that the mark is not lost on the next start;
    /// - approximate: only the position moves; quote and context keep what the
    ///   user selected, so the anchor stays flagged until confirmed;
    /// - orphaned: selectors are kept as they are, for later re-attaching.
    ///
    /// A passage found where it was (or moved) whose quote *with its stored
    /// prefix and suffix* now occurs more than once — the paragraph was duplicated,
    /// say — is ambiguous in the sense `notes add` refuses: it stays on the copy
    /// the resolver chose but gets status `approximate`, so that it is flagged until
    /// the user confirms it, instead of silently staying `exact` on what may be the
    /// wrong copy.
    ///
    /// `modified` does not change: re-anchoring is not an edit. On a store opened
    /// for reading only, the results are computed and returned but not stored.
    ///
    /// `textHash` names `plainText` (the hash of the file it was read from): it is recorded
    /// in the same transaction, so that a caller finding the same hash next time may skip
    /// the article (``anchoredTextHashes(collection:)``). Without one, any recorded hash is
    /// forgotten, since the notes are no longer anchored in the text it named.
    @discardableResult
    public func reanchor(
        collection: String, article: String, plainText: String, textHash: String? = nil,
        options: AnchorOptions = AnchorOptions(), now: Date = Date()
    ) throws -> ReanchorReport {
        let text = AnchorText(plainText)
        let persist = access == .readWrite
        let body = { (db: Database) throws -> ReanchorReport in
            let annotations = try AnnotationRows.fetch(
                db, where: "a.collection = ? AND a.article = ?", arguments: [collection, article])
            var results: [ReanchorResult] = []
            for annotation in annotations {
                let resolution = Anchor.resolve(annotation.selectors, in: text, options: options)
                let updated = Self.applying(resolution, to: annotation, text: text, options: options)
                if persist, updated != annotation { try AnnotationRows.updateAnchor(db, updated) }
                results.append(ReanchorResult(
                    annotation: updated, resolution: resolution, previousStatus: annotation.anchorStatus))
            }
            if persist {
                if let textHash {
                    try AnchoredTexts.record(db, collection: collection, article: article, textHash: textHash, at: now)
                } else {
                    try AnchoredTexts.forget(db, collection: collection, article: article)
                }
            }
            return ReanchorReport(results: results)
        }
        return try persist ? write(body) : pool.read(body)
    }

    /// Attaches an annotation to `range` of `plainText` as chosen by the user:
    /// new selectors, status `exact`, `modified` set to `now`.
    /// - Throws: ``NotesStoreError/notFound(_:)``, or `invalidRange` if `range` is
    ///   empty or outside the text.
    @discardableResult
    public func reattach(id: UUID, to range: Range<Int>, in plainText: String, now: Date = Date()) throws
        -> Annotation
    {
        guard let selectors = Anchor.selectors(for: range, in: plainText) else {
            throw NotesStoreError.invalidRange(range)
        }
        return try write { db in
            guard var annotation = try AnnotationRows.fetch(db, id: id) else { throw NotesStoreError.notFound(id) }
            annotation.selectors = selectors
            annotation.anchorStatus = .exact
            annotation.modified = now.millisecondPrecision
            try AnnotationRows.replace(db, annotation)
            return annotation
        }
    }

    /// The annotation as it should be stored after `resolution`.
    static func applying(
        _ resolution: AnchorResolution, to annotation: Annotation, text: AnchorText, options: AnchorOptions
    ) -> Annotation {
        var updated = annotation
        switch resolution {
        case .exact(let range), .reanchored(let range):
            if case .ambiguous = QuoteSearch.find(annotation.selectors.quote, in: text) {
                // As for an approximate match: the position follows, what the user selected stays.
                updated.selectors.position = TextPositionSelector(range)
                updated.anchorStatus = .approximate
                break
            }
            if let fresh = Anchor.selectors(for: range, in: text, contextLength: options.contextLength) {
                updated.selectors = fresh
            }
            let found = AnchorStatus(resolution)
            // A move stays visible until the user confirms it.
            updated.anchorStatus = found == .exact && annotation.anchorStatus == .reanchored ? .reanchored : found
        case .approximate(let range, _):
            updated.selectors.position = TextPositionSelector(range)
            updated.anchorStatus = .approximate
        case .orphaned:
            updated.anchorStatus = .orphaned
        }
        return updated
    }
}
