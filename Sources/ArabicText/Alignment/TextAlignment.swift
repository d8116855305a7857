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
    /// Where one stretch of the alignment begins.
    ///
    /// The opaque flag lives in the low bit of the output offset: 16 bytes a
    /// segment instead of 24. Vocalized text has a segment for nearly every
    /// letter, and the size of that list is what its alignment costs.
    struct Segment: Sendable, Equatable {
        var input: Int
        private var outputAndFlag: Int

        init(input: Int, output: Int, isOpaque: Bool) {
            self.input = input
            self.outputAndFlag = output << 1 | (isOpaque ? 1 : 0)
        }

        var output: Int {
            @inline(__always) get { outputAndFlag >> 1 }
        }

        /// Linear segments map byte by byte; opaque ones only as a whole.
        var isOpaque: Bool {
            @inline(__always) get { outputAndFlag & 1 != 0 }
            @inline(__always) set { outputAndFlag = outputAndFlag & ~1 | (newValue ? 1 : 0) }
        }
    }

    /// Segment starts, sorted in both coordinates, and a final sentinel at
    /// the two ends.
    let segments: [Segment]

    /// The UTF-8 length of the original text.
    public var originalLength: Int { segments.last!.input }

    /// The UTF-8 length of the normalized text.
    public var normalizedLength: Int { segments.last!.output }

    /// An alignment from finished segments: the first at (0, 0), the last
    /// the sentinel at both lengths.
    init(segments: [Segment]) {
        precondition(segments.count >= 2 && segments[0].input == 0 && segments[0].output == 0, "malformed segments")
        self.segments = segments
    }

    /// An alignment where both texts are the same.
    public static func identity(length: Int) -> TextAlignment {
        TextAlignment(segments: [
            .init(input: 0, output: 0, isOpaque: false), .init(input: length, output: length, isOpaque: true),
        ])
    }

    /// The range of the original text that the normalized UTF-8 range `range` came from.
    public func originalRange(forNormalized range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= normalizedLength, "range out of bounds")
        if range.isEmpty {
            let position = originalPosition(forNormalized: range.lowerBound)
            return position..<position
        }
        // The atom producing the first byte, past any removals at the same spot.
        let first = lastSegment(where: { $0.output <= range.lowerBound })
        let start =
            segments[first].isOpaque
            ? segments[first].input : segments[first].input + (range.lowerBound - segments[first].output)
        let last = lastSegment(where: { $0.output < range.upperBound })
        let end =
            segments[last].isOpaque
            ? segments[last + 1].input : segments[last].input + (range.upperBound - segments[last].output)
        return start..<end
    }

    /// The range of the normalized text that the original UTF-8 range `range` became.
    public func normalizedRange(forOriginal range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= originalLength, "range out of bounds")
        if range.isEmpty {
            let position = normalizedPosition(forOriginal: range.lowerBound)
            return position..<position
        }
        let first = lastSegment(where: { $0.input <= range.lowerBound })
        let start =
            segments[first].isOpaque
            ? segments[first].output : segments[first].output + (range.lowerBound - segments[first].input)
        let last = lastSegment(where: { $0.input < range.upperBound })
        let end =
            segments[last].isOpaque
            ? segments[last + 1].output : segments[last].output + (range.upperBound - segments[last].input)
        return start..<end
    }

    /// The original position of a normalized position: inside a linear
    /// stretch the matching byte, otherwise the start of the atom there.
    public func originalPosition(forNormalized position: Int) -> Int {
        let index = lastSegment(where: { $0.output <= position })
        let segment = segments[index]
        if index == segments.count - 1 { return segment.input }
        return segment.isOpaque ? segment.input : segment.input + (position - segment.output)
    }

    /// The normalized position of an original position: inside a linear
    /// stretch the matching byte, otherwise the start of the atom's output.
    public func normalizedPosition(forOriginal position: Int) -> Int {
        let index = lastSegment(where: { $0.input <= position })
        let segment = segments[index]
        if index == segments.count - 1 { return segment.output }
        return segment.isOpaque ? segment.output : segment.output + (position - segment.input)
    }

    /// The number of atoms and linear stretches, a measure of how much the
    /// normalization changed.
    public var segmentCount: Int { segments.count - 1 }

    /// The index of the last segment (sentinel excluded unless nothing else
    /// qualifies) satisfying `predicate`, which must hold for a prefix.
    ///
    /// Among segments that start at the same output position (removals
    /// followed by the atom that produces output), the last one is the one
    /// that produces the byte.
    private func lastSegment(where predicate: (Segment) -> Bool) -> Int {
        var low = 0
        var high = segments.count  // predicate holds below low, fails at and above high
        while low < high {
            let middle = (low + high) / 2
            if predicate(segments[middle]) { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }
}
