import Synchronization

/// Normalizes Arabic text, fast and exactly, optionally keeping a map back to
/// the original.
///
/// ```swift
/// let normalizer = ArabicNormalizer(profile: .search)
/// normalizer.normalize("أَهْلاً بِكُمْ فِي الدَّوْحَةِ")   // "اهلا بكم في الدوحه"
///
/// let result = normalizer.normalizeWithAlignment("ﷲ أكبر")
/// result.normalized                                  // "الله اكبر"
/// let word = result.normalized.firstRange(of: "اكبر")!
/// result.original[result.originalRange(forNormalized: word)]   // "أكبر"
/// ```
///
/// The normalizer works on UTF-8 bytes with one table lookup per scalar and
/// calls ICU only for the rare stretches a table cannot decide (combining
/// sequences that compose, some marks out of canonical order). Its result always
/// equals the profile's definition: NFKC or NFC, then removals, then
/// mappings, then recomposition where a removal exposed a composable pair.
///
/// A normalizer is an immutable value, cheap to copy and safe to share
/// between threads. The tables for an option set are built once per process
/// (a few milliseconds) and shared by every normalizer with those options.
public struct ArabicNormalizer: Sendable {
    /// The steps this normalizer applies.
    public let options: NormalizationOptions

    let table: NormalizationTable

    /// Creates a normalizer for a set of options.
    public init(options: NormalizationOptions) {
        self.options = options
        self.table = Self.table(for: options)
    }

    /// Creates a normalizer for a named profile; the default is ``NormalizationProfile/search``.
    public init(profile: NormalizationProfile = .search) {
        self.init(options: profile.options)
    }

    /// Normalizes `text`.
    public func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { normalize(utf8: $0) }
    }

    /// Normalizes UTF-8 bytes; ill-formed sequences become U+FFFD first, each
    /// maximal ill-formed subpart one replacement character, as Swift's
    /// `String(decoding:as:)` does.
    public func normalize(utf8 bytes: some Collection<UInt8>) -> String {
        if let result = bytes.withContiguousStorageIfAvailable({ buffer -> String? in
            guard UTF8Validation.isValid(buffer) else { return nil }
            return normalize(utf8: buffer)
        }), let result {
            return result
        }
        return normalize(String(decoding: bytes, as: UTF8.self))
    }

    /// Normalizes `text` and returns the result with its exact alignment to `text`.
    public func normalizeWithAlignment(_ text: String) -> NormalizedText {
        var original = text
        return original.withUTF8 { buffer in
            var output = OutputBuffer(capacity: buffer.count + 16)
            // Vocalized text has about one segment per five bytes; news far fewer.
            var recorder = SegmentRecorder(estimatedCount: buffer.count / 8)
            NormalizationEngine(table: table).run(buffer, into: &output, recorder: &recorder)
            let alignment = recorder.finish(originalLength: buffer.count, normalizedLength: output.count)
            return NormalizedText(original: text, normalized: output.makeString(), alignment: alignment)
        }
    }

    /// Normalizes valid UTF-8 into a `String`.
    func normalize(utf8 buffer: UnsafeBufferPointer<UInt8>) -> String {
        var output = OutputBuffer(capacity: buffer.count + 16)
        var recorder = DiscardingRecorder()
        NormalizationEngine(table: table).run(buffer, into: &output, recorder: &recorder)
        return output.makeString()
    }

    // MARK: Shared tables

    private static let tables = Mutex<[NormalizationOptions: NormalizationTable]>([:])

    private static func table(for options: NormalizationOptions) -> NormalizationTable {
        if let table = tables.withLock({ $0[options] }) { return table }
        // Built outside the lock: two threads may both build it, one wins.
        let table = NormalizationTable(options: options)
        return tables.withLock { tables in
            if let existing = tables[options] { return existing }
            tables[options] = table
            return table
        }
    }
}
