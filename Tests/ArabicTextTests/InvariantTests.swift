import Testing
import TestSupport

@testable import ArabicText

/// Properties that hold for every profile and every input.
@Suite struct InvariantTests {
    static let profiles = NormalizationProfile.all

    static func samples(count: Int, seed: UInt64, maximumLength: Int = 24) -> [String] {
        var random = TestRandom(seed: seed)
        return (0..<count).map { _ in ScalarPool.randomString(using: &random, maximumLength: maximumLength) }
    }

    @Test("normalizing twice changes nothing", arguments: profiles)
    func idempotence(profile: NormalizationProfile) {
        let normalizer = ArabicNormalizer(profile: profile)
        for text in Self.samples(count: 3000, seed: 1) + Fixtures.seeds {
            let once = normalizer.normalize(text)
            #expect(normalizer.normalize(once).exact == once.exact, "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    @Test("the table-driven loop agrees with the reference definition", arguments: profiles)
    func fastPathMatchesReference(profile: NormalizationProfile) {
        let normalizer = ArabicNormalizer(profile: profile)
        let reference = ChunkNormalizer(options: profile.options)
        // Below the stream-safe run limit, the loop must equal the literal definition.
        for text in Self.samples(count: 3000, seed: 2) + Fixtures.seeds {
            let expected = String(String.UnicodeScalarView(reference.normalize(Array(text.unicodeScalars), precededBySpace: false)))
            #expect(normalizer.normalize(text).exact == expected.exact, "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    /// Letters each followed by a run of marks in any order (shadda before
    /// fatha, as people type them; marks that compose with the letter; marks
    /// of other scripts): where the loop puts kept marks in canonical order
    /// itself, it must agree with the reference, aligned or not.
    @Test("runs of marks in any order agree with the reference", arguments: profiles)
    func markRunsMatchReference(profile: NormalizationProfile) {
        let normalizer = ArabicNormalizer(profile: profile)
        let reference = ChunkNormalizer(options: profile.options)
        // Several marks of one class (230: U+0300, U+0301, U+0657, U+0658; 220:
        // U+0316, U+0323, U+0656), whose relative order the sort must keep.
        let marks: [UInt32] = [
            0x064B, 0x064C, 0x064D, 0x064E, 0x064F, 0x0650, 0x0651, 0x0652, 0x0653, 0x0654, 0x0655, 0x0656,
            0x0657, 0x0658, 0x0670, 0x06E1, 0x0300, 0x0301, 0x0316, 0x0323, 0x0327, 0x0334, 0x0345,
        ]
        let bases: [UInt32] = [0x0627, 0x0628, 0x0648, 0x064A, 0x0647, 0x0640, 0x61, 0x20]
        var random = TestRandom(seed: 7)
        for _ in 0..<4000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                view.append(Unicode.Scalar(bases.randomElement(using: &random)!)!)
                for _ in 0..<Int.random(in: 0...5, using: &random) {
                    view.append(Unicode.Scalar(marks.randomElement(using: &random)!)!)
                }
            }
            let text = String(view)
            let expected = String(String.UnicodeScalarView(reference.normalize(Array(text.unicodeScalars), precededBySpace: false)))
            let described = "\(Array(text.unicodeScalars.map(\.value)))"
            #expect(normalizer.normalize(text).exact == expected.exact, "\(described)")
            let aligned = normalizer.normalizeWithAlignment(text)
            #expect(aligned.normalized.exact == expected.exact, "\(described)")
            // The whole output maps back to original text that normalizes to it.
            let back = aligned.alignment.originalRange(forNormalized: 0..<expected.utf8.count)
            let source = String(decoding: Array(text.utf8)[back], as: UTF8.self)
            #expect(normalizer.normalize(source).exact == expected.exact, "\(described)")
        }
    }

    @Test("no output contains a scalar the profile removes", arguments: profiles)
    func removedScalarsNeverAppear(profile: NormalizationProfile) {
        let normalizer = ArabicNormalizer(profile: profile)
        let mapping = ScalarMapping(options: profile.options)
        for text in Self.samples(count: 2000, seed: 3, maximumLength: 40) + Fixtures.seeds {
            for scalar in normalizer.normalize(text).unicodeScalars {
                #expect(mapping.map(scalar) != .delete, "U+\(String(scalar.value, radix: 16)) in output")
                if profile.options.contains(.collapseWhitespace), ICU.isWhiteSpace(scalar) {
                    #expect(scalar == " ")
                }
            }
        }
    }

    @Test("the plain and aligned entry points give the same text", arguments: profiles)
    func alignedAndPlainAgree(profile: NormalizationProfile) {
        let normalizer = ArabicNormalizer(profile: profile)
        for text in Self.samples(count: 1000, seed: 4) + Fixtures.seeds {
            #expect(normalizer.normalizeWithAlignment(text).normalized.exact == normalizer.normalize(text).exact)
        }
    }

    @Test func longRunsOfMarksStayLinearAndStreamSafe() {
        let display = ArabicNormalizer(profile: .display)
        // 100 kept marks in a row: cut every 30 non-starters with U+034F, so that
        // normalization stays idempotent and bounded (UAX #15 stream-safe format).
        let marks = String(repeating: "\u{0316}", count: 100)
        let output = display.normalize("a" + marks)
        #expect(output.unicodeScalars.filter { $0 == "\u{034F}" }.count == 3)
        #expect(display.normalize(output).exact == output.exact)
        // Removed marks need no joiner: search drops them all.
        #expect(ArabicNormalizer(profile: .search).normalize("ب" + String(repeating: "\u{064E}", count: 1000)).exact == "ب".exact)
    }
}
