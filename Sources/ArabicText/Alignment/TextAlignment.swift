/// An exact map between a normalized text and the original text it came from.
///
/// Normalization is a sequence of *atoms*, each turning a stretch of the
/// original into a stretch of the normalized text: a scalar kept or mapped to
/// one of the same length, a removed scalar (an empty output), an expansion
/// (`ﷲ` → `الله`), or a short run that ICU had to normalize as a whole. A
/// removed diacritic joins the atom of the letter it sits on, so that a
/// letter always maps back together with its marks. Atoms follow each other
/// in both texts in the same order.
///
/// A range of the normalized text maps back to the smallest range of the
/// original that covers the atoms producing it; a range of the original
/// maps forward to the output of every atom it touches.
///
/// Offsets are UTF-8 byte offsets; ``NormalizedText`` offers the same maps on
/// `String.Index`.
public struct TextAlignment: Sendable, Equatable {
    /// Where one stretch of the alignment begins: the offsets in both texts,
    /// and whether the stretch is linear (byte by byte) or opaque (only as a
    /// whole).
    struct Segment: Sendable, Equatable {
        var input: Int
        var output: Int
        var isOpaque: Bool
    }

    /// Segment starts, sorted in both coordinates, and a final sentinel at
    /// the two ends, coded as distances (``SegmentCoding``).
    let words: SegmentWords

    /// A position in the coded list: a decoded segment and where its words begin.
    struct Cursor: Sendable {
        var segment: Segment
        var index: Int
    }

    /// The UTF-8 length of the original text.
    public var originalLength: Int { words.sentinel.input }

    /// The UTF-8 length of the normalized text.
    public var normalizedLength: Int { words.sentinel.output }

    /// An alignment from finished words: the first segment at (0, 0), the
    /// last the sentinel at both lengths.
    init(words: SegmentWords) {
        precondition(words.segmentCount >= 2, "malformed segments")
        let first = words.checkpoints[0].segment
        precondition(first.input == 0 && first.output == 0, "malformed segments")
        self.words = words
    }

    /// An alignment from a list of segments, the sentinel included.
    init(segments: [Segment]) {
        var writer = SegmentWriter(estimatedCount: segments.count)
        for segment in segments { writer.append(segment) }
        self.init(words: writer.finish())
    }

    /// All segments, decoded (for tests and diagnostics).
    var segments: [Segment] {
        var result: [Segment] = []
        var cursor = words.checkpoints[0]
        result.append(cursor.segment)
        while words.advance(&cursor) { result.append(cursor.segment) }
        return result
    }

    /// An alignment where both texts are the same.
    public static func identity(length: Int) -> TextAlignment {
        TextAlignment(segments: [
            .init(input: 0, output: 0, isOpaque: false), .init(input: length, output: length, isOpaque: true),
        ])
    }

    public static func == (lhs: TextAlignment, rhs: TextAlignment) -> Bool {
        lhs.words === rhs.words
            || UnsafeBufferPointer(start: lhs.words.base, count: lhs.words.count)
                .elementsEqual(UnsafeBufferPointer(start: rhs.words.base, count: rhs.words.count))
    }

    /// The range of the original text that the normalized UTF-8 range `range` came from.
    public func originalRange(forNormalized range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= normalizedLength, "range out of bounds")
        if range.isEmpty {
            let position = originalPosition(forNormalized: range.lowerBound)
            return position..<position
        }
        // The atom producing the first byte, past any removals at the same spot.
        let (first, _) = lastSegment(where: { $0.output <= range.lowerBound })
        let start = first.isOpaque ? first.input : first.input + (range.lowerBound - first.output)
        let (last, next) = lastSegment(where: { $0.output < range.upperBound })
        let end = last.isOpaque ? next!.input : last.input + (range.upperBound - last.output)
        return start..<end
    }

    /// The range of the normalized text that the original UTF-8 range `range` became.
    public func normalizedRange(forOriginal range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= originalLength, "range out of bounds")
        if range.isEmpty {
            let position = normalizedPosition(forOriginal: range.lowerBound)
            return position..<position
        }
        let (first, _) = lastSegment(where: { $0.input <= range.lowerBound })
        let start = first.isOpaque ? first.output : first.output + (range.lowerBound - first.input)
        let (last, next) = lastSegment(where: { $0.input < range.upperBound })
        let end = last.isOpaque ? next!.output : last.output + (range.upperBound - last.input)
        return start..<end
    }

    /// The original position of a normalized position: inside a linear
    /// stretch the matching byte, otherwise the start of the atom there.
    public func originalPosition(forNormalized position: Int) -> Int {
        let (segment, next) = lastSegment(where: { $0.output <= position })
        return segment.isOpaque || next == nil ? segment.input : segment.input + (position - segment.output)
    }

    /// The normalized position of an original position: inside a linear
    /// stretch the matching byte, otherwise the start of the atom's output.
    public func normalizedPosition(forOriginal position: Int) -> Int {
        let (segment, next) = lastSegment(where: { $0.input <= position })
        return segment.isOpaque || next == nil ? segment.output : segment.output + (position - segment.input)
    }

    /// The number of atoms and linear stretches, a measure of how much the
    /// normalization changed.
    public var segmentCount: Int { words.segmentCount - 1 }

    /// The last segment (the sentinel only if nothing else qualifies)
    /// satisfying `predicate`, which must hold for a prefix, and the segment
    /// after it (nil after the sentinel).
    ///
    /// Among segments that start at the same output position (removals
    /// followed by the atom that produces output), the last one is the one
    /// that produces the byte.
    private func lastSegment(where predicate: (Segment) -> Bool) -> (Segment, next: Segment?) {
        // Binary search over the checkpoints, then a walk of at most one interval.
        var low = 0
        var high = words.checkpointCount  // predicate holds below low, fails at and above high
        while low < high {
            let middle = (low + high) / 2
            if predicate(words.checkpoints[middle].segment) { low = middle + 1 } else { high = middle }
        }
        var cursor = words.checkpoints[max(0, low - 1)]
        while true {
            let current = cursor.segment
            guard words.advance(&cursor) else { return (current, nil) }
            if !predicate(cursor.segment) { return (current, cursor.segment) }
        }
    }
}
