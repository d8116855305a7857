import ArabicText

/// `title+name`: a title or role (السفير، الرئيس، وزير الخارجية), then any
/// demonyms, "former"-like words and a country (الرئيس الروسي،
/// وزير خارجية روسيا), then name words: `السفير كريموف`,
/// `الرئيس الروسي فلاديمير بوتين`.
struct TitleRule: RecognitionRule {
    let id = RuleID.titleName

    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate]) {
        for index in document.words.indices {
            let titleEnd: Int
            if let phrase = document.cuePhraseEnd(at: index, .title) {
                titleEnd = phrase
            } else if document.word(index, has: .title) {
                titleEnd = index + 1
            } else {
                continue
            }
            // قاعة الشيخ X: the hall's name.
            if document.namesAFacility(at: index) { continue }
            var start = titleEnd
            // Skip what may stand between a title and the name: demonyms,
            // "former"-like words, the place or organization the title is of
            // (رئيس البنك المركزي الأوروبي), and an opening quotation mark.
            while start < document.words.count, !document.words[start].startsSentence {
                if document.word(start, has: [.demonym, .notName]) || document.isOpeningQuote(start) {
                    start += 1
                } else if let place = document.placeMatchEnd(at: start, includingOrganizations: true) {
                    start = place
                } else {
                    break
                }
            }
            guard start < document.words.count, !document.words[start].startsSentence else { continue }
            // Right after a weak title only a clear name word starts a name (`رئيس انرون`,
            // `أمام مساعد`); after the place it is the title of, any name (`رئيس البنك الدولي X`).
            if start == titleEnd, document.isWeakTitle(index..<titleEnd), document.nameStrength(start) < .strong,
                document.cuePhraseEnd(at: start, .givenName) == nil
            {
                continue
            }
            let end: Int
            if document.nameStrength(start) >= .unknown || document.word(start, has: .particle)
                || document.cuePhraseEnd(at: start, .givenName) != nil
            {
                // A first name word with the article is an adjective or a noun, not a name.
                if document.nameStrength(start) == .unknown && document.hasArticle(start) { continue }
                end = document.trimmedToKnownPerson(start..<document.nameEnd(from: start))
            } else if document.isKnownSurnameInContext(start) {
                end = document.nameEnd(from: start + 1, maximum: 3, continuing: true)
            } else {
                continue
            }
            guard end > start else { continue }
            candidates.append(
                Candidate(
                    start: start, end: end, stemStart: document.nameStemStart(start), type: .person, canonical: nil,
                    rule: id, evidence: index..<titleEnd, priority: Priority.titleName + Priority.perWord * (end - start)))
        }
    }
}

/// `given-name+name`: a given name followed by name words: `جيهون بيراموف`,
/// `إلهام علييف`, `محمد بن سلمان`. A given name that is also an ordinary
/// word (علي/على، أمل، كريم) needs a strong name word after it.
struct GivenNameRule: RecognitionRule {
    let id = RuleID.givenName

    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate]) {
        for index in document.words.indices {
            let givenEnd: Int
            let isAmbiguous: Bool
            if let phrase = document.cuePhraseEnd(at: index, .givenName) {
                givenEnd = phrase
                isAmbiguous = false
            } else if document.word(index, has: .givenName) {
                givenEnd = index + 1
                isAmbiguous = document.nameStrength(index) < .strong
                if document.nameStrength(index) == .none { continue }
            } else {
                continue
            }
            guard givenEnd < document.words.count, !document.words[givenEnd].startsSentence,
                !document.namesAFacility(at: index)
            else { continue }
            // A given name that is also an ordinary word needs a strong name after
            // it; so does one that is a known person's whole name (رونالدو).
            let isKnownPerson = document.matches(at: index).contains { match in
                match.end == givenEnd && document.entries(of: match).contains { $0.label == .entity(.person) }
            }
            if isAmbiguous || isKnownPerson, document.nameStrength(givenEnd) < .strong { continue }
            // An ambiguous given name before a known person's name is the word it
            // also is (طالب عباس: "demanded"; لخطاب X: "for the speech of").
            if isAmbiguous, document.startsKnownPerson(at: givenEnd) { continue }
            let end = document.trimmedToKnownPerson(
                index..<document.nameEnd(
                    from: givenEnd, maximum: 4 - (givenEnd - index), strongOnly: isKnownPerson,
                    wordsBefore: givenEnd - index))
            guard end > givenEnd else { continue }
            // The first word may carry clitics: وجيهون → و + جيهون (not فلورين → ف + لورين).
            let stemStart = document.nameStemStart(index)
            candidates.append(
                Candidate(
                    start: index, end: end, stemStart: stemStart, type: .person, canonical: nil, rule: id,
                    evidence: nil, priority: Priority.givenName + Priority.perWord * (end - index)))
        }
    }
}

/// `surname-pattern`: an unknown word followed by an unknown word with a
/// strong foreign-surname ending (ـوف، ـييف، ـسكي، ـيان ...): `اميل كريموف`.
struct SurnamePatternRule: RecognitionRule {
    let id = RuleID.surnamePattern

    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate]) {
        for index in document.words.indices.dropFirst() where document.isUnknownArabicWord(index) {
            guard document.hasSurnameEnding(index, strongOnly: true), !document.words[index].startsSentence else {
                continue
            }
            let first = index - 1
            guard document.isUnknownArabicWord(first) || document.nameStrength(first) == .strong,
                !document.hasArticle(first), !document.namesAFacility(at: first)
            else { continue }
            candidates.append(
                Candidate(
                    start: first, end: index + 1, stemStart: document.nameStemStart(first), type: .person,
                    canonical: nil, rule: id,
                    evidence: nil, priority: Priority.surnamePattern + Priority.perWord * 2))
        }
    }
}

/// `person-verb+name`: a reporting verb whose subject is a name the lexicon
/// knows (a given name, a word of a known person's name) standing alone:
/// `قال عباس`; or a subject of unknown words that the sentence closes as a
/// name: a title in apposition, the complementizer أن, a comma or a colon
/// after it (`قال كريموف إن`, `أكد جيهون كاراييف رئيس ...`).
struct PersonVerbRule: RecognitionRule {
    let id = RuleID.personVerb

    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate]) {
        for index in document.words.indices.dropLast() where document.word(index, has: .personVerb) {
            let subject = index + 1
            guard !document.words[subject].startsSentence, !document.isFollowedBySplitEnclitic(subject) else {
                continue
            }
            var end = subject + 1
            if document.words[subject].id >= 0,
                document.isKnownSurnameInContext(subject)
                    || (document.nameStrength(subject) == .strong
                        && document.word(subject, has: [.givenName, .personNamePart]))
            {
                end = subject + 1
            } else if let closed = document.closedUnknownSubject(at: subject) {
                end = closed
            } else {
                continue
            }
            candidates.append(
                Candidate(
                    start: subject, end: end, stemStart: document.nameStemStart(subject), type: .person,
                    canonical: nil, rule: id,
                    evidence: index..<subject, priority: Priority.personVerb + Priority.perWord * (end - subject)))
        }
    }
}

extension Document {
    /// The end of a name of unknown words (one to three, the first without
    /// the article or a conjunction) starting at `subject`, right after a
    /// reporting verb, when what follows closes a subject: a title in
    /// apposition (`رئيس`, `وزير الخارجية`), the complementizer أن/إن, a comma
    /// or a colon. A verb's subject that the lexicon does not know and that
    /// such a word closes is a person: ordinary nouns there are known words.
    func closedUnknownSubject(at subject: Int) -> Int? {
        guard nameStrength(subject) == .unknown, !word(subject, has: .givenName), article(subject) == .none,
            !startsWithConjunction(subject)
        else { return nil }
        let end = nameEnd(from: subject, maximum: 3)
        guard end > subject, end < words.count else { return nil }
        let next = bytes[words[end].range]
        if words[end].kind == .punctuation {
            let closing: [[UInt8]] = [Array(":".utf8), Array("،".utf8), Array(",".utf8)]
            return closing.contains { $0.elementsEqual(next) } ? end : nil
        }
        guard !words[end].startsSentence else { return nil }
        if next.elementsEqual("ان".utf8) || next.elementsEqual("إن".utf8) || next.elementsEqual("أن".utf8) { return end }
        return word(end, has: .title) || cuePhraseEnd(at: end, .title) != nil ? end : nil
    }
}

/// `propagation`: within a document, a person's surname (or the one-word
/// name a title introduced) standing alone elsewhere is the same person, with
/// the same canonical ID: after `جيهون بيراموف`, `بيراموف`.
struct PropagationRule: RecognitionRule {
    let id = RuleID.propagation
    var runsAfterResolution: Bool { true }

    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate]) {
        // Surnames by their normalized bytes (a byte table: hashing Arabic
        // `String`s would normalize them again).
        var surnames = ByteStringTable(capacity: 16)
        var mentions: [Candidate] = []
        // The surnames' last two letters, as bits of a mask: a word can only be
        // a mention if it ends like one of them (the stems looked up below are
        // the word's endings), and most words are ruled out by one test
        // instead of a clitic analysis and lookups.
        var endings = EndingFilter()
        for candidate in accepted where candidate.type == .person {
            // Only a surname, or the one-word name a title introduced.
            guard let last = document.surnameWord(of: candidate) else { continue }
            let id = document.withSpelling(last) { surname in
                endings.insert(surname)
                return surnames.insert(surname)
            }
            if Int(id) == mentions.count { mentions.append(candidate) }
        }
        guard !mentions.isEmpty else { return }
        let analyzer = CliticAnalyzer(splitsArticle: false, splitsEnclitics: false)
        document.bytes.withUnsafeBufferPointer { bytes in
            for index in document.words.indices where document.words[index].isArabic {
                let word = document.words[index]
                // The one-test filter first: it rules out most words.
                guard document.withSpelling(index, { endings.mayEnd($0) }), !document.namesAFacility(at: index)
                else { continue }
                // The word whole, or after its proclitics: بيراموف، وبيراموف، لبيراموف.
                // A word the lexicon knows (a joined word too) can only be a surname whole.
                if word.isKnown {
                    if let id = document.withSpelling(index, { surnames.id(of: $0) }) {
                        let mention = mentions[Int(id)]
                        candidates.append(
                            Candidate(
                                start: index, end: index + 1, stemStart: nil, type: .person, canonical: mention.canonical,
                                rule: self.id, evidence: mention.words, priority: Priority.propagation))
                    }
                    continue
                }
                analyzer.forEachSplit(ofWordAt: word.range, in: bytes) { split in
                    guard !split.restoresArticleAlef,
                        let id = surnames.id(of: UnsafeBufferPointer(rebasing: bytes[split.stemRange]))
                    else { return true }
                    let mention = mentions[Int(id)]
                    candidates.append(
                        Candidate(
                            start: index, end: index + 1, stemStart: split.isWholeWord ? nil : split.stemRange.lowerBound,
                            type: .person, canonical: mention.canonical, rule: self.id, evidence: mention.words,
                            priority: Priority.propagation))
                    return false
                }
            }
        }
    }
}

extension Document {
    /// Whether the name starting at word `index` follows a word that heads
    /// the name of a facility, a body or a place (`مطار شارل ديغول`, `جامعة
    /// الملك سعود`): it names that, not a person.
    /// A given name may stand between (`مطار شارل | ديغول`).
    func namesAFacility(at index: Int) -> Bool {
        guard index > 0, !words[index].startsSentence, nameStemStart(index) == nil else { return false }
        let heads: TokenFlags = [.facility, .cityDesignator, .cityDesignatorInside, .regionDesignator]
        if word(index - 1, has: heads) { return true }
        return index > 1 && !words[index - 1].startsSentence && word(index - 1, has: .givenName)
            && nameStemStart(index - 1) == nil && word(index - 2, has: heads)
    }

    /// Whether `title` is a title that may as well be something else before
    /// an unknown word: one word without the article, the head of a construct
    /// whose second term is what it is the head of (`رئيس انرون`, `مدرب X`:
    /// a company, a team), or one that folds onto a function word (`امام`:
    /// إمام the imam, أمام in front of).
    func isWeakTitle(_ title: Range<Int>) -> Bool {
        title.count == 1 && (article(title.lowerBound) == .none || word(title.lowerBound, has: .notName))
    }

    /// The end of a country or city name (or, if asked, an organization's)
    /// that starts at word `index`, if one does.
    func placeMatchEnd(at index: Int, includingOrganizations: Bool = false) -> Int? {
        matches(at: index).filter { match in
            entries(of: match).contains {
                $0.label == .entity(.country) || $0.label == .entity(.city)
                    || (includingOrganizations && $0.label == .entity(.organization))
            }
        }.map(\.end).max()
    }

    /// Whether a known person's name (an entry of several words, or a
    /// surname standing for one) starts at word `index`.
    func startsKnownPerson(at index: Int) -> Bool {
        matches(at: index).contains { match in
            entries(of: match).contains { $0.label == .entity(.person) }
        }
    }

    /// The end of name `words`, cut after a known person's full name it
    /// starts with when only words that are not clearly names follow
    /// (`رجب طيب أردوغان | تباحث`).
    func trimmedToKnownPerson(_ words: Range<Int>) -> Int {
        let known = matches(at: words.lowerBound).filter { match in
            match.end < words.upperBound && entries(of: match).contains { $0.label == .entity(.person) }
        }.map(\.end).max()
        guard let known, (known..<words.upperBound).allSatisfy({ nameStrength($0) < .strong }) else {
            return words.upperBound
        }
        return known
    }

    /// Whether word `index` is a quotation mark that may open a quoted name: " « “.
    func isOpeningQuote(_ index: Int) -> Bool {
        guard words[index].kind == .punctuation else { return false }
        let token = bytes[words[index].range]
        return token.elementsEqual([0x22]) || token.elementsEqual([0xC2, 0xAB]) || token.elementsEqual([0xE2, 0x80, 0x9C])
    }
}

