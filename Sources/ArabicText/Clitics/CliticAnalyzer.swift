/// One way to split an Arabic word into proclitics, a stem and an enclitic.
public struct CliticSplit: Sendable, Hashable {
    /// The proclitics, in the order they are written.
    public var proclitics: [Proclitic]
    /// The stem's UTF-8 range in the text that was analyzed.
    public var stemRange: Range<Int>
    /// Whether the stem lost an alef to the clitics: after ل the article ال
    /// is written ل (`للكويت` = ل + الكويت), so the stem is `ا` followed by
    /// the text at ``stemRange``.
    public var restoresArticleAlef: Bool
    /// The pronoun suffix, if the split has one.
    public var enclitic: Enclitic?

    /// Whether the split removes nothing.
    public var isWholeWord: Bool { proclitics.isEmpty && enclitic == nil }
}

/// Finds the candidate splits of an Arabic word into proclitics (و ف ب ل ك
/// س and the article), a stem and an enclitic (ه ها هم هما هن ك كم كما كن
/// ي ني نا).
///
/// ```swift
/// let analyzer = CliticAnalyzer()
/// analyzer.analyses(of: "وبالكويت").map(\.stem)   // ["وبالكويت", "بالكويت", "الكويت", "كويت", ...]
/// analyzer.analyses(of: "للكويت").map(\.stem)     // ["للكويت", "الكويت", "كويت"]
/// ```
///
/// The analysis lists candidates and decides nothing: the unsplit word comes
/// first and splits follow from the fewest letters removed to the most, so
/// a caller that takes the first candidate its lexicon knows never splits a
/// word it knows whole (`بكين` stays Beijing, not ب + كين). Stems keep at
/// least ``minimumStemLength`` letters, and the future marker س is split
/// only before an imperfect prefix (ي ت ن ا).
///
/// It expects text normalized with a profile that folds alef forms
/// (``NormalizationProfile/search`` or ``NormalizationProfile/ner``), and it
/// allocates nothing on its ``forEachSplit(ofWordAt:in:_:)`` path.
public struct CliticAnalyzer: Sendable {
    /// Whether the article ال counts as a clitic. When it does not, `الكويت`
    /// is a stem and `للكويت` splits into ل + `الكويت`.
    public let splitsArticle: Bool
    /// Whether enclitics are split off.
    public let splitsEnclitics: Bool
    /// The fewest letters a stem keeps.
    public let minimumStemLength: Int

    private let prefixes: [PrefixPattern]
    private let suffixes: [[UInt8]]

    /// Creates an analyzer.
    public init(splitsArticle: Bool = true, splitsEnclitics: Bool = true, minimumStemLength: Int = 2) {
        self.splitsArticle = splitsArticle
        self.splitsEnclitics = splitsEnclitics
        self.minimumStemLength = max(1, minimumStemLength)
        self.prefixes = [.none] + PrefixPattern.all(splittingArticle: splitsArticle)
        self.suffixes = [[]] + (splitsEnclitics ? Enclitic.all.map { Array($0.utf8) } : [])
    }

    /// Calls `body` with each candidate split of the word at `range` of
    /// `text` (UTF-8), the whole word first and then by letters removed,
    /// until `body` returns `false`.
    public func forEachSplit(
        ofWordAt range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, _ body: (CliticSplit) -> Bool
    ) {
        let word = UnsafeBufferPointer(rebasing: text[range])
        guard body(CliticSplit(proclitics: [], stemRange: range, restoresArticleAlef: false, enclitic: nil)) else {
            return
        }
        // Clitics are Arabic letters, two UTF-8 bytes each: count in bytes.
        let minimumStemBytes = minimumStemLength * 2
        let maximumRemoved = word.count - minimumStemBytes
        guard maximumRemoved > 0, let first = word.first, first == 0xD8 || first == 0xD9 else { return }
        for removed in stride(from: 2, through: maximumRemoved, by: 2) {
            for prefix in prefixes where prefix.bytes.count <= removed && (prefix.bytes.isEmpty || prefix.matches(word)) {
                let suffixLength = removed - prefix.bytes.count
                for suffix in suffixes where suffix.count == suffixLength {
                    guard suffix.isEmpty || (!prefix.hasArticle && word.hasSuffix(suffix)) else { continue }
                    let split = CliticSplit(
                        proclitics: prefix.proclitics,
                        stemRange: (range.lowerBound + prefix.stemOffset)..<(range.upperBound - suffix.count),
                        restoresArticleAlef: prefix.restoresArticleAlef,
                        enclitic: suffix.isEmpty ? nil : Enclitic(rawValue: String(decoding: suffix, as: UTF8.self)))
                    if !body(split) { return }
                }
            }
        }
    }

    /// A candidate split with its stem written out.
    public struct Analysis: Sendable, Hashable {
        /// The split.
        public var split: CliticSplit
        /// The stem, with the article's alef restored where ل elided it.
        public var stem: String
    }

    /// Every candidate split of `word`, the whole word first.
    public func analyses(of word: String) -> [Analysis] {
        var word = word
        return word.withUTF8 { buffer in
            var result: [Analysis] = []
            forEachSplit(ofWordAt: 0..<buffer.count, in: buffer) { split in
                let stem = String(decoding: UnsafeBufferPointer(rebasing: buffer[split.stemRange]), as: UTF8.self)
                result.append(Analysis(split: split, stem: split.restoresArticleAlef ? "ا" + stem : stem))
                return true
            }
            return result
        }
    }
}

/// One way a word can begin with proclitics.
private struct PrefixPattern: Sendable {
    /// The letters as written (UTF-8).
    let bytes: [UInt8]
    let proclitics: [Proclitic]
    /// Where the stem starts, in bytes from the word's start.
    let stemOffset: Int
    let restoresArticleAlef: Bool

    var hasArticle: Bool { proclitics.contains(.article) || restoresArticleAlef }

    /// The future marker س is split only before an imperfect prefix.
    private var requiresImperfectPrefix: Bool { proclitics.last == .sa }

    private static let imperfectPrefixes: [[UInt8]] = ["ي", "ت", "ن", "ا"].map { Array($0.utf8) }

    func matches(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count > bytes.count, word.starts(with: bytes) else { return false }
        guard requiresImperfectPrefix else { return true }
        let next = word[bytes.count..<min(word.count, bytes.count + 2)]
        return Self.imperfectPrefixes.contains { next.elementsEqual($0) }
    }

    private init(written: String, proclitics: [Proclitic], stemOffset: Int? = nil, restoresArticleAlef: Bool = false) {
        self.bytes = Array(written.utf8)
        self.proclitics = proclitics
        self.stemOffset = stemOffset ?? bytes.count
        self.restoresArticleAlef = restoresArticleAlef
    }

    /// No proclitic at all.
    static let none = PrefixPattern(written: "", proclitics: [])

    /// Every prefix pattern but the empty one.
    static func all(splittingArticle: Bool) -> [PrefixPattern] {
        var patterns: [PrefixPattern] = []
        for conjunction in [nil, Proclitic.wa, .fa] {
            let head = conjunction.map { [$0] } ?? []
            let headWritten = conjunction?.rawValue ?? ""
            for preposition in [nil, Proclitic.bi, .li, .ka] {
                let proclitics = head + (preposition.map { [$0] } ?? [])
                let written = headWritten + (preposition?.rawValue ?? "")
                if !proclitics.isEmpty { patterns.append(PrefixPattern(written: written, proclitics: proclitics)) }
                if preposition == .li {
                    // ل + ال is written لل: the article's alef is gone.
                    patterns.append(
                        splittingArticle
                            ? PrefixPattern(written: written + "ل", proclitics: proclitics + [.article])
                            : PrefixPattern(
                                written: written + "ل", proclitics: proclitics,
                                stemOffset: Array(written.utf8).count, restoresArticleAlef: true))
                } else if splittingArticle {
                    patterns.append(PrefixPattern(written: written + "ال", proclitics: proclitics + [.article]))
                }
            }
            patterns.append(PrefixPattern(written: headWritten + "س", proclitics: head + [.sa]))
        }
        return patterns.sorted { $0.bytes.count < $1.bytes.count }
    }
}

extension UnsafeBufferPointer<UInt8> {
    fileprivate func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
