/// Decoding of valid UTF-8, one scalar at a time, for the byte-level loops.
enum UTF8Decoding {
    /// The scalar value at `position`, advancing `position` past it. The
    /// bytes must be valid UTF-8.
    @inline(__always)
    static func decode(_ source: UnsafePointer<UInt8>, at position: inout Int) -> UInt32 {
        let lead = source[position]
        if lead < 0x80 {
            position += 1
            return UInt32(lead)
        }
        if lead < 0xE0 {
            defer { position += 2 }
            return UInt32(lead & 0x1F) << 6 | UInt32(source[position + 1] & 0x3F)
        }
        if lead < 0xF0 {
            defer { position += 3 }
            return UInt32(lead & 0x0F) << 12 | UInt32(source[position + 1] & 0x3F) << 6
                | UInt32(source[position + 2] & 0x3F)
        }
        defer { position += 4 }
        return UInt32(lead & 0x07) << 18 | UInt32(source[position + 1] & 0x3F) << 12
            | UInt32(source[position + 2] & 0x3F) << 6 | UInt32(source[position + 3] & 0x3F)
    }

    /// The length of the sequence that `lead` begins (valid UTF-8 assumed).
    @inline(__always)
    static func sequenceLength(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
