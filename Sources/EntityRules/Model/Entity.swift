/// A named entity found in a text.
///
/// ```swift
/// let text = "التقى الرئيس الروسي فلاديمير بوتين نظيره الأذربيجاني في سوتشي."
/// for entity in EntityRecognizer().recognize(text) {
///     print(entity.type, entity.text, entity.canonical ?? "-", entity.rule)
/// }
/// // PERSON فلاديمير بوتين Vladimir Putin gazetteer
/// // CITY سوتشي geonames:491422 gazetteer
/// ```
public struct Entity: Hashable, Sendable {
    /// What the entity is.
    public var type: EntityType
    /// Where it is in the text given to the recognizer, as UTF-8 offsets.
    /// Clitics attached in front (`و`, `ب`, `ل`, ...) are outside the range.
    public var utf8Range: Range<Int>
    /// The entity's text, as written in the original text.
    public var text: String
    /// The canonical ID of the entity, where known: ISO 3166-1 alpha-2 for
    /// countries, `geonames:<id>` or a slug for cities, an English name for
    /// people.
    public var canonical: String?
    /// The rule or gazetteer that produced it (Docs/Rules.md lists them),
    /// such as `gazetteer`, `title+name` or `propagation`.
    public var rule: String
    /// What made the rule fire, when that is a word of the text: the title
    /// before a name, the designator before a city (`مدينة`), the earlier
    /// mention a propagated name repeats.
    public var evidence: String?

    /// Creates an entity.
    public init(
        type: EntityType, utf8Range: Range<Int>, text: String, canonical: String?, rule: String,
        evidence: String? = nil
    ) {
        self.type = type
        self.utf8Range = utf8Range
        self.text = text
        self.canonical = canonical
        self.rule = rule
        self.evidence = evidence
    }

    /// The entity's range of indices in `text`, the string it was found in.
    public func range(in text: String) -> Range<String.Index> {
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: utf8Range.lowerBound)
        return start..<text.utf8.index(start, offsetBy: utf8Range.count)
    }
}
