/// Normalizes a stream of UTF-8 bytes in bounded memory, with output
/// byte-identical to normalizing the whole input at once.
///
/// Feed it bytes in pieces of any size, split anywhere (even inside a
/// scalar); it passes normalized bytes to a sink as soon as they are final.
/// It holds back only the input after the last *safe point*: a starter that
/// nothing after it can interact with (ICU's `hasBoundaryBefore`, and
/// produces output), or a stream-safe cut. That tail is a few bytes in real
/// text and at most 31 scalars in any text.
///
/// ```swift
/// var stream = StreamingNormalizer(normalizer: ArabicNormalizer(profile: .search))
/// for piece in pieces {
///     try stream.feed(piece) { output in try write(output) }
/// }
/// try stream.finish { output in try write(output) }
/// ```
///
/// Ill-formed UTF-8 becomes U+FFFD, each maximal ill-formed subpart one
/// replacement character, exactly as if the whole input had been decoded
/// with `String(decoding:as:)`.
public struct StreamingNormalizer: Sendable {
    /// The normalizer applied to the stream.
    public let normalizer: ArabicNormalizer
    /// Input not yet final: the tail after the last safe point, then any
    /// bytes of an incomplete UTF-8 sequence.
    private var pending: [UInt8] = []
    /// Whether the output emitted so far ends with a space (white-space collapsing context).
    private var precededBySpace = false
    /// The held-back tail starts at a stream-safe cut that still owes a joiner.
    private var joinerPending = false

    /// How many input bytes the stream holds back (for tests of its bound).
    var pendingCount: Int { pending.count }

    /// Creates a stream for `normalizer`.
    public init(normalizer: ArabicNormalizer) {
        self.normalizer = normalizer
    }

    /// Normalizes the next piece of input, passing final output to `sink`.
    public mutating func feed<E: Error>(
        _ bytes: some Collection<UInt8>, to sink: (UnsafeBufferPointer<UInt8>) throws(E) -> Void
    ) throws(E) {
        pending.append(contentsOf: bytes)
        try process(isFinal: false, sink: sink)
    }

    /// Normalizes what is left and passes it to `sink`; the stream can then be reused.
    public mutating func finish<E: Error>(to sink: (UnsafeBufferPointer<UInt8>) throws(E) -> Void) throws(E) {
        try process(isFinal: true, sink: sink)
        pending.removeAll(keepingCapacity: true)
        precededBySpace = false
        joinerPending = false
    }

    private mutating func process<E: Error>(
        isFinal: Bool, sink: (UnsafeBufferPointer<UInt8>) throws(E) -> Void
    ) throws(E) {
        let complete = isFinal ? pending.count : Self.completePrefixLength(pending)
        guard complete > 0 else { return }
        // Repair ill-formed input once; re-fed tails are already well-formed.
        let valid: [UInt8] = pending.withUnsafeBufferPointer { buffer in
            let prefix = UnsafeBufferPointer(rebasing: buffer[..<complete])
            return UTF8Validation.isValid(prefix) ? Array(prefix) : Array(String(decoding: prefix, as: UTF8.self).utf8)
        }
        let incomplete = pending[complete...]
        var output = OutputBuffer(capacity: valid.count + 16)
        var recorder = DiscardingRecorder()
        let safe = valid.withUnsafeBufferPointer { buffer in
            NormalizationEngine(table: normalizer.table).run(
                buffer, into: &output, recorder: &recorder, precededBySpace: precededBySpace,
                joinerPending: joinerPending)
        }
        joinerPending = safe.joinerPending
        let finalCount = isFinal ? output.count : safe.output
        if finalCount > 0 {
            precededBySpace = output.base[finalCount - 1] == 0x20
            try sink(UnsafeBufferPointer(start: output.base, count: finalCount))
        }
        pending = isFinal ? [] : Array(valid[safe.input...]) + incomplete
    }

    /// The length of the longest prefix of `bytes` that does not end inside
    /// an incomplete UTF-8 sequence (which more bytes might complete).
    static func completePrefixLength(_ bytes: [UInt8]) -> Int {
        let count = bytes.count
        // A sequence is at most 4 bytes: look back for its lead byte.
        var start = count - 1
        while start >= 0, start > count - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0 else { return count }
        let lead = bytes[start]
        let expected: Int
        switch lead {
        case 0xC2...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF4: expected = 4
        default: return count  // ASCII or a byte that never starts a sequence
        }
        return count - start < expected ? start : count
    }
}
