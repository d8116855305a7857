import ArabicText
import Testing
import TestSupport

@testable import EntityRules

/// Hostile and mixed input, concurrency, and regression tests for what the
/// fuzzers (Fuzz/, Scripts/fuzz) found. Docs/Robustness.md describes them.
@Suite struct EntityRobustnessTests {
    let recognizer = TestLexicon.recognizer

    /// UTF-8 offsets where a `Character` starts, and the end.
    static func characterBoundaries(_ text: String) -> Set<Int> {
        var result: Set<Int> = [text.utf8.count]
        var index = text.startIndex
        while index < text.endIndex {
            result.insert(text.utf8.distance(from: text.utf8.startIndex, to: index))
            index = text.index(after: index)
        }
        return result
    }

    /// UTF-8 offsets where a Unicode scalar starts, and the end.
    static func scalarBoundaries(_ text: String) -> Set<Int> {
        var result: Set<Int> = [text.utf8.count]
        var offset = 0
        for scalar in text.unicodeScalars {
            result.insert(offset)
            offset += UTF8.width(scalar)
        }
        return result
    }

    /// Every entity of `text` starts and ends on a scalar and a Character
    /// boundary, its text is the text at its range, and no two of one type overlap.
    static func expectWellFormed(_ entities: [Entity], in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scalars = scalarBoundaries(text)
        let characters = characterBoundaries(text)
        let bytes = Array(text.utf8)
        for entity in entities {
            let range = entity.utf8Range
            #expect(!range.isEmpty && range.upperBound <= bytes.count, "\(range)", sourceLocation: sourceLocation)
            guard range.upperBound <= bytes.count else { continue }
            #expect(scalars.contains(range.lowerBound) && scalars.contains(range.upperBound), "cuts a scalar: \(entity)", sourceLocation: sourceLocation)
            #expect(characters.contains(range.lowerBound) && characters.contains(range.upperBound), "cuts a Character: \(entity.text.unicodeScalars.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
            #expect(entity.text.utf8.elementsEqual(bytes[range]), sourceLocation: sourceLocation)
        }
        for (index, a) in entities.enumerated() {
            for b in entities[(index + 1)...] where b.utf8Range.overlaps(a.utf8Range) {
                #expect(a.type != b.type, "overlapping \(a.type): \(a.text) / \(b.text)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Arabic with Latin, Persian, Urdu, Hebrew, emoji (with skin tones, ZWJ
    /// sequences and flags) and bidi controls, next to and inside the names.
    static let mixedTexts: [String] = [
        "زار الرئيس فلاديمير بوتين (Vladimir Putin) مدينة باكو 🇦🇿 يوم الأحد.",
        "\u{202B}وصل إلى موسكو\u{202C} و\u{2067}باكو\u{2069} ثم إلى تل أبيب (תל אביב).",
        "\u{200F}باكو\u{200F} \u{200E}Baku\u{200E} 👍🏽باكو👍🏽 👨‍👩‍👧موسكو👨‍👩‍👧",
        "سفر به باکو و مسکو در ایران؛ کراچی سے باکو تک۔ روسيا",
        "زار باكو\u{200C} وموسكو\u{200D} اليوم",  // ZWNJ / ZWJ right after a name: same Character
        "زار \u{0600}باكو و\u{0601}موسكو",  // Arabic number signs are prepended to the next letter
        "زار باكو\u{0301} وموسكو\u{FE0F}",  // a Latin accent and a variation selector on the last letter
        "الرئيس\u{0651}\u{0651}\u{0651} فلاديمير\u{034F}بوتين باكو\u{0670}\u{0654}",
        "🇷🇺روسيا🇷🇺 🏳️‍🌈باكو e\u{0301}باكو باكوe\u{0301}",
        "السيد جيهون بيراموف\r\nقال بيراموف\u{2028}إن أذربيجان\u{0085}روسيا",
        "باكو" + String(repeating: "\u{0651}", count: 40) + " موسكو" + String(repeating: "\u{200C}", count: 40),
    ]

    @Test("entity ranges never cut a scalar or a Character in mixed-script text", arguments: mixedTexts)
    func mixedScriptsKeepCharactersWhole(text: String) {
        let entities = recognizer.recognize(text)
        Self.expectWellFormed(entities, in: text)
        Self.expectWellFormed(EntityRecognizer().recognize(text), in: text)
    }

    @Test func mixedScriptsStillFindTheNames() {
        let found = recognizer.recognize(Self.mixedTexts[0]).map(\.text)
        #expect(found.contains("فلاديمير بوتين") && found.contains("باكو"))
        #expect(recognizer.recognize("👍🏽باكو👍🏽").map(\.text) == ["باكو"])
    }

    // Found by reasoning about grapheme clusters, confirmed with FuzzRecognizer:
    // the range ended before a ZWNJ (Grapheme_Cluster_Break=Extend) that the
    // normalizer removes, or started after U+0600 (Prepend), cutting a Character.
    @Test func aJoinerOrAPrependedSignStaysWithTheNameItTouches() {
        let zwnj = "زار باكو\u{200C} اليوم"
        let first = recognizer.recognize(zwnj).first { $0.type == .city }
        #expect(first?.text == "باكو\u{200C}")
        let prepended = "زار \u{0600}باكو اليوم"
        let second = recognizer.recognize(prepended).first { $0.type == .city }
        #expect(second?.text == "\u{0600}باكو")
        #expect(second?.utf8Range.lowerBound == "زار ".utf8.count)
        // Nothing changes where the name has no such neighbour.
        #expect(recognizer.recognize("زار باكو اليوم").first?.text == "باكو")
    }

    @Test func characterAlignmentWidensOnlyToClusterEdges() {
        let text = "ab\u{0301}c"  // a | b + U+0301 | c
        #expect(EntityRecognizer.characterAligned(1..<2, in: text) == 1..<4)
        #expect(EntityRecognizer.characterAligned(2..<4, in: text) == 1..<4)
        #expect(EntityRecognizer.characterAligned(0..<1, in: text) == 0..<1)
        #expect(EntityRecognizer.characterAligned(4..<5, in: text) == 4..<5)
        #expect(EntityRecognizer.characterAligned(0..<5, in: text) == 0..<5)
        let flags = "🇦🇿🇷🇺"  // two flags, four regional indicators of 4 bytes
        #expect(EntityRecognizer.characterAligned(4..<12, in: flags) == 0..<16)
    }

    @Test func repeatedTitleCuesFindNoOneAndStayWellFormed() {
        let text = String(repeating: "الرئيس ", count: 5_000) + "فلاديمير بوتين"
        let entities = recognizer.recognize(text)
        Self.expectWellFormed(entities, in: text)
        #expect(entities.map(\.text) == ["فلاديمير بوتين"])
        let alternating = String(repeating: "الرئيس السابق السفير ", count: 2_000)
        #expect(recognizer.recognize(alternating).isEmpty)
    }

    @Test func randomScalarSoupNeverTrapsAndStaysWellFormed() {
        // Arabic letters, marks, joiners, controls, Latin, Hebrew, emoji parts, spaces.
        var pool: [UInt32] = Array(0x0621...0x064A)
        pool += [0x064B, 0x0651, 0x0670, 0x0640, 0x200C, 0x200D, 0x200E, 0x202B, 0x2066, 0x0600, 0x061C]
        pool += [0x41, 0x65, 0x301, 0x5D0, 0x5D1, 0x1F44D, 0x1F3FD, 0x1F1E6, 0x1F1FF, 0xFE0F, 0x20, 0x20, 0x20, 0x0A, 0x2E, 0x060C]
        var random = TestRandom(seed: 7)
        let recognizer = EntityRecognizer(gazetteer: TestLexicon.gazetteer())
        for _ in 0..<300 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...60, using: &random) {
                view.append(Unicode.Scalar(pool.randomElement(using: &random)!)!)
            }
            // Paste known names in, so that entities are found.
            let soup = String(view)
            let reversed = String(String.UnicodeScalarView(view.reversed()))
            let text: String = soup + " باكو" + reversed + " الرئيس فلاديمير بوتين" + soup
            let entities = recognizer.recognize(text)
            Self.expectWellFormed(entities, in: text)
            #expect(recognizer.recognize(text) == entities)
        }
    }

    @Test func oneRecognizerAndOneNormalizerSharedByManyTasks() async {
        // One shared instance of each, used at once from 32 tasks: the results
        // equal the sequential ones (run under TSan by Scripts/sanitize).
        let recognizer = TestLexicon.recognizer
        let bundled = EntityRecognizer()
        let normalizer = ArabicNormalizer(profile: .ner)
        let texts = (0..<64).map { index in
            "زار الرئيس الروسي فلاديمير بوتين باكو رقم \(index)، وقال السفير كريموف إن موسكو " + String(repeating: "أَهْلاً ", count: index % 7)
        }
        let expected = texts.map { (recognizer.recognize($0), bundled.recognize($0), normalizer.normalize($0)) }
        let results = await withTaskGroup(of: (Int, [Entity], [Entity], String).self) { group in
            for task in 0..<32 {
                group.addTask {
                    let index = (task * 7) % texts.count
                    return (index, recognizer.recognize(texts[index]), bundled.recognize(texts[index]), normalizer.normalize(texts[index]))
                }
            }
            var results: [(Int, [Entity], [Entity], String)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 32)
        for (index, small, large, normalized) in results {
            #expect(small == expected[index].0)
            #expect(large == expected[index].1)
            #expect(normalized == expected[index].2)
        }
        // The batch API, on more tasks than cores.
        let batch = await bundled.recognize(texts, maximumConcurrency: 16)
        #expect(batch == expected.map(\.1))
    }

    @Test func gazetteerParsersNeverTrapOnRandomBytes() {
        var random = TestRandom(seed: 11)
        let alphabet: [UInt8] = Array("\t\n\r #=;{}[]\":,ab PERSON cue.title label pattern ORTH".utf8) + [0xD8, 0xA7, 0xFF, 0xC0, 0x00]
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...80, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
            for jsonl in [false, true] {
                var gazetteer = Gazetteer()
                do {
                    if jsonl {
                        try gazetteer.load(spaCyPatterns: bytes, source: "x.jsonl")
                    } else {
                        try gazetteer.load(tsv: bytes, source: "x.tsv")
                    }
                    _ = EntityRecognizer(gazetteer: gazetteer).recognize("زار باكو")
                } catch {
                    #expect(error.line.map { (1...lines).contains($0) } == true, "\(error)")
                    #expect(gazetteer.count == 0)
                }
            }
        }
    }
}
