/// A proclitic: a one-letter word or the article, written attached to the
/// front of the next word.
public enum Proclitic: String, Sendable, Hashable, CaseIterable {
    /// و "and".
    case wa = "و"
    /// ف "so, then".
    case fa = "ف"
    /// ب "with, by, in".
    case bi = "ب"
    /// ل "for, to".
    case li = "ل"
    /// ك "like, as".
    case ka = "ك"
    /// س, the future marker of verbs.
    case sa = "س"
    /// ال, the definite article.
    case article = "ال"
}

/// An enclitic: a pronoun suffix (ه ها هم هما هن ك كم كما كن ي ني نا).
public struct Enclitic: RawRepresentable, Sendable, Hashable {
    /// The suffix as written after normalization.
    public let rawValue: String

    /// Creates an enclitic from its written form, if it is one.
    public init?(rawValue: String) {
        guard Self.all.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    init(known rawValue: String) { self.rawValue = rawValue }

    /// Every enclitic the analysis knows, longest first.
    static let all = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي"]
}
