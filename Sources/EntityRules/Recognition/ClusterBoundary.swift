/// A quick, conservative test for grapheme cluster boundaries in UTF-8 text,
/// for the common case: between two scalars that are each a line feed,
/// printable ASCII, or an Arabic letter without marks (U+0621–U+063A,
/// U+0641–U+064A), a cluster always ends (all have Grapheme_Cluster_Break
/// Other or LF, so rule GB999 or GB4/GB5 applies, whatever comes before).
/// Anything else (marks, joiners, format characters, emoji, CR, other
/// scripts) is left to `String`'s own cluster walk.
enum ClusterBoundary {
    /// Whether UTF-8 offset `offset` of `bytes` is certainly a grapheme
    /// cluster boundary; false means "not known", not "not a boundary".
    static func isCertain(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset > 0, offset < bytes.count else { return offset == 0 || offset == bytes.count }
        return endsSimpleScalar(bytes, at: offset) && startsSimpleScalar(bytes, at: offset)
    }

    /// Whether a line feed or printable ASCII byte is `byte`.
    @inline(__always)
    private static func isSimpleASCII(_ byte: UInt8) -> Bool {
        byte == 0x0A || (0x20...0x7E).contains(byte)
    }

    /// Whether the two bytes `lead`, `trail` encode an Arabic letter without
    /// marks: D8 A1–D8 BA (U+0621–U+063A) or D9 81–D9 8A (U+0641–U+064A).
    @inline(__always)
    private static func isArabicLetter(_ lead: UInt8, _ trail: UInt8) -> Bool {
        (lead == 0xD8 && (0xA1...0xBA).contains(trail)) || (lead == 0xD9 && (0x81...0x8A).contains(trail))
    }

    /// Whether the scalar that ends at `offset` (0 < offset) is simple.
    private static func endsSimpleScalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let last = bytes[offset - 1]
        if last < 0x80 { return isSimpleASCII(last) }
        // D8 and D9 are lead bytes, never continuation bytes: a two-byte scalar.
        return offset >= 2 && isArabicLetter(bytes[offset - 2], last)
    }

    /// Whether the scalar that starts at `offset` (offset < count) is simple.
    private static func startsSimpleScalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let first = bytes[offset]
        if first < 0x80 { return isSimpleASCII(first) }
        return offset + 1 < bytes.count && isArabicLetter(first, bytes[offset + 1])
    }
}
