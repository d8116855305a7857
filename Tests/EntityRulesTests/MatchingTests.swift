import Testing

@testable import EntityRules

@Suite struct MatchingTests {
    let recognizer = TestLexicon.recognizer

    @Test("proclitics are stripped and left outside the range", arguments: [
        ("سافر لأذربيجان", "أذربيجان"), ("زار باكو وروسيا", "روسيا"), ("شكرا للكويت", "لكويت"),
        ("مقيم بأذربيجان", "أذربيجان"), ("وصل إلى فموسكو", "موسكو"),
    ])
    func clitics(text: String, expected: String) {
        let entities = recognizer.recognize(text)
        #expect(entities.last?.text == expected)
    }

    @Test func lamBeforeTheArticleStillFindsTheName() {
        let entity = recognizer.recognize("شكرا للكويت").first
        #expect(entity?.type == .country)
        #expect(entity?.canonical == "KW")
        // The range begins at the article's lam: the preposition's lam stays outside.
        #expect(entity?.utf8Range == "شكرا ل".utf8.count..<"شكرا للكويت".utf8.count)
    }

    @Test func aWordKnownWholeIsNeverSplit() {
        // بكين is Beijing, not ب + كين (Caen), although both are in the gazetteer.
        #expect(recognizer.found("وصل إلى بكين") == [Found(type: .city, text: "بكين", canonical: "geonames:1816670")])
    }

    @Test func theLongestMatchWins() {
        #expect(recognizer.found("روسيا الاتحادية") == [Found(type: .country, text: "روسيا الاتحادية", canonical: "RU")])
        #expect(
            recognizer.found("وجمهورية إيران الإسلامية")
                == [Found(type: .country, text: "جمهورية إيران الإسلامية", canonical: "IR")])
    }

    @Test func multiWordNamesAreOneEntity() {
        #expect(recognizer.found("في تل أبيب") == [Found(type: .city, text: "تل أبيب", canonical: "geonames:293397")])
    }

    @Test func rangesPointIntoTheOriginalTextWithItsMarks() {
        let text = "زار أَذْرَبِيـــجانَ ثم مُوسْكُو"
        let entities = recognizer.recognize(text)
        #expect(entities.map(\.text) == ["أَذْرَبِيـــجانَ", "مُوسْكُو"])
        for entity in entities {
            #expect(String(text[entity.range(in: text)]) == entity.text)
        }
    }

    @Test func spellingVariantsMatch() {
        // No hamza, alef maqsura written as yeh, teh marbuta as heh: all folded.
        #expect(recognizer.found("اذربيجان").first?.canonical == "AZ")
        #expect(recognizer.found("ايران").first?.canonical == "IR")
        #expect(recognizer.found("جمهوريه ايران الاسلاميه").first?.canonical == "IR")
    }

    @Test func invisibleMarksAroundWordsDoNotMatter() {
        let text = "\u{200E}روسيا \u{200E}و \u{200E}باكو"
        #expect(recognizer.found(text).map(\.text) == ["روسيا", "باكو"])
    }

    @Test func demonymsAreNotEntities() {
        #expect(recognizer.found("القوات الروسي والقيادة الأذربيجانية").isEmpty)
    }

    @Test func namesDoNotRunAcrossSentences() {
        #expect(recognizer.found("زار تل. أبيب").isEmpty)
    }
}
