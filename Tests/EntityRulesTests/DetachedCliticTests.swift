import ArabicText
import Testing

@testable import EntityRules

/// Clitics written apart, as clitic-segmenting pipelines (Farasa, MADAMIRA,
/// treebank style) write them, and names such a pipeline split by mistake:
/// a lone proclitic or pronoun suffix is joined with its neighbour when
/// together they are a name the lexicon knows whole (Docs/Rules.md, "Clitics
/// written apart"). The sentences are invented; the names are the bundled
/// gazetteers'. Each test also checks a join, so that it fails without them.
@Suite struct DetachedCliticTests {
    static let recognizer = EntityRecognizer()

    /// The entities of `text`, each checked to be the text at its range.
    static func entities(_ text: String) -> [Entity] {
        let entities = recognizer.recognize(text)
        for entity in entities { #expect(String(text[entity.range(in: text)]) == entity.text) }
        return entities
    }

    /// The document of `text` as the bundled recognizer builds it.
    static func document(_ text: String) -> Document {
        Document(
            text, lexicon: recognizer.lexicon, tokenizer: Tokenizer(),
            analyzer: CliticAnalyzer(splitsArticle: false, splitsEnclitics: true))
    }

    @Test func aProcliticWrittenApartJoinsTheCityItWasSplitFrom() {
        let text = "وصل الوفد إلى ب غداد أمس"
        let city = Self.entities(text).first
        #expect(city?.type == .city)
        #expect(city?.text == "ب غداد")
        #expect(city?.canonical == "geonames:98182")  // Baghdad
        let start = "وصل الوفد إلى ".utf8.count
        #expect(city?.utf8Range == start..<(start + "ب غداد".utf8.count))
    }

    @Test func aPronounSuffixWrittenApartJoinsTheCityItWasSplitFrom() {
        let city = Self.entities("وصل الوفد إلى نيويور ك أمس").first
        #expect(city?.type == .city)
        #expect(city?.text == "نيويور ك")
        #expect(city?.canonical == "geonames:5128581")  // New York
        // A suffix of two letters: نا.
        let vienna = Self.entities("وصل الوفد إلى فيي نا أمس").first
        #expect(vienna?.text == "فيي نا")
        #expect(vienna?.canonical == "geonames:2761369")
    }

    @Test func aGivenNameSplitAfterItsFirstLetterIsJoined() {
        // فواز is a given name; واز is no word.
        let found = Self.entities("قال الوزير ف واز الحسيني إن الاتفاق قريب. وأضاف الحسيني أن الوفد وصل")
        #expect(found.map(\.text) == ["ف واز الحسيني", "الحسيني"])
        #expect(found.allSatisfy { $0.type == .person })
        // The person's ID is the name spelled without the space inside the joined word.
        #expect(found.map(\.canonical) == ["فواز الحسيني", "فواز الحسيني"])
    }

    @Test func aJoinedWordBeginsANameOfSeveralWords() {
        let person = Self.entities("قال الرئيس الروسي ف لاديمير بوتين إن الاتفاق قريب").first
        #expect(person?.type == .person)
        #expect(person?.text == "ف لاديمير بوتين")
        #expect(person?.canonical == "Vladimir Putin")
    }

    @Test func aSurnameJoinedFromItsSuffixLinksToItsMentionsWrittenWhole() {
        // The rules build جون ساركوزي; the bare surname is that person, either way round.
        for text in [
            "قال السفير جون ساركوز ي إن الاتفاق قريب. وأضاف ساركوزي أن الوفد وصل",
            "قال السفير جون ساركوزي إن الاتفاق قريب. وأضاف ساركوز ي أن الوفد وصل",
        ] {
            let found = Self.entities(text)
            #expect(found.count == 2, "\(text)")
            #expect(found.allSatisfy { $0.type == .person && $0.canonical == "جون ساركوزي" }, "\(found)")
        }
    }

    @Test func aProcliticBeforeANameThatStandsAloneStaysOutside() {
        // باريس is the city: ب is the preposition, outside the entity.
        let text = "زار الوفد ب باريس ثم ب غداد"
        let found = Self.entities(text)
        #expect(found.map(\.text) == ["باريس", "ب غداد"])
        #expect(found.first?.utf8Range.lowerBound == text.utf8.count - "باريس ثم ب غداد".utf8.count)
        #expect(found.allSatisfy { $0.type == .city })
    }

    @Test func aProcliticBeforeTheStartOfANameOfSeveralWordsStaysOutside() {
        // ساو begins ساو باولو; alone, ب ساو is بساو (Bissau).
        let found = Self.entities("وصل الوفد إلى ب ساو باولو ثم إلى ب ساو")
        #expect(found.map(\.text) == ["ساو باولو", "ب ساو"])
        #expect(found.map(\.canonical) == ["geonames:3448439", "geonames:2374775"])
    }

    @Test func aConcatenationThatIsAnOrdinaryWordIsNotJoined() {
        // كما ("as") is no name; فضيلة (teh marbuta split off as ه) is the
        // title "His Eminence" as much as a given name; بيتي is "my house".
        let text = "قال ك ما إن فضيل ه الشيخ زار بيت ي في ب غداد"
        let document = Self.document(text)
        let spellings = document.words.indices.map { index in
            document.withSpelling(index) { String(decoding: $0, as: UTF8.self) }
        }
        #expect(spellings == ["قال", "ك", "ما", "ان", "فضيل", "ه", "الشيخ", "زار", "بيت", "ي", "في", "بغداد"])
        #expect(document.words.filter(\.isJoined).count == 1)
        #expect(Self.entities(text).map(\.text) == ["ب غداد"])
    }

    @Test func aPersonsNameIsNotJoinedOntoAnOrdinaryWord() {
        // فوزي is a given name, but فوز ي is "my victory": the split stands.
        let document = Self.document("قال الوزير فوز ي الحسيني في ب غداد")
        #expect(document.words.map(\.isJoined) == [false, false, false, false, false, false, true])
        #expect(Self.entities("قال الوزير فوز ي الحسيني في ب غداد").map(\.text) == ["ب غداد"])
    }

    @Test func aPlaceNameThatIsAlsoAnOrdinaryWordWithAProcliticNeedsAPlaceContext() {
        // بعبدا (Baabda, word=1) is also ب + عبدا, "with a slave": the city after في, not after وعده.
        let found = Self.entities("سقطت قذيفة في ب عبدا أمس")
        #expect(found.map(\.text) == ["ب عبدا"])
        #expect(found.first?.canonical == "geonames:277226")
        #expect(Self.entities("وعده ب عبدا").isEmpty)
    }

    @Test func offsetsCoverDiacriticsAndTatweelInsideTheTokens() {
        let text = "وصل الوفد إلى بِـ غَدادَ أمس ثم إلى نيويُورْ كَ"
        let found = Self.entities(text)
        #expect(found.map(\.text) == ["بِـ غَدادَ", "نيويُورْ كَ"])
        #expect(found.map(\.canonical) == ["geonames:98182", "geonames:5128581"])
        #expect(found.last?.utf8Range.upperBound == text.utf8.count)
    }

    @Test func aSentenceBoundaryKeepsTheTokensApart() {
        // A line break between ب and غداد ends the sentence; the second pair joins.
        let found = Self.entities("وصل الوفد إلى ب\nغداد ثم إلى ب غداد")
        #expect(found.map(\.text) == ["ب غداد"])
        #expect(found.first?.utf8Range.lowerBound == "وصل الوفد إلى ب\nغداد ثم إلى ".utf8.count)
    }

    @Test func aJoinedWordIsReadByItsLettersAsTheWordWrittenWhole() {
        // بالتيمور (Baltimore) and زيلينسكي (Zelensky), split and whole.
        let document = Self.document("وصل إلى ب التيمور ثم إلى بالتيمور وقال زيلينسك ي ثم زيلينسكي")
        let spellings = document.words.indices.map { index in
            document.withSpelling(index) { String(decoding: $0, as: UTF8.self) }
        }
        #expect(spellings == ["وصل", "الي", "بالتيمور", "ثم", "الي", "بالتيمور", "وقال", "زيلينسكي", "ثم", "زيلينسكي"])
        for (joined, whole) in [(2, 5), (7, 9)] {
            #expect(document.words[joined].isJoined)
            #expect(document.words[joined].range.count == document.words[whole].range.count + 1)
            #expect(document.words[joined].spelledCount == document.words[whole].range.count)
            #expect(document.words[joined].id == document.words[whole].id)
            #expect(document.article(joined) == document.article(whole))
            #expect(document.nameStrength(joined) == document.nameStrength(whole))
            for strongOnly in [false, true] {
                #expect(document.hasSurnameEnding(joined, strongOnly: strongOnly) == document.hasSurnameEnding(whole, strongOnly: strongOnly))
            }
        }
        // The readings that differ from the bytes with the space in them.
        #expect(document.article(2) == .afterProclitic)
        #expect(document.hasSurnameEnding(7, strongOnly: true))
    }
}
