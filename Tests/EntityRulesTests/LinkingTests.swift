import Testing

@testable import EntityRules

/// Canonical IDs across a document: a bare surname is the person the
/// document names in full, and a person found by rules is identified by
/// their name without the clitics written on it. The names are invented.
@Suite struct LinkingTests {
    let recognizer = TestLexicon.recognizer

    /// The test lexicon and a few people: a notable person known by a
    /// surname shared by many (an `ambiguous=1` alias, usable after a title
    /// or a reporting verb), and a full name that needs context.
    static let withNamesakes = {
        var gazetteer = TestLexicon.gazetteer()
        try! gazetteer.load(
            tsv: """
                سيرغي ماروف\tPERSON\tSergei Marov
                ماروف\tPERSON\tSergei Marov\tambiguous=1
                سيرغي كاروف\tPERSON\tSergei Karov
                جورج بوش\tPERSON\tGeorge W. Bush\tambiguous=1
                """, source: "linking.tsv")
        return EntityRecognizer(gazetteer: gazetteer)
    }()

    private func people(_ text: String, _ recognizer: EntityRecognizer) -> [Entity] {
        recognizer.recognize(text).filter { $0.type == .person }
    }

    @Test func aBareSurnameIsThePersonTheDocumentNamesNotTheGazetteersNamesake() {
        // بوتين alone is Vladimir Putin in the lexicon; this document names Dmitri Putin.
        let found = people("التقى الرئيس ديمتري بوتين نظيره. وأضاف بوتين أن التعاون مستمر.", recognizer)
        #expect(found.map(\.text) == ["ديمتري بوتين", "بوتين"])
        #expect(found.map(\.canonical) == ["ديمتري بوتين", "ديمتري بوتين"])
        #expect(found.last?.rule == "propagation")
        #expect(found.last?.evidence == "ديمتري بوتين")
        // An alias that needs a title, found with one (السفير), yields too.
        let ambassador = people("وصل السفير ديمتري ماروف إلى موسكو. وقال السفير ماروف إن التعاون مستمر.", Self.withNamesakes)
        #expect(ambassador.map(\.canonical) == ["ديمتري ماروف", "ديمتري ماروف"], "\(ambassador)")
    }

    @Test func aBareSurnameBeforeTheFullNameLinksToo() {
        let found = people("وأضاف بوتين أن التعاون مستمر. وكان الرئيس ديمتري بوتين في موسكو.", recognizer)
        #expect(found.map(\.text) == ["بوتين", "ديمتري بوتين"])
        #expect(found.map(\.canonical) == ["ديمتري بوتين", "ديمتري بوتين"])
    }

    @Test func theGazetteersLinkStandsWithoutAFullNameOrWhenTheDocumentNamesThatPerson() {
        // No full name in the document: the notable person the surname stands for.
        #expect(recognizer.found("وأضاف بوتين أن التعاون مستمر") == [Found(type: .person, text: "بوتين", canonical: "Vladimir Putin")])
        // The document names that person in full, and a namesake too: the gazetteer's link stands.
        let found = people("التقى فلاديمير بوتين نظيره ديمتري بوتين. وأضاف بوتين أن التعاون مستمر.", recognizer)
        #expect(found.map(\.canonical) == ["Vladimir Putin", "ديمتري بوتين", "Vladimir Putin"])
        #expect(found.last?.rule == "gazetteer")
    }

    @Test func theNearestFullNameBeforeWinsAKnownOneFirst() {
        // Two namesakes found by rules: each bare surname is the one named last before it.
        let rules = people("التقى جيهون ماروف نظيره. وقال ماروف إن. ثم وصل ديمتري ماروف. وقال ماروف إن.", recognizer)
        #expect(rules.map(\.canonical) == ["جيهون ماروف", "جيهون ماروف", "ديمتري ماروف", "ديمتري ماروف"], "\(rules)")
        // A full name the gazetteer knows is surer than a nearer one the rules built.
        let known = people("التقى سيرغي كاروف نظيره. ثم وصل ديمتري كاروف. وقال كاروف إن التعاون مستمر.", Self.withNamesakes)
        #expect(known.map(\.canonical) == ["Sergei Karov", "ديمتري كاروف", "Sergei Karov"], "\(known)")
        #expect(known.last?.rule == "propagation")
    }

    @Test func aKnownFullNameALinksAnOrdinaryWordSurname() {
        // بري is an ordinary word: no propagation on its own, but found after a title it is Nabih Berri.
        let found = people("التقى نبيه بري الوفد. وقال الرئيس بري إن التعاون مستمر. الطريق بري", recognizer)
        #expect(found.map(\.text) == ["نبيه بري", "بري"])
        #expect(found.map(\.canonical) == ["Nabih Berri", "Nabih Berri"])
    }

    @Test func aRuleBuiltCanonicalLeavesTheCliticsOut() {
        // given-name+name: the ل of لجورج is outside the entity and its ID.
        let given = recognizer.recognize("وقدم الوفد الشكر لجورج ماتيو على جهوده").first { $0.type == .person }
        #expect(given?.text == "جورج ماتيو")
        #expect(given?.rule == "given-name+name")
        #expect(given?.canonical == "جورج ماتيو")
        // coordination, with و written on the name: found in the second round, identified too.
        let listed = recognizer.recognize("التقى جيهون بيراموف وموراد.").last
        #expect(listed?.text == "موراد")
        #expect(listed?.rule == "coordination")
        #expect(listed?.canonical == "موراد")
    }

    @Test func aRuleThatFindsAListedNameTakesItsID() {
        // جورج بوش needs a title as a gazetteer name; found by given-name+name it is still George W. Bush.
        let found = Self.withNamesakes.recognize("وصل جورج بوش أمس").first
        #expect(found?.rule == "given-name+name")
        #expect(found?.canonical == "George W. Bush")
    }
}
