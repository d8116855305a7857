import CArabicSIMD

/// The bit sets the vector block kernel (`atx_transduce_blocks`) tests to
/// find the positions it must look up in ``NormalizationTable/windows``;
/// every other position it copies unchanged.
///
/// They are derived from the window table itself, so they follow the
/// profile: a byte or two-byte scalar is selected exactly when its window
/// entry is anything but "store these same bytes" (exactly for ASCII and the
/// Arabic leads D8–DB, per lead byte for the other two-byte scalars, where
/// a selected scalar may still be unchanged).
extension atx_block_classes {
    init(windows: [UInt32]) {
        self.init()
        // A position is copied unchanged when its entry stores its own bytes
        // where they are: an ASCII byte at its place, a two-byte scalar one
        // byte back.
        func changes(previous: Int, current: Int) -> Bool {
            let entry = windows[previous | current << 8]
            if current < 0x80 { return entry != UInt32(current) }
            return entry != UInt32(previous | current << 8) | NormalizationTable.windowStoresBack
        }
        var ascii = [UInt8](repeating: 0, count: 16)
        for byte in 0..<0x80 where changes(previous: 0x20, current: byte) {
            ascii[byte & 0xF] |= 1 << (byte >> 4)
        }
        var arabic = [[UInt8]](repeating: [UInt8](repeating: 0, count: 16), count: 2)
        var leads = [[UInt8]](repeating: [UInt8](repeating: 0, count: 16), count: 2)
        for lead in 0xC0..<0xE0 {
            for continuation in 0x80..<0xC0 where changes(previous: lead, current: continuation) {
                if (0xD8...0xDB).contains(lead) {
                    let row = (lead & 1) << 2 | (continuation >> 4 & 3)
                    arabic[lead >> 1 & 1][continuation & 0xF] |= 1 << row
                } else {
                    leads[lead >> 4 & 1][lead & 0xF] = 1
                }
            }
        }
        Self.copy(ascii, into: &self.ascii)
        Self.copy(arabic[0], into: &arabic_d8_d9)
        Self.copy(arabic[1], into: &arabic_da_db)
        Self.copy(leads[0], into: &lead_c0)
        Self.copy(leads[1], into: &lead_d0)
    }

    /// Copies sixteen bytes into a C array field (imported as a tuple).
    private static func copy<Tuple>(_ bytes: [UInt8], into field: inout Tuple) {
        withUnsafeMutableBytes(of: &field) { destination in
            precondition(destination.count == bytes.count)
            destination.copyBytes(from: bytes)
        }
    }
}

extension NormalizationEngine {
    /// Whether this CPU runs the vector block kernel (x86-64 with AVX2);
    /// elsewhere the block path runs in Swift.
    static let blockKernelAvailable = atx_block_kernel_available() != 0
}
