import Testing
import TestSupport

@testable import ArabicText

/// Hostile input, concurrency, and regression tests for what the fuzzers
/// (Fuzz/, Scripts/fuzz) found. Timing is measured by Scripts/stress, not
/// here. Docs/Robustness.md describes them.
@Suite struct RobustnessTests {
    /// Every Unicode scalar value, once, in order.
    static let everyScalar: String = {
        var view = String.UnicodeScalarView()
        for value in UInt32(0)...0x10FFFF { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
        return String(view)
    }()

    @Test("every Unicode scalar once: no trap, idempotent, aligned, streamable", arguments: NormalizationProfile.all)
    func everyScalarOnce(profile: NormalizationProfile) {
        let normalizer = ArabicNormalizer(profile: profile)
        let text = Self.everyScalar
        let output = normalizer.normalize(text)
        #expect(normalizer.normalize(output).utf8.elementsEqual(output.utf8))
        let aligned = normalizer.normalizeWithAlignment(text)
        #expect(aligned.normalized.utf8.elementsEqual(output.utf8))
        #expect(aligned.alignment.originalLength == text.utf8.count)
        #expect(aligned.alignment.normalizedRange(forOriginal: 0..<text.utf8.count) == 0..<output.utf8.count)
        var stream = StreamingNormalizer(normalizer: normalizer)
        var streamed: [UInt8] = []
        streamed.reserveCapacity(output.utf8.count)
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + 4093)  // cuts inside sequences
            stream.feed(bytes[offset..<end]) { streamed.append(contentsOf: $0) }
            #expect(stream.pendingCount <= 32 * 4 + 3)
            offset = end
        }
        stream.finish { streamed.append(contentsOf: $0) }
        #expect(streamed.elementsEqual(output.utf8))
    }

    @Test func aMillionCombiningMarksStayBoundedAndStreamSafe() {
        let marks = String(repeating: "\u{0316}", count: 1_000_000)
        let display = ArabicNormalizer(profile: .display)
        let output = display.normalize("a" + marks)
        // A COMBINING GRAPHEME JOINER after every 30 non-starters, nothing else added.
        let joiners = output.unicodeScalars.filter { $0 == "\u{034F}" }.count
        #expect(joiners == 1_000_000 / 30)
        #expect(output.unicodeScalars.count == 1 + 1_000_000 + joiners)
        #expect(display.normalize(output).utf8.elementsEqual(output.utf8))
        // Removed marks: nothing left of them, aligned to the letter they sit on.
        let search = ArabicNormalizer(profile: .search)
        let removed = search.normalizeWithAlignment("ب" + String(repeating: "\u{064E}", count: 1_000_000))
        #expect(removed.normalized == "ب")
        #expect(removed.originalUTF8Range(forNormalized: 0..<2) == 0..<(2 + 2_000_000))
    }

    @Test func marksWithoutABaseAndJoinersOnlyNeverTrap() {
        for profile in NormalizationProfile.all {
            let normalizer = ArabicNormalizer(profile: profile)
            for text in [
                String(repeating: "\u{0651}", count: 100), String(repeating: "\u{200D}", count: 100),
                String(repeating: "\u{0640}\u{0301}", count: 100), "\u{034F}\u{034F}", String(repeating: "\u{0F73}", count: 40),
                String(repeating: "\u{1100}\u{1161}\u{11A8}", count: 40), String(repeating: "\u{FDFA}", count: 50),
            ] {
                let output = normalizer.normalizeWithAlignment(text)
                #expect(normalizer.normalize(output.normalized).utf8.elementsEqual(output.normalized.utf8), "\(profile)")
            }
        }
    }

    @Test func randomBytesStreamedInRandomPiecesEqualTheWhole() {
        var random = TestRandom(seed: 41)
        for profile in NormalizationProfile.all {
            let normalizer = ArabicNormalizer(profile: profile)
            for _ in 0..<200 {
                let bytes = (0..<Int.random(in: 0...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                let expected = Array(normalizer.normalize(utf8: bytes).utf8)
                let output = streamed(bytes, by: normalizer) { Int.random(in: 1...9, using: &random) }
                #expect(output == expected, "\(bytes)")
            }
        }
    }

    @Test func tokensAndStemsOfHostileTextAreOrderedAndInBounds() {
        let texts = [
            String(repeating: "وبالكويت", count: 2_000),  // one 16 KB token
            String(repeating: "\u{0651}", count: 5_000) + "ب",
            Self.everyScalar,
        ]
        let analyzer = CliticAnalyzer()
        for var text in texts {
            let tokens = Tokenizer().tokenize(text)
            var previous = 0
            for token in tokens {
                #expect(token.utf8Range.lowerBound >= previous && !token.utf8Range.isEmpty)
                previous = token.utf8Range.upperBound
            }
            #expect(previous <= text.utf8.count)
            text.withUTF8 { buffer in
                for token in tokens where token.kind == .arabicWord {
                    analyzer.forEachSplit(ofWordAt: token.utf8Range, in: buffer) { split in
                        #expect(token.utf8Range.contains(split.stemRange.lowerBound) && split.stemRange.upperBound <= token.utf8Range.upperBound)
                        return true
                    }
                }
            }
        }
    }

    // Found by FuzzTokenizer (on a seed line, `فيما يلي النص الكامل للمقابلة:`):
    // without article splitting, لل (ل + the article, its alef restored)
    // was sorted by its two written letters although the stem loses one, so
    // ل + ه (two letters) came before it and splits were not ordered by
    // letters removed.
    @Test func splitsAreOrderedByLettersTheStemLoses() {
        let analyzer = CliticAnalyzer(splitsArticle: false, splitsEnclitics: true, minimumStemLength: 3)
        let word = ArabicNormalizer(profile: .ner).normalize("للمقابلة")
        let analyses = analyzer.analyses(of: word)
        #expect(analyses.map(\.stem) == ["للمقابله", "للمقابل", "لمقابله", "المقابله", "لمقابل"])
        let removed = analyses.map { word.utf8.count - $0.split.stemRange.count }
        #expect(removed == removed.sorted())
        for text in ["فيما يلي النص الكامل للمقابلة:", "للمكتبه وللمدرسه فللكويت"] {
            let normalized = ArabicNormalizer(profile: .ner).normalize(text)
            for minimum in 1...3 {
                let analyzer = CliticAnalyzer(splitsArticle: false, splitsEnclitics: true, minimumStemLength: minimum)
                for token in Tokenizer().tokenize(normalized) where token.kind == .arabicWord {
                    let word = String(token.text(in: normalized))
                    let removed = analyzer.analyses(of: word).map { word.utf8.count - $0.split.stemRange.count }
                    #expect(removed == removed.sorted(), "\(word)")
                }
            }
        }
    }

    // Found by FuzzNormalizer (the indexing profile, `a` + 31 `%` + U+030C):
    // a stream-safe cut made inside a run of 30 or more removed scalars
    // (tatweel, punctuation the profile removes, format controls) wrote no
    // COMBINING GRAPHEME JOINER, since no mark was kept before the cut; a
    // combining mark after the run then stood right after the letter before
    // it, and normalizing again composed them (ǎ). Now the joiner goes before
    // the first output after a cut when that output is a mark.
    @Test func aStreamSafeCutInsideRemovedScalarsKeepsIdempotence() {
        let cases: [(NormalizationProfile, String)] = [
            (.indexing, "a" + String(repeating: "%", count: 31) + "\u{030C}"),
            (.search, "a" + String(repeating: "\u{0640}", count: 30) + "\u{030C}"),
            (.search, "a" + String(repeating: "\u{200B}", count: 40) + "\u{0301}"),
        ]
        for (profile, text) in cases {
            let normalizer = ArabicNormalizer(profile: profile)
            let once = normalizer.normalize(text)
            // Bytes, not String ==, which compares canonical equivalence.
            #expect(Array(normalizer.normalize(once).utf8) == Array(once.utf8), "\(profile)")
        }
        // Below the limit the mark composes with the letter across the removed run.
        let short = ArabicNormalizer(profile: .search).normalize("a" + String(repeating: "\u{0640}", count: 29) + "\u{030C}")
        #expect(Array(short.utf8) == Array("\u{01CE}".utf8))
    }

    // Found by FuzzNormalizer (the indexing profile; minimized: U+0316 U+0301,
    // 29 quotation marks, `i`): around a run of removed scalars that reaches
    // the stream-safe limit, StreamingNormalizer fed in some piece sizes wrote
    // a COMBINING GRAPHEME JOINER where normalizing the whole text at once
    // wrote none ([316 301 34F 69] against [316 301 69]): where the cut fell
    // decided the joiner. Now only what follows the cut does.
    @Test func streamingAroundALongRunOfRemovedScalarsEqualsTheWhole() {
        let normalizer = ArabicNormalizer(profile: .indexing)
        let bytes = Array(("\u{0316}\u{0301}" + String(repeating: "\"", count: 29) + "i").utf8)
        let whole = Array(normalizer.normalize(utf8: bytes).utf8)
        for size in 1...bytes.count {
            #expect(streamed(bytes, by: normalizer) { size } == whole, "pieces of \(size) bytes")
        }
    }

    // Found by FuzzNormalizer after the joiner fix above (the ner profile;
    // minimized: 32 fathas, removed, then U+030D): the whole text got
    // [34F 30D], a stream fed in pieces [30D]. The cut falls inside the
    // fathas; the stream releases output up to it and restarts the run there,
    // and the restarted run did not know that a joiner was pending. Now the
    // safe point carries it.
    @Test func aJoinerPendingAtAStreamCutSurvivesTheRestart() {
        let normalizer = ArabicNormalizer(profile: .ner)
        let bytes = Array((String(repeating: "\u{064E}", count: 32) + "\u{030D}").utf8)
        let whole = Array(normalizer.normalize(utf8: bytes).utf8)
        for size in 1...bytes.count {
            #expect(streamed(bytes, by: normalizer) { size } == whole, "pieces of \(size) bytes")
        }
    }

    @Test func oneNormalizerSharedByManyTasks() async {
        // One normalizer per profile shared by 32 tasks, and option sets never
        // seen before built concurrently (the shared table cache's race path):
        // the results equal the sequential ones. Scripts/sanitize runs this under TSan.
        let normalizers = NormalizationProfile.all.map { ArabicNormalizer(profile: $0) }
        let texts = Fixtures.seeds + (0..<16).map { "أَهْلاً ﷲ ١٢٣ \($0) " + String(repeating: "كَتَبَ ", count: $0) }
        let expected = normalizers.map { normalizer in texts.map { normalizer.normalizeWithAlignment($0) } }
        let fresh: [NormalizationOptions] = (0..<4).map { NormalizationOptions(rawValue: 1 << 13 | UInt32($0) << 1) }
        let results = await withTaskGroup(of: (task: Int, aligned: NormalizedText, other: String).self) { group in
            for task in 0..<32 {
                group.addTask {
                    let text = texts[task % texts.count]
                    let other = ArabicNormalizer(options: fresh[task % fresh.count]).normalize(text)
                    return (task, normalizers[task % normalizers.count].normalizeWithAlignment(text), other)
                }
            }
            var results: [(task: Int, aligned: NormalizedText, other: String)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 32)
        for (task, aligned, other) in results {
            let text = texts[task % texts.count]
            #expect(aligned == expected[task % normalizers.count][task % texts.count])
            #expect(other.utf8.elementsEqual(ArabicNormalizer(options: fresh[task % fresh.count]).normalize(text).utf8))
        }
    }
}
