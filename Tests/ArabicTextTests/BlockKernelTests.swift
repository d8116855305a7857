import Testing
import TestSupport

@testable import ArabicText

/// The vector block kernel (CArabicSIMD) against the Swift block path it
/// replaces: the same output and the same alignment, for every profile, on
/// texts where the block path does most of the work.
@Suite(.enabled(if: NormalizationEngine.blockKernelAvailable, "the CPU has no AVX2"))
struct BlockKernelTests {
    /// What the block path mostly sees: letters (with the ones the profiles
    /// fold: alef forms, teh marbuta, alef maqsura), Latin, Latin-1 and
    /// other two-byte scripts, spaces and punctuation (which `indexing`
    /// removes). Now and then a scalar from ``ScalarPool`` stops the blocks.
    static let common: [Unicode.Scalar] = {
        var values: [UInt32] = Array(0x0621...0x064A) + [0x0623, 0x0625, 0x0622, 0x0629, 0x0649, 0x060C, 0x061F]
        values += Array(0x61...0x7A) + [0x20, 0x20, 0x20, 0x2E, 0x2C, 0x21, 0x0A]
        values += [0xE9, 0xA9, 0xA0, 0xD7, 0x0431, 0x05D0, 0x0710, 0x06C1, 0x06D5, 0x06A9, 0x06CC]
        return values.map { Unicode.Scalar($0)! }
    }()

    static func blockFriendlyText(length: Int, stopsEvery: Int, using random: inout TestRandom) -> String {
        var view = String.UnicodeScalarView()
        for _ in 0..<length {
            let pool = Int.random(in: 0..<stopsEvery, using: &random) == 0 ? ScalarPool.scalars : common
            view.append(pool.randomElement(using: &random)!)
        }
        return String(view)
    }

    /// Normalizes with or without the kernel; returns the output and the alignment's segments.
    static func normalize(_ text: String, profile: NormalizationProfile, kernel: Bool) -> (String, [TextAlignment.Segment]) {
        var engine = NormalizationEngine(table: ArabicNormalizer(profile: profile).table)
        engine.usesBlockKernel = kernel
        var text = text
        return text.withUTF8 { buffer in
            var plain = OutputBuffer(capacity: buffer.count + 16)
            var discarding = DiscardingRecorder()
            engine.run(buffer, into: &plain, recorder: &discarding)
            var output = OutputBuffer(capacity: buffer.count + 16)
            var recorder = SegmentRecorder()
            engine.run(buffer, into: &output, recorder: &recorder)
            let alignment = recorder.finish(originalLength: buffer.count, normalizedLength: output.count)
            #expect(plain.makeString().exact == output.makeString().exact, "aligned and plain output differ")
            return (output.makeString(), alignment.segments)
        }
    }

    @Test(arguments: NormalizationProfile.all)
    func kernelMatchesTheSwiftBlockPath(profile: NormalizationProfile) {
        let reference = ChunkNormalizer(options: profile.options)
        var random = TestRandom(seed: 41)
        for round in 0..<120 {
            // From a stop on almost every block to one in a few hundred scalars.
            let stopsEvery = [2, 8, 40, 300][round % 4]
            let text = Self.blockFriendlyText(length: Int.random(in: 200...2500, using: &random), stopsEvery: stopsEvery, using: &random)
            let vector = Self.normalize(text, profile: profile, kernel: true)
            let swift = Self.normalize(text, profile: profile, kernel: false)
            #expect(vector.0.exact == swift.0.exact, "profile \(profile.name), round \(round)")
            #expect(vector.1 == swift.1, "profile \(profile.name), round \(round)")
            // And the reference definition agrees with both.
            let expected = String(String.UnicodeScalarView(reference.normalize(Array(text.unicodeScalars), precededBySpace: false)))
            #expect(vector.0.exact == expected.exact, "profile \(profile.name), round \(round)")
        }
    }
}
