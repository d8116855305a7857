/// Converts UTF-8 offsets into Unicode scalar offsets, for offsets asked in
/// non-decreasing order (as tokens and entities come), in one pass overall.
///
/// ```swift
/// var counter = ScalarOffsetCounter(text)
/// counter.scalarOffset(ofUTF8Offset: 4)   // 2 for "بك..."
/// ```
public struct ScalarOffsetCounter {
    private let bytes: [UInt8]
    private var utf8Offset = 0
    private var scalarOffset = 0

    /// Creates a counter over `text`.
    public init(_ text: String) {
        self.bytes = Array(text.utf8)
    }

    /// The scalar offset of the UTF-8 offset `offset`, which must be a scalar
    /// boundary. Asking for an offset below the previous one starts over.
    public mutating func scalarOffset(ofUTF8Offset offset: Int) -> Int {
        precondition(offset >= 0 && offset <= bytes.count, "offset out of bounds")
        if offset < utf8Offset {
            utf8Offset = 0
            scalarOffset = 0
        }
        // Every byte that is not a continuation byte (10xxxxxx) starts a scalar.
        while utf8Offset < offset {
            if bytes[utf8Offset] & 0xC0 != 0x80 { scalarOffset += 1 }
            utf8Offset += 1
        }
        return scalarOffset
    }
}
