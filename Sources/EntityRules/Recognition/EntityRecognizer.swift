import ArabicText
import Synchronization

/// Finds PERSON, COUNTRY and CITY entities (and any type a gazetteer adds)
/// in Arabic text, links them to canonical IDs and says which rule found
/// each.
///
/// ```swift
/// let recognizer = EntityRecognizer()
/// let text = "أكد سفير اذربيجان في الكويت اميل كريموف أن العلاقات بين البلدين تسير بوتيرة متسارعة"
/// for entity in recognizer.recognize(text) {
///     print(entity.type, entity.text, entity.canonical ?? "", entity.rule)
/// }
/// // COUNTRY اذربيجان AZ gazetteer
/// // COUNTRY الكويت KW gazetteer
/// // PERSON اميل كريموف اميل كريموف title+name
/// ```
///
/// The text is normalized with the `ner` profile (keeping the alignment),
/// tokenized, and every word is looked up whole and, when unknown, through
/// its proclitics (`لأذربيجان`, `وروسيا`, `للكويت`). Gazetteer matches and
/// rules propose candidates; the best non-overlapping ones win, longest
/// first; then names found once are propagated through the document, and a
/// bare surname is linked to the full name the document gives.
/// Entity ranges refer to the caller's original text, with attached
/// clitics outside them.
///
/// A recognizer is an immutable value: build it once and share it between
/// threads and tasks.
public struct EntityRecognizer: Sendable {
    let lexicon: Lexicon
    let rules: [any RecognitionRule]
    private let tokenizer = Tokenizer()
    private let analyzer = CliticAnalyzer(splitsArticle: false, splitsEnclitics: true)

    /// The rules, in the order they propose candidates.
    static let defaultRules: [any RecognitionRule] = [
        GazetteerRule(), CountryDesignatorRule(), CityDesignatorRule(), CityQuarterRule(), TitleRule(), GivenNameRule(),
        DemonymRule(), SurnamePatternRule(), PersonVerbRule(), PropagationRule(), CoordinationRule(),
    ]

    /// The names of the rules, as ``Entity/rule`` reports them.
    public static var ruleNames: [String] { defaultRules.map(\.name) }

    /// Creates a recognizer for `gazetteer` (the bundled one by default).
    /// Compiling a gazetteer as large as the bundled one takes tens of
    /// milliseconds; build the recognizer once and share it.
    public init(gazetteer: Gazetteer) {
        self.lexicon = Lexicon(gazetteer)
        self.rules = Self.defaultRules
    }

    /// Creates a recognizer for the bundled gazetteers, whose compiled form
    /// is embedded in the binary: loading it takes a few milliseconds, once
    /// per process.
    public init() {
        self.lexicon = Self.bundledLexicon
        self.rules = Self.defaultRules
    }

    private static let bundledLexicon = Lexicon.bundled

    /// A recognizer for an already compiled lexicon.
    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.rules = Self.defaultRules
    }

    /// The entities of `text`, in order.
    public func recognize(_ text: String) -> [Entity] {
        let document = Document(text, lexicon: lexicon, tokenizer: tokenizer, analyzer: analyzer)
        var candidates: [Candidate] = []
        for rule in rules where !rule.runsAfterResolution {
            rule.propose(in: document, accepted: [], into: &candidates)
        }
        var accepted = Resolver.resolve(candidates, wordCount: document.words.count)
        // A person found by rules is identified by their normalized name.
        Linking.identifyPeople(&accepted, in: document)
        var later: [Candidate] = []
        for rule in rules where rule.runsAfterResolution {
            rule.propose(in: document, accepted: accepted, into: &later)
        }
        if !later.isEmpty {
            var taken = [Bool](repeating: false, count: document.words.count)
            for candidate in accepted { for index in candidate.words { taken[index] = true } }
            accepted = (accepted + Resolver.resolve(later, wordCount: document.words.count, taken: taken))
                .sorted { $0.start < $1.start }
            Linking.identifyPeople(&accepted, in: document)
        }
        // A bare surname is the person the document names in full.
        Linking.linkSurnames(&accepted, in: document)
        return accepted.map { entity(for: $0, in: document) }
    }

    /// The entities of many texts, recognized concurrently on up to
    /// `maximumConcurrency` tasks (all cores by default), in input order.
    public func recognize(_ texts: [String], maximumConcurrency: Int? = nil) async -> [[Entity]] {
        await BatchRecognition.run(texts, width: maximumConcurrency, recognize)
    }

    private func entity(for candidate: Candidate, in document: Document) -> Entity {
        let start = candidate.stemStart ?? document.words[candidate.start].range.lowerBound
        let end = document.words[candidate.end - 1].range.upperBound
        let range = Self.characterAligned(
            document.text.alignment.originalRange(forNormalized: start..<end), in: document.text.original)
        let originalBytes = document.text.original.utf8
        let lower = originalBytes.index(originalBytes.startIndex, offsetBy: range.lowerBound)
        let upper = originalBytes.index(lower, offsetBy: range.count)
        return Entity(
            type: candidate.type, utf8Range: range, text: String(document.text.original[lower..<upper]),
            canonical: candidate.canonical, rule: candidate.rule.name,
            evidence: candidate.evidence.map { evidence in
                let from = document.words[evidence.lowerBound].range.lowerBound
                let to = document.words[evidence.upperBound - 1].range.upperBound
                let mapped = document.text.alignment.originalRange(forNormalized: from..<to)
                // Slice the view: copying the whole text here per evidence was quadratic.
                let from8 = originalBytes.index(originalBytes.startIndex, offsetBy: mapped.lowerBound)
                return String(decoding: originalBytes[from8..<originalBytes.index(from8, offsetBy: mapped.count)], as: UTF8.self)
            })
    }

    /// `range` (UTF-8 offsets into `text`) widened to whole `Character`s, so
    /// that an entity never cuts a grapheme cluster: a ZWNJ after a name or
    /// an Arabic number sign (U+0600, a prepended mark) before it belongs to
    /// the cluster of the letter next to it.
    static func characterAligned(_ range: Range<Int>, in text: String) -> Range<Int> {
        // Almost always both ends lie between plain letters, spaces or ASCII
        // punctuation, where a cluster always ends: the range stands as it is,
        // without walking grapheme clusters.
        let isAligned = text.utf8.withContiguousStorageIfAvailable { bytes in
            ClusterBoundary.isCertain(at: range.lowerBound, in: bytes)
                && ClusterBoundary.isCertain(at: range.upperBound, in: bytes)
        }
        if isAligned == true { return range }
        let utf8 = text.utf8
        // `index(after:)` rounds a position inside a cluster down first, so
        // this is the start of the cluster that contains `index`.
        func clusterStart(_ index: String.Index) -> String.Index {
            index == text.endIndex ? index : text.index(before: text.index(after: index))
        }
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        let start = clusterStart(lower)
        var end = clusterStart(upper)
        if end < upper { end = text.index(after: end) }
        let startOffset = utf8.distance(from: utf8.startIndex, to: start)
        return startOffset..<(startOffset + utf8.distance(from: start, to: end))
    }
}
