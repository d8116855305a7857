import TestSupport
import Testing

@testable import EntityRules

/// The quick cluster-boundary test may say "not known" too often, never
/// "boundary" where `String` finds none: checked at every offset of random
/// texts built from the scalars that make clusters tricky.
@Suite struct ClusterBoundaryTests {
    static let scalars: [String] = [
        "a", "Z", " ", "\n", "\r", "\r\n", ".", "\"", "~", "ب", "ا", "ي", "ى", "ة", "ء", "\u{064E}", "\u{0651}", "\u{0670}",
        "\u{200C}", "\u{200D}", "\u{0640}", "\u{0600}", "\u{06DD}", "\u{200F}", "é", "e\u{0301}", "👍", "👍🏽", "🇸🇦",
        "\u{1F1F8}", "١", "،", "ۀ", "\u{FEFF}", "你",
    ]


    @Test func aCertainBoundaryIsABoundary() {
        var random = TestRandom(seed: 3)
        var certain = 0
        for _ in 0..<2000 {
            let count = Int.random(in: 0...12, using: &random)
            let text = (0..<count).map { _ in Self.scalars.randomElement(using: &random)! }.joined()
            let boundaries = EntityRobustnessTests.characterBoundaries(text)
            Array(text.utf8).withUnsafeBufferPointer { bytes in
                for offset in 0...bytes.count where ClusterBoundary.isCertain(at: offset, in: bytes) {
                    #expect(boundaries.contains(offset), "offset \(offset) of \(Array(text.unicodeScalars))")
                    certain += 1
                }
            }
        }
        #expect(certain > 2000)
    }

    @Test("plain words and spaces are boundaries; marks, joiners and mid-scalar offsets are not known", arguments: [
        ("باكو في", [0, 8, 9, 13], [1, 3, 5, 7, 10]),
        ("بَاكو", [0, 10], [2, 4]),
        ("باكو\u{200C} x", [0, 12], [8]),
        ("a\r\nb", [0, 3, 4], [1, 2]),
    ])
    func examples(text: String, certain: [Int], unknown: [Int]) {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            for offset in certain { #expect(ClusterBoundary.isCertain(at: offset, in: bytes), "\(offset)") }
            for offset in unknown { #expect(!ClusterBoundary.isCertain(at: offset, in: bytes), "\(offset)") }
        }
    }

    @Test func characterAlignedAgreesWithTheClusterWalk() {
        // The fast path returns the range unchanged; the walk must agree.
        var random = TestRandom(seed: 4)
        for _ in 0..<500 {
            let count = Int.random(in: 1...10, using: &random)
            let text = (0..<count).map { _ in Self.scalars.randomElement(using: &random)! }.joined()
            let scalarOffsets = Self.scalarOffsets(of: text)
            let lower = scalarOffsets.randomElement(using: &random)!
            let upper = scalarOffsets.filter { $0 >= lower }.randomElement(using: &random)!
            let aligned = EntityRecognizer.characterAligned(lower..<upper, in: text)
            let boundaries = EntityRobustnessTests.characterBoundaries(text)
            #expect(boundaries.contains(aligned.lowerBound) && boundaries.contains(aligned.upperBound))
            #expect(aligned.lowerBound <= lower && aligned.upperBound >= upper)
            // Widened only to the nearest boundaries.
            #expect(boundaries.filter { $0 > aligned.lowerBound && $0 <= lower }.isEmpty)
            #expect(boundaries.filter { $0 >= upper && $0 < aligned.upperBound }.isEmpty)
        }
    }

    static func scalarOffsets(of text: String) -> [Int] {
        var offsets = [0]
        for scalar in text.unicodeScalars { offsets.append(offsets.last! + String(scalar).utf8.count) }
        return offsets
    }
}
