import Testing
import TestSupport

@testable import ArabicText

/// The coded segment list behind ``TextAlignment``: what goes in comes out,
/// however large the distances, and lookups through the checkpoints agree
/// with a plain search of the decoded list.
@Suite struct SegmentCodingTests {
    typealias Segment = TextAlignment.Segment

    /// A random sorted segment list from (0, 0) to a sentinel, with distances
    /// drawn from every size class the coding distinguishes.
    func randomSegments(count: Int, using random: inout TestRandom) -> [Segment] {
        let distances = [0, 1, 2, 3, 4, 100, 0x7FFE, 0x7FFF, 0x8000, 0xFFFF, 0x10000, 0x1_0000_0001]
        var segments = [Segment(input: 0, output: 0, isOpaque: Bool.random(using: &random))]
        for _ in 0..<count {
            let last = segments[segments.count - 1]
            // Mostly small steps, as in real text; now and then a huge one.
            let large = Int.random(in: 0..<10, using: &random) == 0
            let input = large ? distances.randomElement(using: &random)! : Int.random(in: 0...6, using: &random)
            var output = large ? distances.randomElement(using: &random)! : Int.random(in: 0...6, using: &random)
            if input == 0 && output == 0 { output = 1 }
            let isOpaque = Bool.random(using: &random)
            segments.append(.init(input: last.input + input, output: last.output + output, isOpaque: isOpaque))
        }
        segments[segments.count - 1].isOpaque = true
        return segments
    }

    @Test func segmentsRoundTripWhateverTheirDistances() {
        var random = TestRandom(seed: 31)
        for count in [1, 2, 31, 32, 33, 64, 65, 500] {
            let segments = randomSegments(count: count, using: &random)
            let alignment = TextAlignment(segments: segments)
            #expect(alignment.segments == segments)
            #expect(alignment.segmentCount == segments.count - 1)
            #expect(alignment.originalLength == segments.last!.input)
            #expect(alignment.normalizedLength == segments.last!.output)
        }
    }

    /// The writer's edits (the recorder flips the last segment to opaque,
    /// replaces it, and rolls back over several) against an array doing the same.
    @Test func editsOfTheLastSegmentMatchAnArray() {
        var random = TestRandom(seed: 32)
        for _ in 0..<200 {
            // Every alignment starts at (0, 0), which the recorder never removes.
            var writer = SegmentWriter(estimatedCount: 1)
            var model = [Segment(input: 0, output: 0, isOpaque: false)]
            writer.append(model[0])
            for _ in 0..<Int.random(in: 1...300, using: &random) {
                let last = model[model.count - 1]
                switch Int.random(in: 0..<10, using: &random) {
                case 0:
                    writer.setLastOpaque()
                    model[model.count - 1].isOpaque = true
                case 1 where model.count > 1:
                    writer.removeLast()
                    model.removeLast()
                case 2 where model.count > 1:
                    let step = Int.random(in: 0...3, using: &random) == 0 ? 0x9000 : 1
                    let segment = Segment(input: last.input + step, output: last.output, isOpaque: true)
                    writer.replaceLast(with: segment)
                    model[model.count - 1] = segment
                default:
                    let step = Int.random(in: 0...20, using: &random) == 0 ? 0x12345 : Int.random(in: 1...4, using: &random)
                    let segment = Segment(input: last.input + step, output: last.output + step / 2, isOpaque: Bool.random(using: &random))
                    writer.append(segment)
                    model.append(segment)
                }
                #expect(writer.last == model[model.count - 1])
                #expect(writer.segmentCount == model.count)
            }
            // Close with a sentinel, as the recorder does.
            let end = Segment(input: model.last!.input + 1, output: model.last!.output + 1, isOpaque: true)
            writer.append(end)
            model.append(end)
            let alignment = TextAlignment(words: writer.finish())
            #expect(alignment.segments == model)
            // The distances run to millions: look up around each segment start.
            checkLookups(
                alignment, against: model, normalizedPositions: Self.around(model.map(\.output)),
                originalPositions: Self.around(model.map(\.input)))
        }
    }

    @Test func lookupsOnLongTextsAgreeWithAPlainSearch() {
        let normalizer = ArabicNormalizer(profile: .search)
        let vocalized = String(repeating: "وَقَالَ ٱلرَّئِيسُ ـــ فِي ﷲ ", count: 40)
        // A linear stretch and a run of removals each longer than a word's distance field.
        let long = "أ" + String(repeating: "x", count: 40_000) + "أ" + String(repeating: "ـ", count: 20_000) + "بَ"
        for text in [vocalized, long] {
            let alignment = normalizer.normalizeWithAlignment(text).alignment
            #expect(alignment.segmentCount > 3 * SegmentWriter.checkpointInterval || text == long)
            checkLookups(
                alignment, against: alignment.segments, normalizedPositions: Array(0...alignment.normalizedLength),
                originalPositions: Array(stride(from: 0, through: alignment.originalLength, by: text == long ? 97 : 1)))
        }
    }

    /// The positions just before, at and after each of `starts`.
    static func around(_ starts: [Int]) -> [Int] {
        Array(Set(starts.flatMap { [$0 - 1, $0, $0 + 1] }.filter { $0 >= 0 && $0 <= starts.last! })).sorted()
    }

    /// Compares the position and range maps at the given positions with a
    /// linear search of `segments`, the definition of the maps.
    func checkLookups(
        _ alignment: TextAlignment, against segments: [Segment], normalizedPositions: [Int], originalPositions: [Int],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        func last(where predicate: (Segment) -> Bool) -> Int {
            segments.lastIndex(where: predicate) ?? 0
        }
        for position in normalizedPositions {
            let index = last(where: { $0.output <= position })
            let segment = segments[index]
            let expected = segment.isOpaque || index == segments.count - 1 ? segment.input : segment.input + position - segment.output
            #expect(alignment.originalPosition(forNormalized: position) == expected, sourceLocation: sourceLocation)
            if position < alignment.normalizedLength {
                let endIndex = last(where: { $0.output < position + 1 })
                let end = segments[endIndex]
                let upper = end.isOpaque ? segments[endIndex + 1].input : end.input + position + 1 - end.output
                let lower = segment.isOpaque ? segment.input : segment.input + position - segment.output
                #expect(alignment.originalRange(forNormalized: position..<position + 1) == lower..<upper, sourceLocation: sourceLocation)
            }
        }
        for position in originalPositions {
            let index = last(where: { $0.input <= position })
            let segment = segments[index]
            let expected = segment.isOpaque || index == segments.count - 1 ? segment.output : segment.output + position - segment.input
            #expect(alignment.normalizedPosition(forOriginal: position) == expected, sourceLocation: sourceLocation)
        }
    }
}
