import Foundation
import Testing

@testable import EntityRules

/// The scorer (the rules of `../shared/gold/GUIDELINES.md`) and the seed
/// accuracy the project promises.
@Suite struct EvaluationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// F1 of at least 0.97 for each core type on the five seed articles,
    /// scored against `Fixtures/expected-entities.json` (the reference
    /// annotation of the seeds, copied unchanged).
    @Test func theSeedsReachTheirThreshold() throws {
        let gold = try FileBytes.read(Self.packageRoot + "/Fixtures/expected-entities.json")
        let documents = try AnnotatedDocument.seedGold(
            gold, name: "expected-entities.json", textsDirectory: Self.packageRoot + "/Fixtures/seeds")
        #expect(documents.count == 5)
        #expect(documents.map(\.annotations.count).reduce(0, +) == 212)
        let evaluation = Evaluation(recognizer: EntityRecognizer(), documents: documents)
        for type in EntityType.core {
            let counts = try #require(evaluation.counts[type])
            #expect(counts.f1 >= 0.97, "\(type.rawValue): F1 \(counts.f1), mistakes: \(evaluation.mistakes.filter { $0.type == type }.map(\.text))")
        }
    }

    /// Predictions widen to whole whitespace tokens (a clitic joins, edge
    /// punctuation does not); then span and type must both match.
    @Test func spansWidenToTokensThenMatchExactly() throws {
        var gazetteer = Gazetteer()
        try gazetteer.load(tsv: TestLexicon.tsv, source: "test.tsv")
        let recognizer = EntityRecognizer(gazetteer: gazetteer)
        let text = "وصل إلى وموسكو، ثم باكو والكويت."
        func range(_ word: String) -> Range<Int> {
            let bytes = Array(text.utf8)
            let needle = Array(word.utf8)
            let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }!
            return start..<(start + needle.count)
        }
        let document = AnnotatedDocument(
            name: "t", text: text,
            annotations: [
                .init(type: .city, utf8Range: range("وموسكو")),  // the clitic is part of the gold token
                .init(type: .city, utf8Range: range("باكو")),
                .init(type: .city, utf8Range: range("والكويت")),  // the recognizer says COUNTRY: a type error
                .init(type: .person, utf8Range: 10_000..<10_010),  // outside the text: missed, no trap
            ])
        let evaluation = Evaluation(recognizer: recognizer, documents: [document])
        #expect(evaluation.counts[.city] == .init(truePositives: 2, falsePositives: 0, falseNegatives: 1))
        #expect(evaluation.counts[.country] == .init(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        #expect(evaluation.counts[.person] == .init(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(evaluation.micro == .init(truePositives: 2, falsePositives: 1, falseNegatives: 2))
        #expect(evaluation.mistakes.contains { $0.kind == "false positive" && $0.type == .country && $0.text == "والكويت" })
    }
}
