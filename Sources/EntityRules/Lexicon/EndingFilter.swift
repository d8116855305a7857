/// A quick test of whether a word may end with one of a set of byte
/// strings (surnames, surname endings), made of the last four bytes of
/// each, folded into the bits of a 64-bit mask: most words are ruled out by
/// one test instead of a comparison with each string. It may let through a
/// word that ends with none of them, never the other way round.
struct EndingFilter: Sendable {
    private var mask: UInt64 = 0
    /// The length of the shortest string: a shorter word ends with none.
    private var shortest = Int.max
    /// A string shorter than four bytes was added: only the length is tested.
    private var testsLengthOnly = false

    /// An empty filter, which lets no word through.
    init() {}

    /// The bit of the four bytes before `end`.
    @inline(__always)
    private static func bit(_ end: UnsafePointer<UInt8>) -> UInt64 {
        maskBit(UInt64(UnsafeRawPointer(end - 4).loadUnaligned(as: UInt32.self)))
    }

    /// One of the 64 bits of a mask for `value`, picked by the top six bits
    /// of a multiplicative hash (this filter's and ``Lexicon/childMasks``).
    @inline(__always)
    static func maskBit(_ value: UInt64) -> UInt64 {
        1 << ((value &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// Adds `string`.
    mutating func insert(_ string: UnsafeBufferPointer<UInt8>) {
        shortest = min(shortest, string.count)
        if string.count < 4 {
            testsLengthOnly = true
        } else {
            mask |= Self.bit(string.baseAddress! + string.count)
        }
    }

    /// Adds `string`.
    mutating func insert(_ string: [UInt8]) {
        string.withUnsafeBufferPointer { insert($0) }
    }

    /// Whether `word` may end with one of the strings (false: it surely does not).
    @inline(__always)
    func mayEnd(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        // A word that ends with a string is at least as long, so when no
        // string is shorter than four bytes it has four bytes to test.
        guard word.count >= shortest else { return false }
        return testsLengthOnly || mask & Self.bit(word.baseAddress! + word.count) != 0
    }
}
