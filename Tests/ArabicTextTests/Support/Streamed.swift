@testable import ArabicText

/// What a ``StreamingNormalizer`` writes for `bytes` fed in pieces whose
/// sizes `nextSize` gives (at least one byte each), then finished.
func streamed(_ bytes: [UInt8], by normalizer: ArabicNormalizer, pieceSizes nextSize: () -> Int) -> [UInt8] {
    var stream = StreamingNormalizer(normalizer: normalizer)
    var output: [UInt8] = []
    var offset = 0
    while offset < bytes.count {
        let end = min(bytes.count, offset + max(1, nextSize()))
        stream.feed(bytes[offset..<end]) { output.append(contentsOf: $0) }
        offset = end
    }
    stream.finish { output.append(contentsOf: $0) }
    return output
}
