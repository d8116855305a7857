/// An entity a rule proposes: words `start..<end` of a ``Document``.
/// Candidates compete; ``Resolver`` keeps the best non-overlapping ones.
struct Candidate {
    var start: Int
    var end: Int
    /// Where the entity starts inside word `start`, after its proclitics
    /// (a normalized UTF-8 offset); nil when it starts with the word.
    var stemStart: Int?
    var type: EntityType
    var canonical: String?
    /// The rule reported (by name) in ``Entity/rule``.
    var rule: RuleID
    /// The words that made the rule fire (a title, a designator, an earlier mention).
    var evidence: Range<Int>?
    /// Higher wins a conflict; see ``Priority``.
    var priority: Int
    /// A gazetteer names it: a known entity, not only a shape that rules recognize.
    var isKnown = false

    var words: Range<Int> { start..<end }
}

/// Candidate priorities: context-backed beats bare, longer beats shorter.
enum Priority {
    static let countryDesignator = 90
    static let cityDesignator = 85
    static let gazetteerPhrase = 70
    static let titleName = 65
    static let givenName = 60
    static let demonymName = 58
    static let gazetteerWord = 55
    static let designatedUnknown = 50
    static let personVerb = 48
    static let surnamePattern = 45
    static let propagation = 40
    /// Added per word of the candidate.
    static let perWord = 5
}
