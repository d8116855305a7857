import Testing
import TestSupport

@testable import ArabicText

@Suite struct InputTests {
    let search = ArabicNormalizer(profile: .search)

    @Test("ill-formed UTF-8 becomes U+FFFD per maximal subpart", arguments: [
        ([0xFF] as [UInt8], "\u{FFFD}"),
        ([0xC0, 0xAF], "\u{FFFD}\u{FFFD}"),  // overlong lead: two subparts
        ([0xE0, 0x80, 0x41], "\u{FFFD}\u{FFFD}A"),  // E0 needs A0–BF next
        ([0xF0, 0x9F, 0x98], "\u{FFFD}"),  // truncated 4-byte sequence: one subpart
        ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}"),  // a surrogate
        ([0xD8, 0xA3, 0x80, 0xD8], "ا\u{FFFD}\u{FFFD}"),  // أ, stray continuation, truncated lead
        ([0xF4, 0x90, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),  // beyond U+10FFFF
    ])
    func illFormedInput(bytes: [UInt8], expected: String) {
        #expect(search.normalize(utf8: bytes).exact == expected.exact)
        // The same replacement Swift's own decoding makes.
        #expect(search.normalize(utf8: bytes).exact == search.normalize(String(decoding: bytes, as: UTF8.self)).exact)
    }

    @Test func randomBytesNeverTrap() {
        var random = TestRandom(seed: 21)
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            let decoded = String(decoding: bytes, as: UTF8.self)
            #expect(search.normalize(utf8: bytes).exact == search.normalize(decoded).exact)
        }
    }

    @Test func validationAgreesWithTheStandardLibrary() {
        var random = TestRandom(seed: 22)
        for _ in 0..<5000 {
            let bytes = (0..<Int.random(in: 0...8, using: &random)).map { _ in
                // Bias towards bytes that make interesting sequences.
                [0x41, 0x80, 0xBF, 0xC2, 0xD8, 0xE0, 0xED, 0xF0, 0xF4, 0xFF, 0x9F, 0xA0].randomElement(using: &random)!
                    as UInt8
            }
            let valid = bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
            #expect(valid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }
}
