/// Facts about one normalized word that the rules read: which cue classes
/// it belongs to as a one-word entry, and which kinds of names it occurs in.
struct TokenFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    static let title = TokenFlags(rawValue: 1 << 0)
    static let givenName = TokenFlags(rawValue: 1 << 1)
    /// A given name that is also an ordinary word (`ambiguous=1`).
    static let ambiguousGivenName = TokenFlags(rawValue: 1 << 2)
    static let particle = TokenFlags(rawValue: 1 << 3)
    static let personVerb = TokenFlags(rawValue: 1 << 4)
    static let notName = TokenFlags(rawValue: 1 << 5)
    static let common = TokenFlags(rawValue: 1 << 6)
    static let demonym = TokenFlags(rawValue: 1 << 7)
    static let cityDesignator = TokenFlags(rawValue: 1 << 8)
    /// A city designator that belongs inside the place's span (`حي`, a city
    /// quarter: `في حي الزهراء` is the place `حي الزهراء`).
    static let cityDesignatorInside = TokenFlags(rawValue: 1 << 24)
    /// A country designator that belongs inside the name's span (جمهورية).
    static let countryDesignatorInside = TokenFlags(rawValue: 1 << 9)
    /// A country designator that stays outside it (دولة).
    static let countryDesignatorOutside = TokenFlags(rawValue: 1 << 10)
    static let capitalSuffix = TokenFlags(rawValue: 1 << 11)
    static let regionDesignator = TokenFlags(rawValue: 1 << 12)
    static let sportContext = TokenFlags(rawValue: 1 << 13)
    static let placeMarker = TokenFlags(rawValue: 1 << 17)
    /// A word heading the name of a facility or a body (مطار، شركة).
    static let facility = TokenFlags(rawValue: 1 << 21)
    /// A preposition or direction that puts a place after it (في، قرب، شمال).
    static let placePreposition = TokenFlags(rawValue: 1 << 23)
    /// A point of the compass (شمال، جنوب شرقي، وسط; `direction=1`).
    static let direction = TokenFlags(rawValue: 1 << 25)
    /// The word occurs in a PERSON entry.
    static let personNamePart = TokenFlags(rawValue: 1 << 14)
    /// The word ends a PERSON entry of several words (a known person's surname).
    static let personSurname = TokenFlags(rawValue: 1 << 18)
    /// A common word among the most frequent of the language (wordfreq rank ≤ ``frequentRankLimit``).
    static let frequent = TokenFlags(rawValue: 1 << 19)
    /// A common word of the hand-written list (`common-words.tsv`, no wordfreq
    /// rank): the verbs, nouns and adjectives chosen as ordinary words.
    static let curatedCommon = TokenFlags(rawValue: 1 << 20)
    /// The rank up to which a common word counts as ``frequent``.
    static let frequentRankLimit = 5000
    /// The word occurs in a COUNTRY, CITY or REGION entry.
    static let placeNamePart = TokenFlags(rawValue: 1 << 15)
    /// The word occurs in an entry of another entity type.
    static let otherNamePart = TokenFlags(rawValue: 1 << 16)
    /// The word occurs in a generated spelling variant of a city's name
    /// (`variant=1`: كراكاس beside كاراكاس) and in no other entry. Such a
    /// word is not "known" to the person rules: an invented spelling must
    /// not hide a surname (`دانا برينو` is a person, not Brno).
    static let placeVariant = TokenFlags(rawValue: 1 << 22)

    /// Cue classes that mean "a word of the language, not a name".
    /// (Computed from raw values: a set literal would make a lazily initialized
    /// global, checked on every read in the recognizer's inner loop.)
    static var ordinaryWord: TokenFlags {
        TokenFlags(rawValue: common.rawValue | notName.rawValue | personVerb.rawValue | title.rawValue | demonym.rawValue)
    }

    init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The flag a one-word cue entry gives its word.
    init(cue: Cue, record: GazetteerStorage.Record, storage: GazetteerStorage) {
        func attribute(_ key: StaticString, is value: String) -> Bool {
            storage.attribute(key, of: record)?.elementsEqual(value.utf8) == true
        }
        switch cue {
        case .title: self = .title
        case .givenName: self = attribute("ambiguous", is: "1") ? [.givenName, .ambiguousGivenName] : .givenName
        case .particle: self = .particle
        case .personVerb: self = .personVerb
        case .notName: self = .notName
        case .common:
            // wordfreq's rank: the few thousand most frequent words are never names on their own.
            let rank = storage.attribute("rank", of: record).flatMap { Int(String(decoding: $0, as: UTF8.self)) }
            if let rank {
                self = rank <= Self.frequentRankLimit ? [.common, .frequent] : .common
            } else {
                self = [.common, .curatedCommon]
            }
        case .demonym: self = .demonym
        case .cityDesignator: self = attribute("inside", is: "1") ? .cityDesignatorInside : .cityDesignator
        case .countryDesignator:
            self = attribute("inside", is: "0") ? .countryDesignatorOutside : .countryDesignatorInside
        case .capitalSuffix: self = .capitalSuffix
        case .regionDesignator: self = .regionDesignator
        case .sportContext: self = .sportContext
        case .placeMarker: self = .placeMarker
        case .facility: self = .facility
        case .placePreposition: self = attribute("direction", is: "1") ? [.placePreposition, .direction] : .placePreposition
        default: self = []
        }
    }
}
