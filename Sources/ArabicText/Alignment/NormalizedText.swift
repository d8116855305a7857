/// A normalized text together with the original it came from and the exact
/// alignment between the two.
///
/// ```swift
/// let result = ArabicNormalizer(profile: .search).normalizeWithAlignment("مُحَمَّدٌ رَسُولُ")
/// let range = result.normalized.firstRange(of: "رسول")!
/// result.original[result.originalRange(forNormalized: range)]   // "رَسُولُ"
/// ```
public struct NormalizedText: Sendable, Equatable {
    /// The text as the caller gave it.
    public let original: String
    /// The normalized text.
    public let normalized: String
    /// The byte-level alignment between ``original`` and ``normalized``.
    public let alignment: TextAlignment

    /// Creates a normalized text from its parts.
    public init(original: String, normalized: String, alignment: TextAlignment) {
        precondition(alignment.originalLength == original.utf8.count, "alignment does not fit the original")
        precondition(alignment.normalizedLength == normalized.utf8.count, "alignment does not fit the normalized text")
        self.original = original
        self.normalized = normalized
        self.alignment = alignment
    }

    /// The range of ``original`` that a range of ``normalized`` came from.
    public func originalRange(forNormalized range: Range<String.Index>) -> Range<String.Index> {
        let mapped = alignment.originalRange(forNormalized: normalized.utf8Offsets(of: range))
        return original.indexRange(utf8Offsets: mapped)
    }

    /// The range of ``normalized`` that a range of ``original`` became.
    public func normalizedRange(forOriginal range: Range<String.Index>) -> Range<String.Index> {
        let mapped = alignment.normalizedRange(forOriginal: original.utf8Offsets(of: range))
        return normalized.indexRange(utf8Offsets: mapped)
    }

    /// The UTF-8 range of ``original`` that the UTF-8 range `range` of ``normalized`` came from.
    public func originalUTF8Range(forNormalized range: Range<Int>) -> Range<Int> {
        alignment.originalRange(forNormalized: range)
    }
}

extension String {
    /// The UTF-8 offsets of a range of indices.
    func utf8Offsets(of range: Range<String.Index>) -> Range<Int> {
        let start = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        return start..<(start + utf8.distance(from: range.lowerBound, to: range.upperBound))
    }

    /// The range of indices at UTF-8 offsets.
    func indexRange(utf8Offsets range: Range<Int>) -> Range<String.Index> {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return start..<utf8.index(start, offsetBy: range.count)
    }
}
