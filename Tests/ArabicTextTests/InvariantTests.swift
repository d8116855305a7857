import Testing

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
