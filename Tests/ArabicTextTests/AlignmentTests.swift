import Testing
import TestSupport

@testable import ArabicText

@Suite struct AlignmentTests {
    let search = ArabicNormalizer(profile: .search)

    /// Checks, for every pair of atom boundaries of the normalized text, that
    /// the range between them maps back to original text that normalizes to it.
    func checkExactness(_ text: String, normalizer: ArabicNormalizer, sourceLocation: SourceLocation = #_sourceLocation) {
        let result = normalizer.normalizeWithAlignment(text)
        let normalized = Array(result.normalized.utf8)
        let original = Array(text.utf8)
        let boundaries = Set(result.alignment.segments.map(\.output)).sorted()
        for (index, start) in boundaries.enumerated() {
            for end in boundaries[index...] {
                let mapped = result.alignment.originalRange(forNormalized: start..<end)
                let back = normalizer.normalize(String(decoding: original[mapped], as: UTF8.self))
                #expect(
                    back.exact == String(decoding: normalized[start..<end], as: UTF8.self).exact,
                    sourceLocation: sourceLocation)
            }
        }
    }

    @Test func rangesOfRandomTextMapBackExactly() {
        var random = TestRandom(seed: 11)
        for _ in 0..<400 {
            checkExactness(ScalarPool.randomString(using: &random, maximumLength: 12), normalizer: search)
        }
    }

    @Test func everyTokenOfTheSeedsMapsBackToTextThatNormalizesToIt() {
        for profile in NormalizationProfile.all {
            let normalizer = ArabicNormalizer(profile: profile)
            for seed in Fixtures.seeds {
                let result = normalizer.normalizeWithAlignment(seed)
                for token in Tokenizer().tokenize(result.normalized) {
                    let range = token.range(in: result.normalized)
                    let original = result.original[result.originalRange(forNormalized: range)]
                    #expect(normalizer.normalize(String(original)).exact == result.normalized[range].exact)
                }
            }
        }
    }

    @Test func deletionsExpansionsAndReplacementsAlign() {
        let text = "قالَ ﷲ أكبـــر ٣"
        let result = search.normalizeWithAlignment(text)
        #expect(result.normalized == "قال الله اكبر 3")
        func original(of word: String) -> Substring {
            result.original[result.originalRange(forNormalized: result.normalized.firstRange(of: word)!)]
        }
        #expect(original(of: "قال") == "قالَ")  // the removed fatha travels with its letter
        #expect(original(of: "الله") == "ﷲ")  // an expansion maps as a whole
        let allah = result.normalized.firstRange(of: "الله")!
        let firstLetter = allah.lowerBound..<result.normalized.index(after: allah.lowerBound)
        #expect(result.original[result.originalRange(forNormalized: firstLetter)] == "ﷲ")  // and so does any part of it
        #expect(original(of: "اكبر") == "أكبـــر")  // tatweel inside the word is inside the range
        #expect(original(of: "كب") == "كب")  // a removed tatweel after the range stays outside it
        #expect(original(of: "3") == "٣")
    }

    @Test func originalRangesMapForward() {
        let text = "ﻻ إلهَ"
        let result = search.normalizeWithAlignment(text)
        #expect(result.normalized == "لا اله")
        let word = text.firstRange(of: "إلهَ")!
        #expect(result.normalized[result.normalizedRange(forOriginal: word)] == "اله")
        let ligature = text.firstRange(of: "ﻻ")!
        #expect(result.normalized[result.normalizedRange(forOriginal: ligature)] == "لا")
        // A removed mark belongs to its letter's atom: it maps forward to that letter.
        let fathaStart = text.unicodeScalars.firstIndex(of: "\u{064E}")!
        let fatha = fathaStart..<text.unicodeScalars.index(after: fathaStart)
        #expect(result.normalized[result.normalizedRange(forOriginal: fatha)] == "ه")
    }

    @Test func alignmentIsMonotonicAndCoversBothTexts() {
        var random = TestRandom(seed: 12)
        for _ in 0..<2000 {
            let text = ScalarPool.randomString(using: &random, maximumLength: 30)
            let alignment = search.normalizeWithAlignment(text).alignment
            #expect(alignment.originalLength == text.utf8.count)
            let segments = alignment.segments
            #expect(segments.first?.input == 0 && segments.first?.output == 0)
            for (previous, next) in zip(segments, segments.dropFirst()) {
                #expect(previous.input <= next.input && previous.output <= next.output)
                if !previous.isOpaque { #expect(next.input - previous.input == next.output - previous.output) }
            }
        }
    }

    @Test func unchangedTextHasOneLinearSegment() {
        let result = search.normalizeWithAlignment("نص بلا تغيير")
        #expect(result.alignment.segmentCount == 1)
        #expect(result.alignment == TextAlignment.identity(length: "نص بلا تغيير".utf8.count))
    }
}
