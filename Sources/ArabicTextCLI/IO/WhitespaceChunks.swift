/// Cuts an input into pieces that end at ASCII white space, so that no
/// token and no UTF-8 sequence spans two pieces, and keeps the Unicode
/// scalar offset where each piece starts.
///
/// Memory stays bounded by the chunk size plus the longest run of bytes
/// without white space.
struct WhitespaceChunker {
    private var pending: [UInt8] = []
    /// `pending[..<scanned]` has no white space: each byte is searched once,
    /// so a long run without white space costs linear time, not quadratic.
    private var scanned = 0
    private(set) var scalarOffset = 0
    static let targetSize = 1 << 16

    /// Adds input and calls `body` with each complete piece (its text, with
    /// ill-formed UTF-8 replaced by U+FFFD, and its starting scalar offset).
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (String, Int) throws -> Void) rethrows {
        pending.append(contentsOf: bytes)
        guard pending.count >= Self.targetSize else { return }
        guard let cut = pending[scanned...].lastIndex(where: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D })
        else {
            scanned = pending.count
            return
        }
        try emit(upTo: cut + 1, body)
    }

    /// Calls `body` with what remains.
    mutating func finish(_ body: (String, Int) throws -> Void) rethrows {
        if !pending.isEmpty { try emit(upTo: pending.count, body) }
    }

    private mutating func emit(upTo end: Int, _ body: (String, Int) throws -> Void) rethrows {
        let text = String(decoding: pending[..<end], as: UTF8.self)
        let start = scalarOffset
        scalarOffset += text.unicodeScalars.count
        pending.removeFirst(end)
        // What is left follows the last white space: it has none.
        scanned = pending.count
        try body(text, start)
    }
}
