import ArabicText
import TestSupport
import Testing

@testable import EntityRules

/// The resolver sorts indices by integer keys; it must choose exactly what
/// sorting the candidates themselves chose, ties and merged canonical IDs
/// included. Checked against that first version on random candidates.
@Suite struct ResolverTests {
    /// `Resolver.resolve` as first written.
    static func reference(_ candidates: [Candidate], wordCount: Int, taken: [Bool]? = nil) -> [Candidate] {
        let bySpan = candidates.sorted {
            ($0.start, $0.end, $0.type.rawValue, -$0.priority) < ($1.start, $1.end, $1.type.rawValue, -$1.priority)
        }
        var unique: [Candidate] = []
        for candidate in bySpan {
            if let last = unique.last, last.start == candidate.start, last.end == candidate.end, last.type == candidate.type {
                if unique[unique.count - 1].canonical == nil { unique[unique.count - 1].canonical = candidate.canonical }
                unique[unique.count - 1].isKnown = unique[unique.count - 1].isKnown || candidate.isKnown
                continue
            }
            unique.append(candidate)
        }
        let ordered = unique.sorted {
            if $0.words.count != $1.words.count { return $0.words.count > $1.words.count }
            if $0.priority != $1.priority { return $0.priority > $1.priority }
            if $0.start != $1.start { return $0.start < $1.start }
            return $0.type < $1.type
        }
        var taken = taken ?? [Bool](repeating: false, count: wordCount)
        var accepted: [Candidate] = []
        for candidate in ordered where !taken[candidate.words].contains(true) {
            accepted.append(candidate)
            for index in candidate.words { taken[index] = true }
        }
        return accepted.sorted { $0.start < $1.start }
    }

    /// What a test compares of a candidate.
    static func summary(_ candidates: [Candidate]) -> [String] {
        candidates.map { "\($0.start)-\($0.end) \($0.type) \($0.priority) \($0.rule) \($0.canonical ?? "-") \($0.isKnown)" }
    }

    @Test func resolvesAsSortingTheCandidatesDid() {
        var random = TestRandom(seed: 8)
        let types: [EntityType] = [.person, .country, .city, .region, .organization, "EVENT", "A_TYPE"]
        for _ in 0..<500 {
            let wordCount = Int.random(in: 1...12, using: &random)
            let candidates = (0..<Int.random(in: 0...25, using: &random)).map { number in
                let start = Int.random(in: 0..<wordCount, using: &random)
                return Candidate(
                    start: start, end: Int.random(in: (start + 1)...min(wordCount, start + 3), using: &random), stemStart: nil,
                    type: types[Int.random(in: 0..<3, using: &random) == 0 ? Int.random(in: 0..<types.count, using: &random) : 0],
                    canonical: Bool.random(using: &random) ? nil : "c\(number)", rule: RuleID.allCases[number % RuleID.allCases.count], evidence: nil,
                    // Few priorities: many ties.
                    priority: [40, 55, 60][Int.random(in: 0..<3, using: &random)], isKnown: Bool.random(using: &random))
            }
            var taken: [Bool]? = nil
            if Bool.random(using: &random) { taken = (0..<wordCount).map { _ in Int.random(in: 0..<4, using: &random) == 0 } }
            #expect(
                Self.summary(Resolver.resolve(candidates, wordCount: wordCount, taken: taken))
                    == Self.summary(Self.reference(candidates, wordCount: wordCount, taken: taken)))
        }
    }

    @Test func sportSentencesAgreeWithAScanOfTheSentence() {
        // مباراة and فاز are sport-context words in the test lexicon.
        let text = "فاز فريق في باكو. وصل الوفد إلى روسيا\nقال إن مباراة روسيا كانت. في الكويت، فاز! ثم موسكو"
        let document = WordShapeTests.document(text)
        var sentences = SportSentences()
        var sport = 0
        for index in document.words.indices {
            var start = index
            while start > 0, !document.words[start].startsSentence { start -= 1 }
            var expected = false
            var scan = start
            while scan < document.words.count {
                if scan > index && document.words[scan].startsSentence { break }
                if document.word(scan, has: .sportContext) {
                    expected = true
                    break
                }
                scan += 1
            }
            #expect(sentences.contains(index, in: document) == expected, "word \(index)")
            if expected { sport += 1 }
        }
        #expect(sport > 0 && sport < document.words.count)
        // Asked out of order too.
        var backwards = SportSentences()
        let forwards = document.words.indices.map { sentences.contains($0, in: document) }
        #expect(document.words.indices.reversed().map { backwards.contains($0, in: document) } == forwards.reversed())
    }
}
