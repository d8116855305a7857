/// A class of cue words: entries of a gazetteer that are not entities but
/// evidence the rules use (titles before names, given names, designators
/// before cities ...). In gazetteer files they are written `cue.<class>`.
public struct Cue: RawRepresentable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The class name without the `cue.` prefix, such as `title`.
    public let rawValue: String

    /// Creates a cue class from its name; `nil` for a class the rules do not know.
    public init?(rawValue: String) {
        guard Self.allCases.contains(where: { $0.rawValue == rawValue }) else { return nil }
        self.rawValue = rawValue
    }

    private init(known: String) { rawValue = known }

    /// `cue.<class>`, as written in gazetteer files.
    public var description: String { "cue." + rawValue }

    /// Titles and roles before a person's name: السفير، الرئيس، وزير الخارجية.
    public static let title = Cue(known: "title")
    /// Given names, Arabic and foreign; `ambiguous=1` marks those that are also common words.
    public static let givenName = Cue(known: "given-name")
    /// Particles inside names: بن، أبو، عبد، آل.
    public static let particle = Cue(known: "particle")
    /// Endings of foreign surnames (`وف`, `سكي`, `يان`); `strength=strong|weak`.
    public static let surnameSuffix = Cue(known: "surname-suffix")
    /// Reporting verbs that take a person as subject: قال، أعلن، أكد.
    public static let personVerb = Cue(known: "person-verb")
    /// Words that follow titles but are not names: السابق، الجديد، لدى.
    public static let notName = Cue(known: "not-name")
    /// Frequent words of news text that are not names.
    public static let common = Cue(known: "common")
    /// Demonyms and nisba adjectives (الروسي، الإيرانيين); canonical: the country's code.
    public static let demonym = Cue(known: "demonym")
    /// Words before a city name: مدينة، العاصمة.
    public static let cityDesignator = Cue(known: "city-designator")
    /// Words before a country name: جمهورية، مملكة (`inside=1`: part of the name), دولة (`inside=0`).
    public static let countryDesignator = Cue(known: "country-designator")
    /// Words after a country/city homonym that make it the city: `الجزائر العاصمة`.
    public static let capitalSuffix = Cue(known: "capital-suffix")
    /// Words before a region name: إقليم، محافظة، ولاية.
    public static let regionDesignator = Cue(known: "region-designator")
    /// Words that mark a sentence as sports news (مباراة، الدوري، المرمى),
    /// where a country or city that plays is a team, not the place.
    public static let sportContext = Cue(known: "sport-context")
    /// Words before a country that make it the country even in sports news:
    /// its national team (منتخب مصر) and the prepositions of place (في، إلى، من).
    public static let placeMarker = Cue(known: "place-marker")
    /// Prepositions and directions that put a place after them (في، إلى، قرب،
    /// شمال، ضواحي): a city's name that is also an ordinary word (`word=1`)
    /// is the place after one of them (`في عاليه`, not `مهارة عالية`).
    public static let placePreposition = Cue(known: "place-preposition")
    /// Words that head the name of a facility or a body named after a person
    /// (مطار، ملعب، شركة، جامعة): the person's name after them names the place
    /// or the body (`مطار شارل ديغول`), and is not reported as a person.
    public static let facility = Cue(known: "facility")

    /// Every cue class.
    public static let allCases: [Cue] = [
        .title, .givenName, .particle, .surnameSuffix, .personVerb, .notName, .common, .demonym,
        .cityDesignator, .countryDesignator, .capitalSuffix, .regionDesignator, .sportContext, .placeMarker,
        .facility, .placePreposition,
    ]
}

/// What a gazetteer entry's name stands for.
public enum GazetteerLabel: Hashable, Sendable, CustomStringConvertible {
    /// An entity of this type.
    case entity(EntityType)
    /// A cue word of this class.
    case cue(Cue)

    /// Parses a label as written in gazetteer files: `PERSON`, `cue.title` ...
    public init?(_ text: String) {
        if text.hasPrefix("cue.") {
            guard let cue = Cue(rawValue: String(text.dropFirst(4))) else { return nil }
            self = .cue(cue)
        } else {
            guard let type = EntityType(rawValue: text) else { return nil }
            self = .entity(type)
        }
    }

    /// The label as written in gazetteer files.
    public var description: String {
        switch self {
        case .entity(let type): type.rawValue
        case .cue(let cue): cue.description
        }
    }
}
