#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The compact form of an alignment's segment list: each segment start is
/// stored as its distance from the previous one, in one 32-bit word.
///
/// Vocalized text has a segment for nearly every letter, so the size of a
/// segment is what its alignment costs: four bytes here, against sixteen for
/// two absolute offsets.
///
/// A word holds the segment's opaque flag in bit 0, the input distance in
/// bits 1–15 and the output distance in bits 16–31. A distance too large for
/// its field (a linear stretch of 32 KB, a run of removals longer than
/// that) is written as an escape of six words: a marker, the two distances
/// as 64-bit values in four words, and the marker again, so that the list
/// reads backwards as well as forwards. The marker is the one word whose
/// input field is all ones, a distance no ordinary word holds.
enum SegmentCoding {
    /// The input-distance field of an escape marker.
    static let escapeInputField: UInt32 = 0x7FFF

    /// The words an escaped segment takes.
    static let escapeLength = 6

    /// Whether `word` is an escape marker.
    @inline(__always)
    static func isEscape(_ word: UInt32) -> Bool {
        (word &>> 1) & escapeInputField == escapeInputField
    }

    /// Whether the distances fit in one ordinary word.
    @inline(__always)
    static func fitsOneWord(inputDistance: Int, outputDistance: Int) -> Bool {
        UInt(bitPattern: inputDistance) < UInt(escapeInputField) && UInt(bitPattern: outputDistance) <= 0xFFFF
    }

    /// The segment that starts `word` (at `index`) after the segment `previous`.
    @inline(__always)
    static func segment(
        at index: Int, in words: UnsafePointer<UInt32>, after previous: TextAlignment.Segment
    ) -> TextAlignment.Segment {
        let word = words[index]
        let (inputDistance, outputDistance) = distances(at: index, in: words)
        return .init(
            input: previous.input &+ inputDistance, output: previous.output &+ outputDistance,
            isOpaque: word & 1 != 0)
    }

    /// The input and output distances stored by the segment at `index`.
    @inline(__always)
    static func distances(at index: Int, in words: UnsafePointer<UInt32>) -> (input: Int, output: Int) {
        let word = words[index]
        guard isEscape(word) else { return (Int(word &>> 1 & 0x7FFF), Int(word &>> 16)) }
        return (wide(words + index + 1), wide(words + index + 3))
    }

    /// The number of words of the segment starting at `index`.
    @inline(__always)
    static func length(at index: Int, in words: UnsafePointer<UInt32>) -> Int {
        isEscape(words[index]) ? escapeLength : 1
    }

    /// A 64-bit distance stored as two words, low first.
    private static func wide(_ words: UnsafePointer<UInt32>) -> Int {
        Int(truncatingIfNeeded: UInt64(words[0]) | UInt64(words[1]) &<< 32)
    }

    /// Splits a 64-bit distance into two words, low first.
    static func wideWords(_ distance: Int) -> (UInt32, UInt32) {
        let bits = UInt64(bitPattern: Int64(distance))
        return (UInt32(truncatingIfNeeded: bits), UInt32(truncatingIfNeeded: bits &>> 32))
    }
}

/// A finished, immutable list of coded segments with its checkpoints,
/// shared by copies of a ``TextAlignment``.
final class SegmentWords: @unchecked Sendable {
    // Sendable: written only by the `SegmentWriter` that created it, before
    // it was handed over; nothing writes to it afterwards.
    let base: UnsafeMutablePointer<UInt32>
    /// The number of words.
    let count: Int
    /// The number of segments, the sentinel included.
    let segmentCount: Int
    /// The last segment, decoded.
    let sentinel: TextAlignment.Segment
    /// Segment number k × ``SegmentWriter/checkpointInterval``, decoded, for each k.
    let checkpoints: UnsafeMutablePointer<TextAlignment.Cursor>
    let checkpointCount: Int

    fileprivate init(
        base: UnsafeMutablePointer<UInt32>, count: Int, segmentCount: Int, sentinel: TextAlignment.Segment,
        checkpoints: UnsafeMutablePointer<TextAlignment.Cursor>, checkpointCount: Int
    ) {
        self.base = base
        self.count = count
        self.segmentCount = segmentCount
        self.sentinel = sentinel
        self.checkpoints = checkpoints
        self.checkpointCount = checkpointCount
    }

    deinit {
        free(base)
        free(checkpoints)
    }

    /// Moves `cursor` to the next segment; false at the sentinel.
    @inline(__always)
    func advance(_ cursor: inout TextAlignment.Cursor) -> Bool {
        let next = cursor.index &+ SegmentCoding.length(at: cursor.index, in: base)
        guard next < count else { return false }
        cursor = .init(segment: SegmentCoding.segment(at: next, in: base, after: cursor.segment), index: next)
        return true
    }
}

/// Builds a coded segment list one segment at a time; the last segment can
/// be changed or removed, as the alignment recorder needs.
///
/// Every ``checkpointInterval``-th segment is also kept decoded, as a
/// checkpoint where lookups start their walk through the coded list.
///
/// The words live in a buffer grown with `realloc`, which can extend a large
/// block in place, and handed over to ``SegmentWords`` without a copy.
struct SegmentWriter: ~Copyable {
    /// Segments between checkpoints: a lookup decodes at most this many.
    static let checkpointInterval = 32

    /// Whether segment number `index` is a checkpoint: a mask, not a
    /// division (the interval is a power of two), on the path of every segment.
    @inline(__always)
    static func isCheckpoint(_ index: Int) -> Bool { index & (checkpointInterval &- 1) == 0 }

    private var base: UnsafeMutablePointer<UInt32>
    private var capacity: Int
    private var count = 0
    private var checkpoints: UnsafeMutablePointer<TextAlignment.Cursor>
    private var checkpointCapacity: Int
    private var checkpointCount = 0
    /// Where the last segment's words begin.
    private var lastIndex = 0
    /// The number of segments written.
    private(set) var segmentCount = 0
    /// The last segment written; (0, 0) linear before the first.
    private(set) var last = TextAlignment.Segment(input: 0, output: 0, isOpaque: false)

    /// A writer with room for about `estimatedCount` segments.
    init(estimatedCount: Int) {
        capacity = max(estimatedCount, 16)
        base = malloc(capacity * MemoryLayout<UInt32>.stride)!.assumingMemoryBound(to: UInt32.self)
        checkpointCapacity = capacity / Self.checkpointInterval + 1
        checkpoints = Self.allocateCheckpoints(capacity: checkpointCapacity)
    }

    deinit {
        free(base)
        free(checkpoints)
    }

    private static func allocateCheckpoints(capacity: Int) -> UnsafeMutablePointer<TextAlignment.Cursor> {
        malloc(capacity * MemoryLayout<TextAlignment.Cursor>.stride)!.assumingMemoryBound(to: TextAlignment.Cursor.self)
    }

    /// Appends `segment`, which must not start before the last one.
    @inline(__always)
    mutating func append(_ segment: TextAlignment.Segment) {
        let inputDistance = segment.input &- last.input
        let outputDistance = segment.output &- last.output
        if count &+ SegmentCoding.escapeLength > capacity { grow() }
        lastIndex = count
        let flag: UInt32 = segment.isOpaque ? 1 : 0
        if SegmentCoding.fitsOneWord(inputDistance: inputDistance, outputDistance: outputDistance) {
            base[count] = UInt32(truncatingIfNeeded: outputDistance) &<< 16 | UInt32(truncatingIfNeeded: inputDistance) &<< 1 | flag
            count &+= 1
        } else {
            appendEscape(inputDistance: inputDistance, outputDistance: outputDistance, flag: flag)
        }
        last = segment
        if Self.isCheckpoint(segmentCount) { appendCheckpoint() }
        segmentCount &+= 1
    }

    @inline(never)
    private mutating func appendCheckpoint() {
        if checkpointCount == checkpointCapacity {
            checkpointCapacity *= 2
            checkpoints = realloc(checkpoints, checkpointCapacity * MemoryLayout<TextAlignment.Cursor>.stride)!
                .assumingMemoryBound(to: TextAlignment.Cursor.self)
        }
        (checkpoints + checkpointCount).initialize(to: .init(segment: last, index: lastIndex))
        checkpointCount &+= 1
    }

    @inline(never)
    private mutating func appendEscape(inputDistance: Int, outputDistance: Int, flag: UInt32) {
        let marker = 0xFFFF_0000 | SegmentCoding.escapeInputField &<< 1 | flag
        let input = SegmentCoding.wideWords(inputDistance)
        let output = SegmentCoding.wideWords(outputDistance)
        for word in [marker, input.0, input.1, output.0, output.1, marker] {
            base[count] = word
            count &+= 1
        }
    }

    /// Sets the opaque flag of the last segment.
    @inline(__always)
    mutating func setLastOpaque() {
        base[lastIndex] |= 1
        if SegmentCoding.isEscape(base[lastIndex]) { base[lastIndex &+ SegmentCoding.escapeLength &- 1] |= 1 }
        last.isOpaque = true
        // The last segment may be a checkpoint.
        if Self.isCheckpoint(segmentCount &- 1) { checkpoints[checkpointCount &- 1].segment.isOpaque = true }
    }

    /// Replaces the last segment with `segment`, which starts where it does
    /// or later; the first segment if there is none yet.
    mutating func replaceLast(with segment: TextAlignment.Segment) {
        removeLast()
        append(segment)
    }

    /// Removes the last segment, if any.
    mutating func removeLast() {
        guard segmentCount > 0 else { return }
        let (inputDistance, outputDistance) = SegmentCoding.distances(at: lastIndex, in: base)
        count = lastIndex
        segmentCount &-= 1
        if Self.isCheckpoint(segmentCount) { checkpointCount &-= 1 }
        guard count > 0 else {
            last = .init(input: 0, output: 0, isOpaque: false)
            return
        }
        // The word before is an ordinary word or an escape's closing marker.
        lastIndex = SegmentCoding.isEscape(base[count &- 1]) ? count &- SegmentCoding.escapeLength : count &- 1
        last = .init(
            input: last.input &- inputDistance, output: last.output &- outputDistance, isOpaque: base[lastIndex] & 1 != 0)
    }

    @inline(never)
    private mutating func grow() {
        capacity *= 2
        base = realloc(base, capacity * MemoryLayout<UInt32>.stride)!.assumingMemoryBound(to: UInt32.self)
    }

    /// Hands the words over, trimmed to their count.
    consuming func finish() -> SegmentWords {
        let words = realloc(base, max(count, 1) * MemoryLayout<UInt32>.stride)!.assumingMemoryBound(to: UInt32.self)
        let result = SegmentWords(
            base: words, count: count, segmentCount: segmentCount, sentinel: last, checkpoints: checkpoints,
            checkpointCount: checkpointCount)
        discard self
        return result
    }
}
