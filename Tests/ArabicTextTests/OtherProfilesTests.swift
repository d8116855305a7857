import Testing

@testable import ArabicText

@Suite struct OtherProfilesTests {
    @Test func nerFoldsHamzaCarriersAndPersianLetters() {
        let ner = ArabicNormalizer(profile: .ner)
        #expect(ner.normalize("رئيس المسؤول").exact == ("رييس المسوول").exact)
        #expect(ner.normalize("ڤلاديمير پوتين گيلان چابهار ژاله").exact == ("فلاديمير بوتين كيلان جابهار زاله").exact)
        #expect(ner.normalize("إسرائيل").exact == (ner.normalize("اسراييل")).exact)
        // Everything search does, too.
        #expect(ner.normalize("أَذْرَبِيجَانُ").exact == ("اذربيجان").exact)
    }

    @Test func indexingRemovesPunctuationAndCollapsesWhiteSpace() {
        let indexing = ArabicNormalizer(profile: .indexing)
        #expect(indexing.normalize("قال:  «مرحباً»،\r\n\tوداعاً!").exact == ("قال مرحبا وداعا").exact)
        #expect(indexing.normalize("  a \u{00A0} b  ").exact == (" a b ").exact)
        // A removed character between two spaces does not keep them apart.
        #expect(indexing.normalize("a \u{200B} b").exact == ("a b").exact)
    }

    @Test func displayKeepsDiacriticsAndFoldsPresentationForms() {
        let display = ArabicNormalizer(profile: .display)
        #expect(display.normalize("كَتَـــبَ").exact == ("كَتَبَ").exact)
        #expect(display.normalize("\u{FEFB} \u{FDF2}").exact == ("لا الله").exact)
        // Marks are put in canonical order (shadda, class 33, after fatha, class 30).
        #expect(display.normalize("ب\u{0651}\u{064E}").exact == ("ب\u{064E}\u{0651}").exact)
        // NFC, not NFKC: fullwidth letters and ligatures other than Arabic stay.
        #expect(display.normalize("ＡＢ ﬁ").exact == ("ＡＢ ﬁ").exact)
        #expect(display.normalize("ة ى أ ٣").exact == ("ة ى أ ٣").exact)
        // A presentation form followed by hamza above composes once folded.
        #expect(display.normalize("\u{FEFB}\u{0654}").exact == ("ل\u{0623}").exact)
    }

    @Test func optionsCombineFreely() {
        let onlyTatweel = ArabicNormalizer(options: [.removeTatweel])
        #expect(onlyTatweel.normalize("مـــرحَبا ١٢").exact == ("مرحَبا ١٢").exact)
        let digits = ArabicNormalizer(options: [.foldDigits])
        #expect(digits.normalize("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹").exact == ("0123456789 0123456789").exact)
        let none = ArabicNormalizer(options: [])
        #expect(none.normalize("e\u{0301}").exact == ("\u{00E9}").exact)  // NFC still applies
    }

    @Test func profilesHaveDistinctNames() {
        let names = NormalizationProfile.all.map(\.name)
        #expect(Set(names).count == names.count)
        for profile in NormalizationProfile.all { #expect(NormalizationProfile.named(profile.name) == profile) }
    }
}
