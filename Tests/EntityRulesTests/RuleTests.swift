import Testing

@testable import EntityRules

@Suite struct RuleTests {
    let recognizer = TestLexicon.recognizer

    @Test func homonymsAreCountriesUnlessContextMarksACity() {
        #expect(recognizer.found("وصل إلى الكويت").first?.type == .country)
        #expect(recognizer.found("وصل إلى مدينة الكويت").first?.type == .city)
        #expect(recognizer.found("في الكويت العاصمة").first?.type == .city)
        let designated = recognizer.recognize("وصل إلى مدينة الكويت").first
        #expect(designated?.rule == "gazetteer")
        #expect(designated?.evidence == "مدينة")
    }

    @Test func aCityThatIsAClubIsTheClubInSportsNews() {
        #expect(recognizer.found("وصل إلى ليفربول").first?.type == .city)
        #expect(recognizer.found("فاز ليفربول في مباراة").first?.type == .organization)
        // A place marker before it says the place, in sports news too.
        #expect(recognizer.found("فاز الفريق في مباراة أقيمت في ليفربول").first?.type == .city)
    }

    @Test func anEventNamedAfterAPlaceKeepsThePlaceInSportsNews() {
        // A city that plays is a team; the city an event is named after is the place.
        #expect(recognizer.found("فاز موسكو في مباراة").filter { $0.type == .city }.isEmpty)
        #expect(recognizer.found("فاز العداء في مباراة ملتقى موسكو").first?.type == .city)
        // The bundled event words (rule-cues.tsv).
        let bundled = EntityRecognizer()
        #expect(bundled.recognize("فاز السائق في مباراة أمس وتأهل إلى رالي المكسيك").contains { $0.type == .country && $0.text == "المكسيك" })
        #expect(bundled.recognize("فاز اللاعب بالمباراة في أولمبياد سيدني").contains { $0.type == .city && $0.text == "سيدني" })
    }

    @Test func aCityInALineOfFixturesOrResultsIsTheClub() {
        // Teams with their countries in brackets, joined by a dash; the score after.
        let fixture = recognizer.found("باكو ( أذربيجان ) - موسكو ( روسيا ) 2 - 1")
        #expect(!fixture.contains { $0.type == .city })
        #expect(fixture.filter { $0.type == .country }.map(\.text) == ["أذربيجان", "روسيا"])
        #expect(recognizer.found("المجموعة الأولى : باكو ( أذربيجان ) - موسكو ( روسيا )").allSatisfy { $0.type == .country })
        // A score alone after the name; Arabic-Indic digits and صفر count as goals.
        // (No word of sport in these sentences: the sports-sentence test does not fire.)
        #expect(recognizer.found("انتهت المواجهة مع موسكو ٣ - صفر").isEmpty)
        #expect(!recognizer.found("موسكو ( روسيا ) 2 - 1").contains { $0.type == .city })
        // A club of the gazetteer is reported as the club.
        #expect(recognizer.found("ليفربول ( روسيا ) - باكو ( أذربيجان )").first?.type == .organization)
    }

    @Test func aCityWithItsCountryInBracketsElsewhereIsTheCity() {
        // A dateline: the city, its country, a dash, the story.
        #expect(recognizer.found("موسكو ( روسيا ) - أعلن الرئيس").first?.type == .city)
        #expect(recognizer.found("وصل إلى باكو ( أذربيجان ) أمس").first?.type == .city)
        // Places listed with their countries.
        #expect(recognizer.found("زار باكو ( أذربيجان ) و موسكو ( روسيا )").filter { $0.type == .city }.count == 2)
        // Years are not a score.
        #expect(recognizer.found("عاش في موسكو 1900 - 1950").first?.type == .city)
    }

    @Test func aPlaceThatIsAlsoAMediumIsTheMediumAfterItsHeadOrInADateline() {
        // A word heading a body's name, with definite words between.
        #expect(recognizer.found("قالت قناة الميادين إن").first?.type == .organization)
        #expect(recognizer.found("قالت قناة الإخبارية الميادين إن").first?.type == .organization)
        // The agency's place in a dateline: after the place and a dash or a bracket.
        #expect(recognizer.found("بيروت - الميادين : أعلن").map(\.type) == [.city, .organization])
        #expect(recognizer.found("بيروت ( الميادين ) - أعلن").map(\.type) == [.city, .organization])
        // Elsewhere the place.
        #expect(recognizer.found("وصل الوفد إلى الميادين").first?.type == .city)
        #expect(recognizer.found("وصل الوفد أمس - الميادين : أعلن").contains { $0.type == .city && $0.text == "الميادين" })
    }

    @Test func aCityFollowedByAMasculineDemonymIsAClub() {
        // A city is feminine; الروسي agrees with a club.
        #expect(!recognizer.found("تعادل موسكو الروسي مع ضيفه").contains { $0.type == .city })
        #expect(recognizer.found("وصل الوفد إلى موسكو").contains { $0.type == .city && $0.text == "موسكو" })
    }

    @Test func aGeneratedSpellingVariantIsTheCityButHidesNoSurname() {
        // مونتريل is a variant (variant=1) of مونتريال.
        let city = recognizer.recognize("وصل الوفد إلى مونتريل").first
        #expect(city?.type == .city)
        #expect(city?.canonical == "geonames:6077243")
        // After a given name the variant-only word is a surname, not the city.
        let found = recognizer.found("قال السفير جورج مونتريل")
        #expect(found.contains { $0.type == .person && $0.text == "جورج مونتريل" })
        #expect(!found.contains { $0.type == .city })
        // The bundled variants (cities.tsv, variant=1): فرنكفورت beside فرانكفورت.
        #expect(EntityRecognizer().recognize("وصل الوفد إلى فرنكفورت").contains { $0.type == .city && $0.text == "فرنكفورت" })
    }

    @Test func namesThatAreOrdinaryWordsNeedADesignator() {
        #expect(recognizer.found("مع جدة كبير").isEmpty)
        #expect(recognizer.found("في مدينة جدة").first?.type == .city)
        #expect(recognizer.found("وضع مالي").isEmpty)
        #expect(recognizer.found("دولة مالي").first?.type == .country)
    }

    @Test func placeNamesThatAreOrdinaryWordsNeedAPlaceContext() {
        // word=1: عاليه "high", دورا "a role" (the generator marks them).
        #expect(recognizer.found("لديه خبرة عالية جدا").isEmpty)
        #expect(recognizer.found("أدى دورا كبيرا").isEmpty)
        #expect(recognizer.found("بحث عن دورا كبيرا من القصة").isEmpty)
        // من alone is too often "of".
        #expect(recognizer.found("تحمل الكلمة كثيرا من دورا").isEmpty)
        // A designator, a preposition or direction of place.
        #expect(recognizer.found("زار مدينة عالية").first?.type == .city)
        #expect(recognizer.found("عقد الاجتماع في عاليه أمس").first?.text == "عاليه")
        #expect(recognizer.found("سقطت قذيفة قرب دورا").first?.type == .city)
        #expect(recognizer.found("سقطت قذيفة شمال دورا").first?.type == .city)
        #expect(recognizer.found("سقطت قذيفة بالقرب من دورا").first?.type == .city)
        // In a list with a place that needs no context, before or after it.
        #expect(recognizer.found("الطريق بين باكو و دورا").contains { $0.type == .city && $0.text == "دورا" })
        #expect(recognizer.found("الطريق بين باكو ودورا").contains { $0.type == .city && $0.canonical == "geonames:284011" })
        #expect(recognizer.found("تربط عاليه و باكو").contains { $0.type == .city && $0.text == "عاليه" })
        #expect(recognizer.found("تربط عاليه وباكو").contains { $0.type == .city && $0.text == "عاليه" })
        // Not with another name that needs context itself.
        #expect(recognizer.found("تربط عاليه و جدة").isEmpty)
        // Followed by a country's adjective.
        #expect(recognizer.found("زار عاليه اللبنانية").first?.type == .city)
    }

    @Test func aBundledNameIsAnOrdinaryWordEvenWhenItsRelatedFormSpellsTheSamePlace() {
        // السلمية "peaceful" is Salamiyah, and so is سلمية (the related form without the
        // article): another spelling of the same place does not stop the generator's word=1.
        let bundled = EntityRecognizer()
        #expect(bundled.recognize("دعا إلى حل الخلاف بالطرق السلمية").filter { $0.type == .city }.isEmpty)
        #expect(bundled.recognize("وصل الوفد إلى السلمية").first?.canonical == "geonames:164947")
    }

    @Test func theSeatOfAProvinceOfTheSameNameNeedsADesignator() {
        // حاكم الشارقة: the emirate, not a city.
        #expect(recognizer.found("قال حاكم الشارقة").filter { $0.type == .city }.isEmpty)
        #expect(recognizer.found("وصل إلى مدينة الشارقة").first?.type == .city)
        // The bundled emirates carry seat=1.
        #expect(EntityRecognizer().recognize("أصدر حاكم دبي مرسوما").filter { $0.type == .city }.isEmpty)
    }

    @Test func countryDesignatorsJoinTheSpan() {
        let entity = recognizer.recognize("سفير لجمهورية أذربيجان").first
        #expect(entity?.text == "جمهورية أذربيجان")
        #expect(entity?.rule == "designator+country")
        // دولة stays outside.
        #expect(recognizer.found("ودولة الإمارات العربية المتحدة").first?.text == "الإمارات العربية المتحدة")
    }

    @Test func anUnknownWordAfterACityDesignatorIsACity() {
        let entity = recognizer.recognize("في مدينة شوشا").first
        #expect(entity?.type == .city)
        #expect(entity?.text == "شوشا")
        #expect(entity?.rule == "designator+name")
        // Adjective-shaped words are not.
        #expect(recognizer.found("بناء مدينة كاملة").isEmpty)
        #expect(recognizer.found("بناء المدينة الجديدة").isEmpty)
    }

    @Test func aQuarterAfterAPrepositionIsOneSpanWithItsDesignator() {
        // حي is part of the quarter's name: one CITY span, even for a name
        // that is an ordinary word (النور "light").
        let quarter = recognizer.recognize("سقطت قذيفة في حي النور شمال المدينة").first
        #expect(quarter?.type == .city)
        #expect(quarter?.text == "حي النور")
        #expect(quarter?.rule == "quarter")
        #expect(quarter?.evidence == "في")
        // Unknown names too, and the preposition attached (بحي) or standing alone.
        #expect(recognizer.found("اعتقل شاب بحي الزيتونة أمس").first == Found(type: .city, text: "حي الزيتونة", canonical: nil))
        #expect(recognizer.found("اعتقل شاب ب حي الزيتونة أمس").first?.text == "حي الزيتونة")
        #expect(recognizer.found("انفجرت عبوة قرب حي كرموز").first?.text == "حي كرموز")
    }

    @Test func aQuarterNeedsAPrepositionAndANameShapedWord() {
        // حي the adjective: "a live broadcast", "a living being".
        #expect(recognizer.found("نقل بث حي النور").isEmpty)
        // An indefinite known word is an adjective: "in a working-class quarter".
        #expect(recognizer.found("يسكن في حي شعبي").isEmpty)
        // A place the gazetteer knows keeps its own span and canonical ID.
        #expect(recognizer.found("يسكن في حي الزرقاء").first == Found(type: .city, text: "الزرقاء", canonical: "geonames:250090"))
    }

    @Test func aNamePlacedByAPointOfTheCompassAfterADesignatorIsAPlace() {
        // The feminine ending, alone, makes خزيمة an adjective of بلدة.
        #expect(recognizer.found("قصفت الطائرات بلدة خزيمة أمس").isEmpty)
        let placed = recognizer.recognize("قصفت الطائرات بلدة خزيمة شمال غرب باكو")
        #expect(placed.first?.type == .city)
        #expect(placed.first?.text == "خزيمة")
        #expect(placed.first?.evidence == "بلدة")
        // After a region's designator too, and before a designator (المدينة).
        #expect(recognizer.found("في منطقة الكرامة شمال المدينة").first == Found(type: .city, text: "الكرامة", canonical: nil))
        #expect(recognizer.found("في منطقة الكرامة").isEmpty)
        // A point of the compass alone is not enough: a known place must follow it.
        #expect(recognizer.found("في منطقة الكرامة شمال الطريق").isEmpty)
    }

    @Test func aCityRightAfterAGivenNameThatBeginsTheNameIsAFamilyName() {
        #expect(recognizer.found("قال سامي موسكو أن").map { "\($0.type) \($0.text)" } == ["PERSON سامي موسكو"])
        #expect(recognizer.found("قال سامي بن موسكو أن").map(\.text) == ["سامي بن موسكو"])
        // After a complete name (a byline), the city.
        #expect(recognizer.found("كتب جيهون سامي موسكو").contains { $0.type == .city && $0.text == "موسكو" })
        // A country is the object; an ambiguous given name is not enough.
        #expect(recognizer.found("زار سامي روسيا").contains { $0.type == .country })
        #expect(recognizer.found("قال فهد موسكو أن").contains { $0.type == .city })
    }

    @Test func aWordKnownOnlyInsideLongerPlaceNamesIsAsUnknownAsAnyName() {
        // أبيب is only a word of تل أبيب: after a given name, a surname.
        #expect(recognizer.found("قال سامي أبيب أن").map { "\($0.type) \($0.text)" } == ["PERSON سامي أبيب"])
        #expect(recognizer.found("وصل إلى تل أبيب").first?.type == .city)
    }

    @Test func aDefiniteWordAfterAnIndefiniteDesignatorIsThePlacesName() {
        // قرية الشويكة: a construct, the village of al-Shuwaika.
        let entity = recognizer.recognize("وصلت القوات إلى قرية الشويكة").first
        #expect(entity?.type == .city)
        #expect(entity?.text == "الشويكة")
        // After the definite designator a definite word is an adjective.
        #expect(recognizer.found("وصلت إلى القرية الصغيرة").isEmpty)
        // The bundled designators include camps and the dual of town.
        let bundled = EntityRecognizer()
        #expect(bundled.recognize("اقتحم الجيش بلدتي الزاوفرة وقبلان").contains { $0.type == .city && $0.text == "الزاوفرة" })
    }

    @Test func aTitleIntroducesAName() {
        let entity = recognizer.recognize("واشاد السفير كريموف بالتعاون").first
        #expect(entity?.type == .person)
        #expect(entity?.text == "كريموف")
        #expect(entity?.rule == "title+name")
        #expect(entity?.evidence == "السفير")
    }

    @Test func aTitleSkipsDemonymsAndFormerLikeWords() {
        let entity = recognizer.recognize("قال الرئيس الروسي السابق ديمتري ميدفيديف").first
        #expect(entity?.text == "ديمتري ميدفيديف")
        #expect(entity?.type == .person)
    }

    @Test func aTitleBeforeOrdinaryWordsFindsNoOne() {
        #expect(recognizer.found("وقال الرئيس في كلمة").isEmpty)
        #expect(recognizer.found("التقى الرئيس الروسي مع").isEmpty)
    }

    @Test func gazetteerPeopleKeepTheirCanonicalUnderATitle() {
        let entity = recognizer.recognize("الرئيس الروسي فلاديمير بوتين").first
        #expect(entity?.text == "فلاديمير بوتين")
        #expect(entity?.canonical == "Vladimir Putin")
    }

    @Test func aGivenNameStartsAName() {
        let entity = recognizer.recognize("التقى جيهون بيراموف").first
        #expect(entity?.type == .person)
        #expect(entity?.text == "جيهون بيراموف")
        #expect(entity?.rule == "given-name+name")
        // A person's name beats a city inside it.
        #expect(recognizer.found("قال جورج واشنطن").map(\.type) == [.person])
    }

    /// The person's range (UTF-8, in the original text) in `text`, with the name's text.
    private func person(in text: String) -> (range: Range<Int>, text: String)? {
        recognizer.recognize(text).first { $0.type == .person }.map { ($0.utf8Range, $0.text) }
    }

    /// The range of `name` right after `prefix`.
    private func range(after prefix: String, _ name: String) -> Range<Int> {
        prefix.utf8.count..<(prefix.utf8.count + name.utf8.count)
    }

    @Test func aNameStartsAfterTheConjunctionOrLiOnItsFirstWord() {
        // و or ل before a known given name, the whole word unknown: a clitic, left outside.
        let and = person(in: "وصل الوفد وجيهون بيراموف إلى باكو")
        #expect(and?.text == "جيهون بيراموف")
        #expect(and?.range == range(after: "وصل الوفد و", "جيهون بيراموف"))
        let to = person(in: "قدم الوفد هدية لجورج بيراموف في باكو")
        #expect(to?.text == "جورج بيراموف")
        #expect(to?.range == range(after: "قدم الوفد هدية ل", "جورج بيراموف"))
        #expect(person(in: "وصل ولوريس بيراموف إلى باكو")?.text == "لوريس بيراموف")
        // Two clitics: و + ل.
        #expect(person(in: "قدم الوفد هدية ولجورج بيراموف")?.text == "جورج بيراموف")
        // Found by a title, and its ID without the clitic.
        let titled = recognizer.recognize("التقى الرئيس السابق وجيهون بيراموف").first { $0.type == .person }
        #expect(titled?.text == "جيهون بيراموف")
        #expect(titled?.canonical == "جيهون بيراموف")
    }

    @Test func aNameKeepsAFirstLetterThatIsNotAUsualClitic() {
        // ف ك ب alone rarely stand before a person, and foreign names begin
        // with them: فلوريس is a name, not ف + لوريس.
        let whole = person(in: "وصل فلوريس بيراموف إلى باكو")
        #expect(whole?.text == "فلوريس بيراموف")
        #expect(whole?.range == range(after: "وصل ", "فلوريس بيراموف"))
        #expect(recognizer.recognize("وصل فلوريس بيراموف إلى باكو").first?.canonical == "فلوريس بيراموف")
        #expect(person(in: "وصل كسامي بيراموف إلى باكو")?.text == "كسامي بيراموف")
        #expect(person(in: "وصل بلوريس بيراموف إلى باكو")?.text == "بلوريس بيراموف")
        // So after a facility's head it is the facility's name, as any name is.
        #expect(person(in: "وصل إلى مطار فلوريس بيراموف") == nil)
        #expect(person(in: "وصل إلى مطار ولوريس بيراموف")?.text == "لوريس بيراموف")
        // A name the lexicon knows whole is never split (جيهون after nothing).
        #expect(person(in: "وصل جيهون بيراموف إلى باكو")?.range == range(after: "وصل ", "جيهون بيراموف"))
    }

    @Test func compoundGivenNamesAndParticles() {
        #expect(recognizer.found("زار عبد الله بن حمدان").first?.text == "عبد الله بن حمدان")
    }

    @Test func alefMaqsuraMakesTheWordAPreposition() {
        // على (alef maqsura) is the preposition; علي (yeh) followed by a name is a person.
        #expect(recognizer.found("وصل على ظهر").isEmpty)
        #expect(recognizer.found("التقى علي كريموف").first?.text == "علي كريموف")
        // An ambiguous given name before an ordinary word is not a name.
        #expect(recognizer.found("أمل كبير").isEmpty)
    }

    @Test func aSurnameEndingPairsWithAnUnknownWord() {
        let entity = recognizer.recognize("وقال اميل كريموف").first
        #expect(entity?.text == "اميل كريموف")
        #expect(entity?.type == .person)
    }

    @Test func aDemonymUsedAsANounIntroducesAName() {
        #expect(recognizer.found("وفاز الروسي ديمتري كريموف بالمركز الأول").first?.text == "ديمتري كريموف")
        // Two unknown words are a name too; one unknown word alone is not.
        let entity = recognizer.recognize("تغلب على الروسي زوكار ماتيين").first
        #expect(entity?.text == "زوكار ماتيين")
        #expect(entity?.rule == "demonym+name")
        #expect(entity?.evidence == "الروسي")
        #expect(recognizer.found("تغلب على الروسي زوكار").isEmpty)
        // After a definite noun it is that noun's adjective: one name word is not enough.
        #expect(recognizer.found("الرئيس الروسي").isEmpty)
        #expect(recognizer.found("الجانب الروسي جيهون").isEmpty)
        // A place after it stays a place.
        #expect(recognizer.found("وصل الروسي موسكو").map(\.type) == [.city])
    }

    @Test func aReportingVerbMakesAKnownNameItsSubject() {
        let entity = recognizer.recognize("قال جيهون إن التعاون مستمر").first
        #expect(entity?.text == "جيهون")
        #expect(entity?.rule == "person-verb+name")
        #expect(entity?.evidence == "قال")
        // An ambiguous given name is not enough; nor is an ordinary word.
        #expect(recognizer.found("قال أمل إن").isEmpty)
        #expect(recognizer.found("قال في").isEmpty)
    }

    @Test func anIndefiniteTitleBeforeAnUnknownWordIsTheHeadOfAConstruct() {
        // رئيس كاراكورب: the head of a company, not a person called كاراكورب.
        #expect(!recognizer.found("وقال رئيس كاراكورب إن الشركة مستعدة").contains { $0.type == .person })
        // A clear name word after it is a name; so is any name after the place it is the title of.
        #expect(recognizer.found("وقال رئيس جيهون بيراموف إن").first?.text == "جيهون بيراموف")
        #expect(recognizer.found("قال رئيس البنك الدولي موراد كارا إن").contains { $0.text == "موراد كارا" })
    }

    @Test func aReportingVerbsUnknownSubjectClosedByATitleOrAComplementizerIsAPerson() {
        let entity = recognizer.recognize("قال موراد إن التعاون مستمر").first
        #expect(entity?.text == "موراد")
        #expect(entity?.rule == "person-verb+name")
        #expect(recognizer.found("أضاف موراد كارا رئيس البعثة أن").first?.text == "موراد كارا")
        #expect(recognizer.found("قال موراد كارا: التعاون مستمر").first?.text == "موراد كارا")
        // Nothing closes the subject: an unknown word followed by a noun may be anything.
        #expect(recognizer.found("قال موراد التعاون مستمر").isEmpty)
        // A word with the article is not a name's first word.
        #expect(recognizer.found("قال المورادي إن").isEmpty)
    }

    @Test func unknownNamesJoinedByWawToAPersonArePeople() {
        let after = recognizer.recognize("التقى جيهون بيراموف و موراد كارا ، ثم وصل").filter { $0.type == .person }
        #expect(after.map(\.text) == ["جيهون بيراموف", "موراد كارا"])
        #expect(after.last?.rule == "coordination")
        #expect(after.last?.evidence == "جيهون بيراموف")
        // و written on the name.
        #expect(recognizer.found("التقى جيهون بيراموف وموراد.").map(\.text) == ["جيهون بيراموف", "موراد"])
        // Before the person.
        #expect(recognizer.found("التقى موراد و جيهون بيراموف").map(\.text) == ["موراد", "جيهون بيراموف"])
        // A verb or a noun after the word: a new clause, not a list of people.
        #expect(recognizer.found("وصل جيهون بيراموف و موراد التعاون").map(\.text) == ["جيهون بيراموف"])
        #expect(recognizer.found("وصل جيهون بيراموف و التقى نظيره").map(\.text) == ["جيهون بيراموف"])
    }

    @Test func namesPropagateThroughTheDocument() {
        let text = "التقى جيهون بيراموف نظيره. وأضاف بيراموف أن التعاون مستمر. وشكر لبيراموف"
        let people = recognizer.recognize(text).filter { $0.type == .person }
        #expect(people.map(\.text) == ["جيهون بيراموف", "بيراموف", "بيراموف"])
        #expect(Set(people.map(\.canonical)).count == 1)
        #expect(people.dropFirst().allSatisfy { $0.rule == "propagation" && $0.evidence == "جيهون بيراموف" })
    }

    @Test func entitiesNeverOverlap() {
        for text in ["الرئيس الروسي فلاديمير بوتين في موسكو وروسيا الاتحادية", "قال جورج واشنطن في واشنطن"] {
            let entities = recognizer.recognize(text)
            for (first, second) in zip(entities, entities.dropFirst()) {
                #expect(first.utf8Range.upperBound <= second.utf8Range.lowerBound)
            }
        }
    }
}

/// Names at the edges: where a title's name starts and where a name ends.
@Suite struct NameExtentTests {
    let recognizer = TestLexicon.recognizer

    @Test func aKnownSurnameThatIsAnOrdinaryWordNeedsATitleOrAReportingVerb() {
        #expect(recognizer.found("وقال الرئيس بري إن") == [Found(type: .person, text: "بري", canonical: "بري")])
        #expect(recognizer.recognize("قال بري إن").first?.rule == "person-verb+name")
        // Without that context, the adjective; and one of the most frequent words never.
        #expect(recognizer.found("الطريق بري").isEmpty)
        #expect(recognizer.found("قال جديد").isEmpty)
    }

    @Test func aTitleSkipsTheOrganizationItHeadsAndAnOpeningQuote() {
        let found = recognizer.found("قال رئيس البنك الدولي جيهون بيراموف")
        #expect(found.contains(Found(type: .organization, text: "البنك الدولي", canonical: "World Bank")))
        #expect(found.contains { $0.type == .person && $0.text == "جيهون بيراموف" })
        #expect(recognizer.found("قال السفير \"كريموف\" إن").first?.text == "كريموف")
        #expect(recognizer.found("قال السفير «كريموف» إن").first?.text == "كريموف")
    }

    @Test func aDefiniteNisbaAfterAGivenNameIsAFamilyName() {
        #expect(recognizer.found("قال السيد سامي الجبلي إن").first?.text == "سامي الجبلي")
        #expect(recognizer.found("وقال جيهون الكندي إن").first?.text == "جيهون الكندي")
        // Before a name it stays a demonym.
        #expect(recognizer.found("قال الرئيس الكندي جيهون بيراموف").first?.text == "جيهون بيراموف")
    }

    @Test func anAmbiguousGivenNameBeforeAKnownPersonIsTheOrdinaryWord() {
        // أمل (hope) before بوتين: not a name of two words.
        #expect(recognizer.found("وعبر عن أمل بوتين في التعاون").filter { $0.type == .person }.map(\.text) == ["بوتين"])
        #expect(recognizer.found("وعبر عن أمل فلاديمير بوتين").filter { $0.type == .person }.map(\.text)
            == ["فلاديمير بوتين"])
    }

    @Test func aPersonsNameAfterAFacilityWordNamesTheFacility() {
        // مطار جورج واشنطن: the airport; the same with a given name and a surname.
        #expect(!recognizer.found("هبطت الطائرة في مطار جورج واشنطن").contains { $0.type == .person })
        #expect(!recognizer.found("وصل إلى مطار جيهون بيراموف الدولي").contains { $0.type == .person })
        #expect(!recognizer.found("وصل إلى مطار جيهون كاراييفوف").contains { $0.type == .person })
        #expect(recognizer.found("قال جورج واشنطن في المطار").contains { $0.text == "جورج واشنطن" })
    }

    @Test func aRareWordAfterAGivenNameIsAFamilyName() {
        // حداد (blacksmith) is a rare word of wordfreq's list: after a given name, the family name.
        #expect(recognizer.found("قال السيد سامي حداد إن").first?.text == "سامي حداد")
        #expect(recognizer.found("وقال سامي حداد إن").first?.text == "سامي حداد")
        // Not an accusative (عمل سامي موظفا), nor a word of the hand-written list.
        #expect(!recognizer.found("وعمل سامي موظفا في الوزارة").contains { $0.text == "سامي موظفا" })
        #expect(!recognizer.found("وكتب سامي رسالة إلى الوزير").contains { $0.text == "سامي رسالة" })
    }

    @Test func aGivenNameMayBeginWithAConjunctionsLetter() {
        // فهد is a given name (and, here, an ordinary word): not ف + هد.
        #expect(recognizer.found("قال السيد سامي فهد إن").first?.text == "سامي فهد")
    }

    @Test func aNisbaThatIsAlsoAWordOfAnOrganizationsNameIsStillAFamilyName() {
        // الكندي is also the last word of البنك المركزي الكندي in the test lexicon.
        #expect(recognizer.found("وقال سامي الكندي إن").first?.text == "سامي الكندي")
    }

    @Test func anAmbiguousGivenNameAfterAGivenNameAndASurnameEndsTheName() {
        // علي written with yeh for the preposition: not a third name word.
        #expect(recognizer.found("وعلق جيهون بيراموف علي القرار").first?.text == "جيهون بيراموف")
        // After a particle it is a name all the same.
        #expect(recognizer.found("وصل جيهون بن علي إلى باكو").first?.text == "جيهون بن علي")
    }

    @Test func particlesDoNotCountTowardsANamesLength() {
        // Four name words and two particles: one name.
        #expect(recognizer.found("وصل السيد جيهون بن ديمتري بن فلاديمير كريموف").first?.text
            == "جيهون بن ديمتري بن فلاديمير كريموف")
    }

    @Test func aNameEndsWhereAWordWithAConjunctionOrAfterAKnownFullName() {
        #expect(recognizer.found("قال السفير كريموف وتباحث معه").first?.text == "كريموف")
        let putin = recognizer.recognize("قال الرئيس فلاديمير بوتين متحدثا").first
        #expect(putin?.text == "فلاديمير بوتين")
        #expect(putin?.canonical == "Vladimir Putin")
        // Unless a clear name word follows.
        #expect(recognizer.found("قال السيد جيهون بيراموف").first?.text == "جيهون بيراموف")
    }
}
