import Testing

@testable import ArabicText

/// The `search` profile, rule by rule, as issue #2 specifies it.
@Suite struct SearchProfileTests {
    let normalizer = ArabicNormalizer(profile: .search)

    static let removedRanges: [ClosedRange<UInt32>] = [
        0x064B...0x065F, 0x0670...0x0670, 0x0610...0x061A, 0x06D6...0x06DC, 0x06DF...0x06E8,
        0x06EA...0x06ED, 0x0640...0x0640, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
        0x2066...0x2069, 0x061C...0x061C, 0xFEFF...0xFEFF,
    ]

    @Test("every removed scalar disappears between two letters", arguments: removedRanges.flatMap { Array($0) })
    func removal(value: UInt32) {
        let scalar = Unicode.Scalar(value)!
        // ب composes with nothing, so even hamza above stays a separate mark until removed.
        #expect(normalizer.normalize("ب\(scalar)ت").exact == ("بت").exact)
        #expect(normalizer.normalize("\(scalar)").exact == ("").exact)
    }

    static let letterMappings: [(UInt32, String)] = [
        (0x0623, "ا"), (0x0625, "ا"), (0x0622, "ا"), (0x0671, "ا"), (0x0672, "ا"), (0x0673, "ا"),
        (0x0649, "ي"), (0x06CC, "ي"), (0x06A9, "ك"), (0x0629, "ه"), (0x06C0, "ه"),
    ]
    static let digitMappings: [(UInt32, String)] = (0..<10).flatMap { (digit: Int) -> [(UInt32, String)] in
        [(0x0660 + UInt32(digit), String(digit)), (0x06F0 + UInt32(digit), String(digit))]
    }
    static let mappings: [(UInt32, String)] = letterMappings + digitMappings

    @Test("every mapped scalar becomes its target", arguments: mappings)
    func mapping(value: UInt32, expected: String) {
        let scalar = Unicode.Scalar(value)!
        #expect(normalizer.normalize("\(scalar)").exact == (expected).exact)
        #expect(normalizer.normalize("ب\(scalar)ت").exact == ("ب\(expected)ت").exact)
    }

    @Test("what the profile leaves alone passes through unchanged", arguments: [
        "ء ؤ ئ", "، ؛ ؟ ٫ ٪", "Latin text, with punctuation!", "emoji 😀👍🏽", "a\r\nb\n\nc\t d   e",
        "بسم الله الرحمن الرحيم", "كتب", "Ünïcödé café", "", " ",
    ])
    func passThrough(text: String) {
        #expect(normalizer.normalize(text).exact == (text).exact)
    }

    @Test func presentationFormsFoldToLetters() {
        #expect(normalizer.normalize("\u{FEFB}").exact == ("لا").exact)  // ﻻ
        #expect(normalizer.normalize("\u{FEF7}").exact == ("لا").exact)  // ﻷ: لأ, then أ → ا
        #expect(normalizer.normalize("\u{FDF2}").exact == ("الله").exact)  // ﷲ
        #expect(normalizer.normalize("\u{FE91}\u{FEB4}\u{FEE2}").exact == ("بسم").exact)  // ﺑﺴﻢ
        #expect(normalizer.normalize("\u{FDFA}").exact == ("صلي الله عليه وسلم").exact)  // ﷺ, with ى → ي
        #expect(normalizer.normalize("\u{FE70}").exact == (" ").exact)  // isolated fathatan: space + removed mark
    }

    @Test func compatibilityCharactersFold() {
        #expect(normalizer.normalize("ＡＢＣ１２３").exact == ("ABC123").exact)
        #expect(normalizer.normalize("a\u{00A0}b").exact == ("a b").exact)
        #expect(normalizer.normalize("\u{2126}").exact == ("\u{03A9}").exact)  // OHM SIGN → OMEGA
        #expect(normalizer.normalize("ﬁ").exact == ("fi").exact)
    }

    @Test("decomposed input composes first, so NFD and NFC normalize alike", arguments: [
        ("\u{064A}\u{0654}", "\u{0626}"),  // ي + hamza above = ئ, which search keeps
        ("\u{0648}\u{0654}", "\u{0624}"),  // و + hamza above = ؤ
        ("\u{0627}\u{0654}", "ا"),  // أ → ا
        ("\u{0627}\u{0655}", "ا"),  // إ → ا
        ("\u{0627}\u{0653}", "ا"),  // آ → ا
        ("\u{06D5}\u{0654}", "ه"),  // ۀ → ه
        ("e\u{0301}", "\u{00E9}"),
    ])
    func decomposedInput(decomposed: String, expected: String) {
        #expect(normalizer.normalize(decomposed).exact == (expected).exact)
    }

    @Test func decomposedAndComposedArticlesMatch() {
        let composed = "سأل المسؤول عن رئيس الهيئة وآثار إيران"
        let decomposed = composed.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\u{0623}": "\u{0627}\u{0654}"
            case "\u{0625}": "\u{0627}\u{0655}"
            case "\u{0622}": "\u{0627}\u{0653}"
            case "\u{0624}": "\u{0648}\u{0654}"
            case "\u{0626}": "\u{064A}\u{0654}"
            default: String(scalar)
            }
        }.joined()
        #expect(decomposed.exact != composed.exact)
        #expect(normalizer.normalize(decomposed).exact == (normalizer.normalize(composed)).exact)
        #expect(normalizer.normalize(composed).exact == ("سال المسؤول عن رئيس الهيئه واثار ايران").exact)
    }

    @Test func hamzaComposesAcrossMarksOfLowerClass() {
        // Kasra (class 32) does not block hamza above (class 230): ا + ِ + ٔ composes to أ + ِ.
        #expect(normalizer.normalize("\u{064A}\u{0650}\u{0654}").exact == ("\u{0626}").exact)
        // A Quranic mark of class 230 blocks it; both marks are then removed.
        #expect(normalizer.normalize("\u{064A}\u{06D6}\u{0654}").exact == ("\u{064A}").exact)
    }

    @Test func removalThatExposesAComposablePairRecomposes() {
        // NFKC keeps a + ZWNJ + ◌́ apart; removing the ZWNJ exposes a + ◌́, which composes.
        #expect(normalizer.normalize("a\u{200C}\u{0301}").exact == ("\u{00E1}").exact)
        #expect(normalizer.normalize("a\u{0640}\u{0301}").exact == ("\u{00E1}").exact)
    }

    @Test func diacritizedTextLosesEveryMark() {
        #expect(normalizer.normalize("أَهْلاً وَسَهْلاً بِكُمْ فِي الدَّوْحَةِ").exact == ("اهلا وسهلا بكم في الدوحه").exact)
        #expect(normalizer.normalize("ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ").exact == ("الحمد لله رب العلمين").exact)
        #expect(normalizer.normalize("مـــرحـــبـــا").exact == ("مرحبا").exact)
    }

    @Test func theDefaultProfileIsSearch() {
        #expect(ArabicNormalizer().options == NormalizationProfile.search.options)
        #expect(NormalizationProfile.named("search") == .search)
        #expect(NormalizationProfile.named("nonexistent") == nil)
    }
}
