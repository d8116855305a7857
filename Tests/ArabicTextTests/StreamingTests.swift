import Testing
import TestSupport

@testable import ArabicText

@Suite struct StreamingTests {
    /// Feeds `bytes` in pieces cut at the given sizes, cycling through them.
    func streamed(_ bytes: [UInt8], profile: NormalizationProfile, pieceSizes: [Int]) -> [UInt8] {
        var index = 0
        return ArabicTextTests.streamed(bytes, by: ArabicNormalizer(profile: profile)) {
            defer { index += 1 }
            return pieceSizes[index % pieceSizes.count]
        }
    }

    @Test("streamed output is byte-identical to normalizing at once", arguments: NormalizationProfile.all)
    func streamingMatchesWholeInput(profile: NormalizationProfile) {
        let normalizer = ArabicNormalizer(profile: profile)
        var random = TestRandom(seed: 31)
        var texts = Fixtures.seeds
        for _ in 0..<300 { texts.append(ScalarPool.randomString(using: &random, maximumLength: 60)) }
        for text in texts {
            let expected = Array(normalizer.normalize(text).utf8)
            let bytes = Array(text.utf8)
            for sizes in [[1], [2, 3, 5], [7, 1, 64], [Int.random(in: 1...40, using: &random)]] {
                #expect(streamed(bytes, profile: profile, pieceSizes: sizes) == expected)
            }
        }
    }

    @Test func illFormedBytesAcrossPieceBoundariesDecodeAsAWhole() {
        let normalizer = ArabicNormalizer(profile: .search)
        var random = TestRandom(seed: 32)
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                [0x41, 0x20, 0x80, 0xBF, 0xC2, 0xA0, 0xD8, 0xA3, 0xD9, 0x8E, 0xE0, 0xED, 0xF0, 0x9F, 0xFF].randomElement(
                    using: &random)! as UInt8
            }
            let expected = Array(normalizer.normalize(utf8: bytes).utf8)
            #expect(streamed(bytes, profile: .search, pieceSizes: [1, 2, 3]) == expected, "\(bytes)")
        }
    }

    @Test func longRunsWithoutStartersStreamInBoundedPieces() {
        // A long run of removed tatweel and marks must not make the stream hold it all.
        let text = "ب" + String(repeating: "\u{0640}\u{064E}", count: 20_000) + "ت"
        var stream = StreamingNormalizer(normalizer: ArabicNormalizer(profile: .search))
        var output: [UInt8] = []
        var largestPending = 0
        for byte in Array(text.utf8) {
            stream.feed(CollectionOfOne(byte)) { output.append(contentsOf: $0) }
            largestPending = max(largestPending, stream.pendingCount)
        }
        stream.finish { output.append(contentsOf: $0) }
        #expect(String(decoding: output, as: UTF8.self) == "بت")
        #expect(largestPending < 256)
    }
}
