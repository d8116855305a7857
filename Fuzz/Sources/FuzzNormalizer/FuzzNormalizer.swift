// Fuzzes ArabicNormalizer, its alignment and StreamingNormalizer.
//
// Input: byte 0 picks the option set, byte 1 seeds the streaming piece
// sizes and the atom ranges checked; the rest is the text (any bytes).
import FuzzSupport

@testable import ArabicText

/// The bundled profiles and a few other option sets (each has its own tables).
let optionSets: [NormalizationOptions] =
    NormalizationProfile.all.map(\.options) + [
        [], [.collapseWhitespace], [.foldCompatibility], [.removePunctuation, .collapseWhitespace, .foldDigits],
        [.removeDiacritics, .foldPresentationForms, .removeFormatControls],
        [.foldCompatibility, .removeQuranicMarks, .removeTatweel, .foldPersianLetters, .collapseWhitespace],
    ]
let normalizers = optionSets.map { ArabicNormalizer(options: $0) }
let references = optionSets.map { ChunkNormalizer(options: $0) }

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let which = Int(input.byte()) % normalizers.count
    let seed = input.byte()
    let raw = input.rest()
    check(raw, normalizer: normalizers[which], reference: references[which], seed: UInt64(seed) &+ UInt64(size))
    return 0
}

func check(_ raw: [UInt8], normalizer: ArabicNormalizer, reference: ChunkNormalizer, seed: UInt64) {
    var random = SplitMix(seed: seed)
    let text = String(decoding: raw, as: UTF8.self)
    let output = normalizer.normalize(text)
    let options = normalizer.options

    // Bytes and the decoded string give the same result (U+FFFD per maximal subpart).
    require(normalizer.normalize(utf8: raw).utf8.elementsEqual(output.utf8), "bytes vs string \(raw)")

    // Idempotence.
    let twice = normalizer.normalize(output)
    require(twice.utf8.elementsEqual(output.utf8), "not idempotent: \(describe(text)) -> \(describe(output)) -> \(describe(twice))")

    // Below the stream-safe limit the loop equals the reference definition.
    let scalars = Array(text.unicodeScalars)
    if scalars.count <= NormalizationEngine.maximumRunLength {
        let expected = String(String.UnicodeScalarView(reference.normalize(scalars, precededBySpace: false)))
        require(expected.utf8.elementsEqual(output.utf8), "reference \(describe(expected)) vs \(describe(output)) for \(describe(text))")
    }

    // The aligned entry point and its alignment.
    let aligned = normalizer.normalizeWithAlignment(text)
    require(aligned.normalized.utf8.elementsEqual(output.utf8), "aligned text differs")
    checkAlignment(aligned, normalizer: normalizer, random: &random)

    // Streaming in random pieces (split anywhere, even inside a sequence) equals the whole.
    var stream = StreamingNormalizer(normalizer: normalizer)
    var streamed: [UInt8] = []
    var offset = 0
    let maximumPiece = [1, 2, 3, 7, 64, 4096][Int(random.next() % 6)]
    while offset < raw.count {
        let end = min(raw.count, offset + Int.random(in: 1...maximumPiece, using: &random))
        stream.feed(raw[offset..<end]) { streamed.append(contentsOf: $0) }
        // The stream holds back at most 32 scalars and an incomplete sequence.
        require(stream.pendingCount <= 32 * 4 + 3, "stream holds \(stream.pendingCount) bytes")
        offset = end
    }
    stream.finish { streamed.append(contentsOf: $0) }
    require(streamed.elementsEqual(output.utf8), "streamed \(describe(String(decoding: streamed, as: UTF8.self))) vs \(describe(output))")
    _ = options
}

func checkAlignment(_ result: NormalizedText, normalizer: ArabicNormalizer, random: inout SplitMix) {
    let original = Array(result.original.utf8)
    let normalized = Array(result.normalized.utf8)
    let alignment = result.alignment
    let segments = alignment.segments
    require(alignment.originalLength == original.count && alignment.normalizedLength == normalized.count, "lengths")
    // Covers both texts: starts at (0, 0), ends at the sentinel, sorted in both coordinates.
    require(segments.first!.input == 0 && segments.first!.output == 0, "first segment \(segments.first!)")
    for (a, b) in zip(segments, segments.dropFirst()) {
        require(a.input <= b.input && a.output <= b.output, "unsorted segments \(a) \(b)")
        require(a.input < b.input || a.output < b.output || b == segments.last!, "empty atom \(a) \(b)")
        if !a.isOpaque {
            // Linear: same length, scalar boundaries at the same bytes.
            require(b.input - a.input == b.output - a.output, "linear segment of unequal length \(a) \(b)")
            for k in 0..<(b.input - a.input) {
                require(
                    (original[a.input + k] & 0xC0 == 0x80) == (normalized[a.output + k] & 0xC0 == 0x80),
                    "linear segment splits scalars differently at \(a.input + k)")
            }
        }
    }
    // Segment starts fall on scalar boundaries in both texts.
    for segment in segments {
        require(segment.input == original.count || original[segment.input] & 0xC0 != 0x80, "input mid-scalar \(segment)")
        require(segment.output == normalized.count || normalized[segment.output] & 0xC0 != 0x80, "output mid-scalar \(segment)")
    }
    // The maps are monotonic and in bounds.
    var previous = 0
    for position in 0...normalized.count {
        let mapped = alignment.originalPosition(forNormalized: position)
        require(mapped >= previous && mapped <= original.count, "originalPosition not monotonic at \(position)")
        previous = mapped
    }
    previous = 0
    for position in 0...original.count {
        let mapped = alignment.normalizedPosition(forOriginal: position)
        require(mapped >= previous && mapped <= normalized.count, "normalizedPosition not monotonic at \(position)")
        previous = mapped
    }
    if !original.isEmpty {
        require(alignment.normalizedRange(forOriginal: 0..<original.count) == 0..<normalized.count, "whole input maps to whole output")
    }

    // Atom boundaries: segment starts, and each scalar start inside a linear segment.
    var boundaries: [(input: Int, output: Int)] = []
    for (a, b) in zip(segments, segments.dropFirst()) {
        boundaries.append((a.input, a.output))
        if !a.isOpaque {
            for k in 1..<max(1, b.input - a.input) where original[a.input + k] & 0xC0 != 0x80 {
                boundaries.append((a.input + k, a.output + k))
            }
        }
    }
    boundaries.append((original.count, normalized.count))
    let outputs = Array(Set(boundaries.map(\.output))).sorted()
    guard outputs.count >= 2 else { return }

    // Stream-safe cuts (runs of more than 30 non-starters) make the output
    // depend on where the run began: such inputs skip the atom check.
    if hasLongRun(original, normalizer: normalizer) { return }

    // Every normalized range between atom boundaries maps back to original
    // text that normalizes to it (after a space when the output before it
    // ends with one and white space collapses).
    var pairs: [(Int, Int)] = zip(outputs, outputs.dropFirst()).map { ($0, $1) }
    for _ in 0..<16 {
        let i = Int.random(in: 0..<outputs.count - 1, using: &random)
        let j = Int.random(in: (i + 1)..<outputs.count, using: &random)
        pairs.append((outputs[i], outputs[j]))
    }
    let collapses = normalizer.options.contains(.collapseWhitespace)
    for (lower, upper) in pairs.prefix(256) {
        let back = alignment.originalRange(forNormalized: lower..<upper)
        require(back.lowerBound >= 0 && back.upperBound <= original.count && back.lowerBound <= back.upperBound, "range \(back)")
        let context: [UInt8] = collapses && lower > 0 && normalized[lower - 1] == 0x20 ? [0x20] : []
        let source = context + original[back]
        let expected = context + normalized[lower..<upper]
        let actual = Array(normalizer.normalize(utf8: source).utf8)
        require(
            actual == expected,
            "atoms \(lower)..<\(upper) map back to \(back) = \(describe(String(decoding: source, as: UTF8.self))), which normalizes to \(describe(String(decoding: actual, as: UTF8.self))), not \(describe(String(decoding: expected, as: UTF8.self)))"
        )
    }
}

/// Whether `bytes` (valid UTF-8) has a run of more than 28 scalars that are
/// not safe points.
func hasLongRun(_ bytes: [UInt8], normalizer: ArabicNormalizer) -> Bool {
    var run = 0
    return bytes.withUnsafeBufferPointer { buffer in
        var i = 0
        while i < buffer.count {
            run = normalizer.table.startsSafePoint(source: buffer.baseAddress! + i) ? 0 : run + 1
            if run > 28 { return true }
            i += UTF8Decoding.sequenceLength(lead: buffer[i])
        }
        return false
    }
}

@_cdecl("FuzzNormalizer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzzNormalizer)
}
