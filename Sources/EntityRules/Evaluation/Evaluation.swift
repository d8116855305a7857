/// Scores entity recognition against reference annotations, the way
/// `../shared/gold/GUIDELINES.md` defines it: predicted spans widened to
/// whole whitespace tokens (edge punctuation excluded), then exact span and
/// exact type; precision, recall and F1 per type and micro-averaged over
/// the evaluated types. Predictions of other types are ignored.
public struct Evaluation: Sendable {
    /// Counts for one type.
    public struct Counts: Hashable, Sendable {
        /// Predicted and correct.
        public var truePositives = 0
        /// Predicted, not in the reference.
        public var falsePositives = 0
        /// In the reference, not predicted.
        public var falseNegatives = 0

        /// Correct predictions over all predictions.
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// Correct predictions over all reference entities.
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// The harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

        static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(
                truePositives: lhs.truePositives + rhs.truePositives,
                falsePositives: lhs.falsePositives + rhs.falsePositives,
                falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
        }
    }

    /// A mistake, for error analysis.
    public struct Mistake: Hashable, Sendable {
        /// `false positive` or `false negative`.
        public var kind: String
        /// The type predicted or expected.
        public var type: EntityType
        /// The span's text.
        public var text: String
        /// A window of text around it.
        public var context: String
        /// The rule that made a false positive.
        public var rule: String?
        /// The document it is in.
        public var document: String
    }

    /// The types scored.
    public let types: [EntityType]
    /// Counts per type.
    public private(set) var counts: [EntityType: Counts]
    /// Every mistake, in document order.
    public private(set) var mistakes: [Mistake] = []

    /// Counts summed over ``types``.
    public var micro: Counts { types.reduce(Counts()) { $0 + (counts[$1] ?? Counts()) } }

    /// Scores `recognizer` on `documents` for `types` (the three core types by default).
    public init(recognizer: EntityRecognizer, documents: [AnnotatedDocument], types: [EntityType] = EntityType.core) {
        self.types = types
        self.counts = Dictionary(uniqueKeysWithValues: types.map { ($0, Counts()) })
        for document in documents {
            score(document, predictions: recognizer.recognize(document.text))
        }
    }

    private mutating func score(_ document: AnnotatedDocument, predictions: [Entity]) {
        let bytes = Array(document.text.utf8)
        let tokens = WhitespaceTokens(bytes)
        struct Span: Hashable {
            var type: EntityType
            var range: Range<Int>
        }
        let gold = Set(document.annotations.filter { types.contains($0.type) }.map { Span(type: $0.type, range: $0.utf8Range) })
        var predicted: [Span: Entity] = [:]
        for entity in predictions where types.contains(entity.type) {
            predicted[Span(type: entity.type, range: tokens.widen(entity.utf8Range))] = entity
        }
        // A caller's annotation may reach outside the text: it stays a
        // reference entity that nothing matches, shown clipped to the text.
        func text(_ range: Range<Int>) -> String {
            String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
        }
        func context(_ range: Range<Int>) -> String {
            let range = range.clamped(to: 0..<bytes.count)
            let from = max(0, range.lowerBound - 60)
            let to = min(bytes.count, range.upperBound + 60)
            return String(decoding: bytes[from..<to], as: UTF8.self).replacing("\n", with: " ⏎ ")
        }
        for span in predicted.keys.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if gold.contains(span) {
                counts[span.type]!.truePositives += 1
            } else {
                counts[span.type]!.falsePositives += 1
                mistakes.append(
                    Mistake(
                        kind: "false positive", type: span.type, text: text(span.range),
                        context: context(span.range), rule: predicted[span]!.rule, document: document.name))
            }
        }
        for span in gold.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where predicted[span] == nil {
            counts[span.type]!.falseNegatives += 1
            mistakes.append(
                Mistake(
                    kind: "false negative", type: span.type, text: text(span.range),
                    context: context(span.range), rule: nil, document: document.name))
        }
    }
}

/// The whitespace-separated tokens of a text, each without the punctuation
/// at its edges, for widening predicted spans.
struct WhitespaceTokens {
    /// Per byte: the token (trimmed) that contains it, if any.
    private var tokenAt: [Int32]
    private var ranges: [Range<Int>] = []

    init(_ bytes: [UInt8]) {
        tokenAt = [Int32](repeating: -1, count: bytes.count)
        let text = String(decoding: bytes, as: UTF8.self)
        var offset = 0
        var tokenStart: Int? = nil
        var scalars: [(Unicode.Scalar, Int)] = []
        for scalar in text.unicodeScalars {
            scalars.append((scalar, offset))
            offset += UTF8.width(scalar)
        }
        func finish(_ end: Int, _ startIndex: Int, _ endIndex: Int) {
            // Trim edge punctuation (quotes, brackets, commas, colons ...).
            var first = startIndex
            var last = endIndex - 1
            while first <= last, scalars[first].0.properties.generalCategory.isPunctuation { first += 1 }
            while last >= first, scalars[last].0.properties.generalCategory.isPunctuation { last -= 1 }
            guard first <= last else { return }
            let range = scalars[first].1..<(last + 1 < scalars.count ? scalars[last + 1].1 : bytes.count)
            for index in range { tokenAt[index] = Int32(ranges.count) }
            ranges.append(range)
        }
        var startIndex = 0
        for (index, (scalar, position)) in scalars.enumerated() {
            if scalar.properties.isWhitespace {
                if tokenStart != nil { finish(position, startIndex, index) }
                tokenStart = nil
            } else if tokenStart == nil {
                tokenStart = position
                startIndex = index
            }
        }
        if tokenStart != nil { finish(bytes.count, startIndex, scalars.count) }
    }

    /// `range` widened to the whole tokens it touches.
    func widen(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return range }
        let first = tokenAt[range.lowerBound]
        let last = tokenAt[range.upperBound - 1]
        let lower = first >= 0 ? ranges[Int(first)].lowerBound : range.lowerBound
        let upper = last >= 0 ? ranges[Int(last)].upperBound : range.upperBound
        return lower..<upper
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            true
        default: false
        }
    }
}
