/// The individual steps an ``ArabicNormalizer`` can apply.
///
/// Options combine freely; ``NormalizationProfile`` names the useful
/// combinations. Whatever the options, the steps run in a fixed order:
///
/// 1. Unicode normalization: NFKC with ``foldCompatibility``, NFC without.
/// 2. Removals (``removeDiacritics``, ``removeQuranicMarks``,
///    ``removeTatweel``, ``removeFormatControls``, ``removePunctuation``).
/// 3. Letter and digit mappings (``foldAlef`` … ``foldDigits``) and
///    ``collapseWhitespace``.
///
/// ```swift
/// let options: NormalizationOptions = [.removeDiacritics, .removeTatweel]
/// ArabicNormalizer(options: options).normalize("كَتَـــبَ")   // "كتب"
/// ```
public struct NormalizationOptions: OptionSet, Hashable, Sendable {
    /// The raw bit mask.
    public let rawValue: UInt32

    /// Creates options from a raw bit mask.
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Unicode compatibility folding (NFKC) instead of canonical composition
    /// (NFC): Arabic presentation forms and ligatures become letters
    /// (ﻻ → لا, ﷲ → الله), fullwidth forms become ASCII, NBSP becomes a space.
    public static let foldCompatibility = NormalizationOptions(rawValue: 1 << 0)

    /// Folds the Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to
    /// letters with their compatibility mapping, as NFKC does, but leaves every
    /// other compatibility character alone. Implied by ``foldCompatibility``.
    public static let foldPresentationForms = NormalizationOptions(rawValue: 1 << 14)

    /// Removes tashkeel: U+064B–U+065F and the superscript alef U+0670.
    public static let removeDiacritics = NormalizationOptions(rawValue: 1 << 1)

    /// Removes Quranic annotation marks: U+0610–U+061A, U+06D6–U+06DC,
    /// U+06DF–U+06E8 and U+06EA–U+06ED.
    public static let removeQuranicMarks = NormalizationOptions(rawValue: 1 << 2)

    /// Removes the tatweel (kashida) U+0640.
    public static let removeTatweel = NormalizationOptions(rawValue: 1 << 3)

    /// Removes invisible format and bidi controls: U+200B–U+200F,
    /// U+202A–U+202E, U+2060–U+2064, U+2066–U+2069, U+061C and U+FEFF.
    public static let removeFormatControls = NormalizationOptions(rawValue: 1 << 4)

    /// Maps أ إ آ ٱ ٲ ٳ to a bare alef ا.
    public static let foldAlef = NormalizationOptions(rawValue: 1 << 5)

    /// Maps alef maqsura ى to yeh ي.
    public static let foldAlefMaqsura = NormalizationOptions(rawValue: 1 << 6)

    /// Maps teh marbuta ة and heh with yeh above ۀ to heh ه.
    public static let foldTehMarbuta = NormalizationOptions(rawValue: 1 << 7)

    /// Maps the Persian letters farsi yeh ی (U+06CC) to ي and keheh ک (U+06A9) to ك,
    /// the two that Arabic text most often contains by keyboard accident.
    public static let foldFarsiYehAndKeheh = NormalizationOptions(rawValue: 1 << 8)

    /// Maps Arabic-Indic (U+0660–U+0669) and Extended Arabic-Indic
    /// (U+06F0–U+06F9) digits to ASCII 0–9.
    public static let foldDigits = NormalizationOptions(rawValue: 1 << 9)

    /// Maps the hamza carriers ؤ to و and ئ to ي.
    public static let foldHamzaCarriers = NormalizationOptions(rawValue: 1 << 10)

    /// Maps letters of Persian, Urdu and North African orthography that Arabic
    /// news uses for foreign names to their closest Arabic letter:
    /// پ → ب, چ → ج, ژ → ز, گ → ك, ڤ → ف, ڥ → ف, ڨ → ق, ڭ → ك, ہ → ه, ھ → ه,
    /// ە → ه, ے → ي, ۓ → ي.
    public static let foldPersianLetters = NormalizationOptions(rawValue: 1 << 11)

    /// Removes punctuation (Unicode general categories Pc, Pd, Ps, Pe, Pi, Pf, Po),
    /// Arabic punctuation such as ، ؛ ؟ ٪ ٫ included.
    public static let removePunctuation = NormalizationOptions(rawValue: 1 << 12)

    /// Replaces every run of white space (line breaks included) with one
    /// U+0020 space.
    public static let collapseWhitespace = NormalizationOptions(rawValue: 1 << 13)
}
