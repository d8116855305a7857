/// A named set of ``NormalizationOptions``.
///
/// ```swift
/// let normalizer = ArabicNormalizer(profile: .search)
/// normalizer.normalize("إِلى المَدْرَسَةِ")   // "الي المدرسه"
/// ```
///
/// Docs/Normalization.md tabulates every code point each profile touches.
public struct NormalizationProfile: Hashable, Sendable, CustomStringConvertible {
    /// The profile's name, as the command line accepts it.
    public let name: String

    /// The steps the profile applies.
    public let options: NormalizationOptions

    /// Creates a profile; use it to give your own option set a name.
    public init(name: String, options: NormalizationOptions) {
        self.name = name
        self.options = options
    }

    /// A textual representation: the profile's name.
    public var description: String { name }

    /// Matching and search: NFKC; tashkeel, Quranic marks, tatweel and
    /// invisible controls removed; alef forms, alef maqsura, teh marbuta,
    /// farsi yeh, keheh and Arabic digits folded. Hamza on ؤ and ئ, punctuation,
    /// Latin text and white space are kept.
    public static let search = NormalizationProfile(
        name: "search",
        options: [
            .foldCompatibility, .removeDiacritics, .removeQuranicMarks, .removeTatweel,
            .removeFormatControls, .foldAlef, .foldAlefMaqsura, .foldTehMarbuta,
            .foldFarsiYehAndKeheh, .foldDigits,
        ]
    )

    /// What entity recognition matches on: ``search`` plus hamza carriers and
    /// the Persian and Urdu letters that foreign names are spelled with, so
    /// that `رئيس`/`رييس` and `ڤلاديمير`/`فلاديمير` meet.
    public static let ner = NormalizationProfile(
        name: "ner",
        options: search.options.union([.foldHamzaCarriers, .foldPersianLetters])
    )

    /// Building search-index keys: ``ner`` plus punctuation removed and white
    /// space collapsed to single spaces.
    public static let indexing = NormalizationProfile(
        name: "indexing",
        options: ner.options.union([.removePunctuation, .collapseWhitespace])
    )

    /// A light clean-up for text shown to people: canonical composition (NFC),
    /// presentation forms folded to letters and tatweel removed. Diacritics,
    /// hamza, teh marbuta, digits and controls stay as written.
    public static let display = NormalizationProfile(
        name: "display",
        options: [.foldPresentationForms, .removeTatweel]
    )

    /// Every bundled profile, in the order the documentation lists them.
    public static let all: [NormalizationProfile] = [.search, .ner, .indexing, .display]

    /// The bundled profile called `name`, if there is one.
    public static func named(_ name: String) -> NormalizationProfile? {
        all.first { $0.name == name }
    }
}
