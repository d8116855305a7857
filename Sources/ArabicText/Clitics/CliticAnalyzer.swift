/// One way to split an Arabic word into proclitics, a stem and an enclitic.
///
/// A split is a few integers (the analysis runs for every unknown word of
/// a text); ``proclitics`` and ``enclitic`` are looked up when asked for.
public struct CliticSplit: Sendable, Hashable {
    /// The stem's UTF-8 range in the text that was analyzed.
    public var stemRange: Range<Int>
    /// Index of the prefix pattern in ``PrefixPattern/table(splittingArticle:)``.
    let prefix: UInt8
    /// Index of the enclitic in ``Enclitic/all``, or -1.
    let suffix: Int8
    let splitsArticle: Bool
    /// Whether the stem lost an alef to the clitics: after ل the article ال
    /// is written ل (`للكويت` = ل + الكويت), so the stem is `ا` followed by
    /// the text at ``stemRange``. (Stored: callers ask for every split, and
    /// the pattern table is a lazily initialized global.)
    public let restoresArticleAlef: Bool

    /// The proclitics, in the order they are written.
    public var proclitics: [Proclitic] { PrefixPattern.table(splittingArticle: splitsArticle)[Int(prefix)].proclitics }

    /// The pronoun suffix, if the split has one.
    public var enclitic: Enclitic? { suffix < 0 ? nil : Enclitic(known: Enclitic.all[Int(suffix)]) }

    /// Whether the split has a pronoun suffix.
    public var hasEnclitic: Bool { suffix >= 0 }

    /// Whether the split removes nothing.
    public var isWholeWord: Bool { prefix == 0 && suffix < 0 }
}

/// Finds the candidate splits of an Arabic word into proclitics (و ف ب ل ك
/// س and the article), a stem and an enclitic (ه ها هم هما هن ك كم كما كن
/// ي ني نا).
///
/// ```swift
/// let analyzer = CliticAnalyzer()
/// analyzer.analyses(of: "وبالكويت").map(\.stem)   // ["وبالكويت", "بالكويت", "الكويت", "كويت"]
/// analyzer.analyses(of: "للكويت").map(\.stem)     // ["للكويت", "لكويت", "كويت"]
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
    /// The enclitics that may be split off: each one's bytes as the low
    /// bytes of an integer, its last byte lowest (the word's tail is read the
    /// same way), the mask of its length, and its length.
    private let suffixes: [(letters: UInt64, mask: UInt64, length: Int)]

    /// Creates an analyzer.
    public init(splitsArticle: Bool = true, splitsEnclitics: Bool = true, minimumStemLength: Int = 2) {
        self.splitsArticle = splitsArticle
        self.splitsEnclitics = splitsEnclitics
        self.minimumStemLength = max(1, minimumStemLength)
        self.prefixes = PrefixPattern.table(splittingArticle: splitsArticle)
        self.suffixes =
            !splitsEnclitics
            ? []
            : Enclitic.all.map { enclitic in
                let bytes = Array(enclitic.utf8)
                return (bytes.reduce(0) { $0 << 8 | UInt64($1) }, lowBytesMask(count: bytes.count), bytes.count)
            }
    }

    /// Calls `body` with each candidate split of the word at `range` of
    /// `text` (UTF-8), the whole word first and then by letters removed,
    /// until `body` returns `false`.
    public func forEachSplit(
        ofWordAt range: Range<Int>, in text: UnsafeBufferPointer<UInt8>, _ body: (CliticSplit) -> Bool
    ) {
        let word = UnsafeBufferPointer(rebasing: text[range])
        guard
            body(
                CliticSplit(
                    stemRange: range, prefix: 0, suffix: -1, splitsArticle: splitsArticle, restoresArticleAlef: false))
        else { return }
        // Clitics are Arabic letters, two UTF-8 bytes each: count in bytes.
        let maximumRemoved = word.count - minimumStemLength * 2
        guard maximumRemoved > 0, let first = word.first, first == 0xD8 || first == 0xD9 else { return }
        // The word's first and last eight bytes as integers: every prefix
        // pattern and every enclitic (eight bytes at most) is compared with
        // them in one step. A short word's are zero-filled, and no clitic has
        // a zero byte.
        var head: UInt64 = 0
        for index in 0..<min(8, word.count) { head |= UInt64(word[index]) << (8 * index) }
        var tail: UInt64 = 0
        for index in max(0, word.count - 8)..<word.count { tail = tail << 8 | UInt64(word[index]) }
        // The enclitics the word ends with, as a bit set (a dozen at most).
        var endings: UInt32 = 0
        for (suffixIndex, suffix) in suffixes.enumerated() where tail & suffix.mask == suffix.letters {
            endings |= 1 << suffixIndex
        }
        // Every (prefix, suffix) pair that fits, found first (at most a few
        // dozen checks), then handed out by letters removed. The scratch list
        // is small enough to live on the stack.
        withUnsafeTemporaryAllocation(of: (removed: UInt8, prefix: UInt8, suffix: Int8).self, capacity: 64) { found in
            var count = 0
            // Through a pointer: reading a pattern's fields copies no array
            // (no reference counting in a loop run for every unknown word).
            prefixes.withUnsafeBufferPointer { patterns in
                for prefixIndex in patterns.indices {
                    let prefix = patterns.baseAddress! + prefixIndex
                    guard prefix.pointee.length <= maximumRemoved, prefix.pointee.matches(head: head, of: word) else {
                        continue
                    }
                    let stemOffset = prefix.pointee.stemOffset
                    // Sorted by the bytes the stem loses: `stemOffset`, not the
                    // written prefix (لل with the article's alef restored loses one ل).
                    if prefix.pointee.length > 0, count < found.count {
                        found[count] = (UInt8(stemOffset), UInt8(prefixIndex), -1)
                        count += 1
                    }
                    // A definite noun takes no pronoun suffix, whether the article
                    // is split off or kept in the stem (الحريري is not الحرير + ي);
                    // a suffix leaves at least three letters (ساعي is not ساع + ي).
                    guard endings != 0, !prefix.pointee.hasArticle, !Self.startsWithArticle(word, at: stemOffset) else {
                        continue
                    }
                    var remaining = endings
                    while remaining != 0, count < found.count {
                        let suffixIndex = remaining.trailingZeroBitCount
                        remaining &= remaining - 1
                        let suffixLength = suffixes[suffixIndex].length
                        guard prefix.pointee.length + suffixLength <= maximumRemoved,
                            word.count - stemOffset - suffixLength >= 6
                        else { continue }
                        found[count] = (UInt8(stemOffset + suffixLength), UInt8(prefixIndex), Int8(suffixIndex))
                        count += 1
                    }
                }
            }
            // Insertion sort by letters removed, stable: a handful of elements.
            for index in 1..<max(1, count) {
                let element = found[index]
                var position = index
                while position > 0, found[position - 1].removed > element.removed {
                    found[position] = found[position - 1]
                    position -= 1
                }
                found[position] = element
            }
            for index in 0..<count {
                let prefix = prefixes[Int(found[index].prefix)]
                let suffixLength = found[index].suffix >= 0 ? suffixes[Int(found[index].suffix)].length : 0
                let split = CliticSplit(
                    stemRange: (range.lowerBound + prefix.stemOffset)..<(range.upperBound - suffixLength),
                    prefix: found[index].prefix, suffix: found[index].suffix, splitsArticle: splitsArticle,
                    restoresArticleAlef: prefix.restoresArticleAlef)
                if !body(split) { return }
            }
        }
    }

    /// Whether `word` has the article ال at byte `offset`.
    private static func startsWithArticle(_ word: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        word.count >= offset + 4 && word[offset] == 0xD8 && word[offset + 1] == 0xA7 && word[offset + 2] == 0xD9
            && word[offset + 3] == 0x84
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
struct PrefixPattern: Sendable {
    /// The letters as written (UTF-8).
    let bytes: [UInt8]
    let proclitics: [Proclitic]
    /// Where the stem starts, in bytes from the word's start.
    let stemOffset: Int
    let restoresArticleAlef: Bool
    /// The article is among the proclitics, or its alef was elided (لل).
    let hasArticle: Bool
    /// The future marker س is split only before an imperfect prefix.
    private let requiresImperfectPrefix: Bool

    /// ``bytes`` as a little-endian integer, and the mask of its length:
    /// patterns are at most eight bytes (فبال).
    let letters: UInt64
    let mask: UInt64
    /// The length of ``bytes``.
    let length: Int

    /// Whether `word`, whose first eight bytes (little-endian, zero-filled)
    /// are `head`, begins with this pattern and keeps a stem after it.
    @inline(__always)
    func matches(head: UInt64, of word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count > length, head & mask == letters else { return false }
        guard requiresImperfectPrefix, word.count >= length + 2 else { return !requiresImperfectPrefix }
        // ي ت ن ا: D9 8A, D8 AA, D9 86, D8 A7.
        switch (word[length], word[length + 1]) {
        case (0xD9, 0x8A), (0xD8, 0xAA), (0xD9, 0x86), (0xD8, 0xA7): return true
        default: return false
        }
    }

    private init(written: String, proclitics: [Proclitic], stemOffset: Int? = nil, restoresArticleAlef: Bool = false) {
        self.bytes = Array(written.utf8)
        self.length = bytes.count
        self.letters = bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * $1.offset) }
        self.mask = lowBytesMask(count: bytes.count)
        self.proclitics = proclitics
        self.stemOffset = stemOffset ?? bytes.count
        self.restoresArticleAlef = restoresArticleAlef
        self.hasArticle = proclitics.contains(.article) || restoresArticleAlef
        self.requiresImperfectPrefix = proclitics.last == .sa
    }

    /// No proclitic at all.
    static let none = PrefixPattern(written: "", proclitics: [])

    /// Every prefix pattern, the empty one first, then shortest first.
    static func table(splittingArticle: Bool) -> [PrefixPattern] {
        splittingArticle ? withArticle : withoutArticle
    }

    private static let withArticle = [none] + all(splittingArticle: true)
    private static let withoutArticle = [none] + all(splittingArticle: false)

    /// Every prefix pattern but the empty one.
    private static func all(splittingArticle: Bool) -> [PrefixPattern] {
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

/// The mask of the low `count` bytes of a `UInt64`: clitics are compared
/// with a word's first or last eight bytes, so none may be longer.
private func lowBytesMask(count: Int) -> UInt64 {
    precondition(count <= 8, "a clitic longer than eight bytes")
    return count == 8 ? ~0 : (1 << (8 * UInt64(count))) - 1
}
