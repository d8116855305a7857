import ArabicText

/// How much a word looks like part of a person's name.
enum NameStrength: Comparable {
    /// Not a name: a common word, a cue, a place, punctuation, a number.
    case none
    /// An Arabic word the lexicon does not know.
    case unknown
    /// A given name, a word of a known person's name, or a foreign surname ending.
    case strong
}

extension Document {
    /// Cue classes that make a word an ordinary word rather than a name.
    /// (Computed from raw values, like ``TokenFlags/ordinaryWord``, to stay a constant.)
    static var nonNameFlags: TokenFlags {
        TokenFlags(
            rawValue: TokenFlags.ordinaryWord.rawValue | TokenFlags.cityDesignator.rawValue
                | TokenFlags.countryDesignatorInside.rawValue | TokenFlags.countryDesignatorOutside.rawValue
                | TokenFlags.capitalSuffix.rawValue | TokenFlags.regionDesignator.rawValue
                | TokenFlags.sportContext.rawValue)
    }

    /// How much word `index` looks like part of a person's name.
    func nameStrength(_ index: Int) -> NameStrength {
        // Arabic letters are two bytes: a word of one letter (a clitic standing
        // alone, as treebank-style text writes و، ب، ه) is never a name.
        guard words.indices.contains(index), words[index].isArabic, words[index].spelledCount >= 4 else { return .none }
        let flags = words[index].flags
        if flags.contains(.givenName) {
            // على, spelled with alef maqsura, is the preposition even though علي is a name.
            if words[index].endsInAlefMaqsura && !flags.isDisjoint(with: Self.nonNameFlags) { return .none }
            // A given name that is also an ordinary word (أمل، كريم) is only a possible name.
            let isAmbiguous = flags.contains(.ambiguousGivenName) || !flags.isDisjoint(with: Self.nonNameFlags)
            return isAmbiguous ? .unknown : .strong
        }
        if flags.contains(.personNamePart) && flags.isDisjoint(with: Self.nonNameFlags) { return .strong }
        if !flags.isDisjoint(with: Self.nonNameFlags) || flags.contains(.particle) { return .none }
        guard !words[index].isKnownBeyondVariants || isOnlyAWordOfLongerNames(index) else { return .none }
        // A preposition or conjunction with the article (بال، وال، لل) makes a
        // common noun or an adjective, not a person's name.
        if article(index) == .afterProclitic { return .none }
        return hasSurnameEnding(index, strongOnly: true) ? .strong : .unknown
    }

    /// Whether word `index` is known only as a word of place names of
    /// several words (`أبيب` of `تل أبيب`, `لامبور` of `كوالا لامبور`), not as
    /// a name or a word of its own: to the person rules it is as unknown as
    /// any other name.
    func isOnlyAWordOfLongerNames(_ index: Int) -> Bool {
        words[index].id >= 0 && words[index].flags.contains(.placeNamePart)
            && words[index].flags.isSubset(of: [.placeNamePart, .placeVariant])
            && !matches(at: index).contains { $0.end == index + 1 }
    }

    /// The title right before word `index`, past any demonyms and
    /// "former"-like words between them (الرئيس الروسي السابق ...), if any.
    func titleBefore(_ index: Int) -> Range<Int>? {
        var position = index - 1
        while position >= 0, !words[position + 1].startsSentence {
            if word(position, has: .title) { return position..<(position + 1) }
            if let start = (max(0, position - 3)...position).first(where: { (cuePhraseEnd(at: $0, .title) ?? -1) == position + 1 }) {
                return start..<(position + 1)
            }
            guard word(position, has: [.demonym, .notName]) else { return nil }
            position -= 1
        }
        return nil
    }

    /// Where a word has the article ال.
    enum ArticlePosition { case none, atStart, afterProclitic }

    /// Whether word `index` has the article, at its start (as adjectives,
    /// common nouns and some family names do) or after a proclitic
    /// (بال، وال، فال، كال، لل).
    func article(_ index: Int) -> ArticlePosition {
        // The rules ask this of most words, several times: the letters are
        // compared as two-byte pairs in place (literal byte arrays here cost
        // an allocation per call).
        withSpelling(index) { Self.article(of: $0) }
    }

    /// Where `word` (its letters) has the article ال: see ``article(_:)``.
    @inline(__always)
    private static func article(of word: UnsafeBufferPointer<UInt8>) -> ArticlePosition {
        let count = word.count
        // The letter at byte `offset` of the word as its two UTF-8 bytes, 0 past the end.
        func letter(_ offset: Int) -> UInt16 {
            offset + 2 <= count ? UInt16(word[offset]) << 8 | UInt16(word[offset + 1]) : 0
        }
        let alef: UInt16 = 0xD8A7  // ا
        let lam: UInt16 = 0xD984  // ل
        // و ف ب ك
        func isProclitic(_ letter: UInt16) -> Bool { letter == 0xD988 || letter == 0xD981 || letter == 0xD8A8 || letter == 0xD983 }
        let startsWithArticle = letter(0) == alef && letter(2) == lam
        guard count > 6 else { return count > 4 && startsWithArticle ? .atStart : .none }
        if startsWithArticle { return .atStart }
        if isProclitic(letter(0)) {
            if letter(2) == alef && letter(4) == lam { return .afterProclitic }
            if letter(2) == lam && letter(4) == lam { return .afterProclitic }  // ولل
            if isProclitic(letter(2)) && letter(4) == alef && letter(6) == lam { return .afterProclitic }  // وبال
        }
        if letter(0) == lam && letter(2) == lam { return .afterProclitic }  // لل
        return .none
    }

    /// Whether word `index` starts with the article (ال).
    func hasArticle(_ index: Int) -> Bool { article(index) != .none }

    /// The end of the person's name that starts at word `start`: name words,
    /// with particles (بن، أبو، عبد) between them, at most `maximum` words,
    /// within the sentence. After the first word, a word with the article
    /// continues the name only as a nisba family name (`الكندي`); a cue
    /// phrase (a title) ends it. Returns `start` when no name starts there.
    /// `continuing` says that the name began before `start`; `wordsBefore`
    /// counts the name's words before `start` that the caller already took
    /// (a given name), so that an ambiguous last word is judged on the whole name.
    func nameEnd(
        from start: Int, maximum: Int = 4, strongOnly: Bool = false, continuing: Bool = false, wordsBefore: Int = 0
    ) -> Int {
        var end = start
        // Particles do not count: محمد بن راشد آل مكتوم is a name of four words.
        var maximum = maximum
        while end < words.count, end - start < maximum {
            if end > start || continuing {
                if words[end].startsSentence { break }
                // A title or another cue phrase ends the name: كوفي أنان | الأمين العام.
                if cuePhrases(at: end).contains(where: { $0.cue != .givenName }) { break }
            }
            if let given = cuePhraseEnd(at: end, .givenName), given > end + 1, given - start <= maximum {
                end = given  // a given name of several words: عبد الله
                continue
            }
            if isNameWord(end, continuing: end > start || continuing), !strongOnly || nameStrength(end) == .strong {
                // A given name that is also an ordinary word (علي/على written
                // with yeh) ends a longer name only if a name word follows it;
                // after a particle it is a name (بن سعيد، أبو حميد).
                if end - start + wordsBefore >= 2, end == 0 || !word(end - 1, has: .particle),
                    word(end, has: .ambiguousGivenName) || word(end, has: Self.nonNameFlags),
                    !(end + 1 < words.count && !words[end + 1].startsSentence && isNameWord(end + 1, continuing: true))
                {
                    break
                }
                end += 1
            } else if word(end, has: .particle), end + 1 < words.count, !words[end + 1].startsSentence,
                isNameWord(end + 1, continuing: true), end + 1 - start <= maximum
            {
                end += 2
                maximum += 1
            } else {
                break
            }
        }
        return end
    }

    /// Whether word `index` can be part of a name: a name word that no
    /// pronoun suffix follows (names take none: in `مصرع ه` the word is a
    /// noun). An unknown word continuing a name may not begin with و or ف
    /// (a conjunction starts a new clause: `أولمرت واعتلى`) unless it is a
    /// given name (`خالد فهد`), and has the
    /// article only as a nisba (`الكندي`) or right after a word known as a
    /// name (`حاتم الجبلي`, `إلياس المر`).
    func isNameWord(_ index: Int, continuing: Bool) -> Bool {
        let strength = nameStrength(index)
        if strength == .none, isNisbaFamilyName(index) || isRareWordFamilyName(index) || isPlaceFamilyName(index) {
            return !isFollowedBySplitEnclitic(index)
        }
        guard strength >= .unknown, !isFollowedBySplitEnclitic(index) else { return false }
        guard strength == .unknown, continuing else { return true }
        // A given name is a name even when it begins with و or ف (فهد، وليد).
        if startsWithConjunction(index) && !word(index, has: .givenName) { return false }
        guard article(index) == .atStart else { return true }
        return endsInYeh(index) || nameStrength(index - 1) == .strong
    }

    /// Whether word `index` is a definite nisba (ال…ي) that is otherwise an
    /// ordinary adjective or a demonym, right after a word known as a name:
    /// there it is a family name (`محمد سعيد الكندي`, `حاتم الجبلي`).
    func isNisbaFamilyName(_ index: Int) -> Bool {
        guard index > 0, words[index].isArabic, !words[index].startsSentence, article(index) == .atStart,
            endsInYeh(index), nameStrength(index - 1) == .strong || word(index - 1, has: .givenName)
        else { return false }
        // The adjective may also be a word of a place's or an organization's
        // name (البنك المركزي الكندي): that does not make it a name's word.
        let flags = words[index].flags.subtracting([.placeNamePart, .otherNamePart])
        return !flags.isEmpty && flags.isSubset(of: [.common, .curatedCommon, .demonym])
    }

    /// Whether word `index` is a family name that is also a rare ordinary word
    /// (`حداد` blacksmith, `خياط` tailor), right after a
    /// given name that is only a name (`فريد حداد`): Arabic family names are
    /// often nouns and adjectives. Only words of wordfreq's list past its
    /// most frequent ones, known whole (not as a proclitic and a stem), not of
    /// the hand-written list of verbs, nouns and adjectives; not with the
    /// article (`اختار سعيد التعاون`: a noun, the object) or the accusative
    /// ending ـا (`عمل سعيد موظفا`), and not after a conjunction.
    func isRareWordFamilyName(_ index: Int) -> Bool {
        guard index > 0, words[index].isArabic, words[index].id >= 0, !words[index].startsSentence,
            words[index].spelledCount >= 6, word(index - 1, has: .givenName), nameStrength(index - 1) == .strong,
            article(index) == .none, !startsWithConjunction(index), !endsInAlef(index)
        else { return false }
        let flags = words[index].flags.subtracting([.placeNamePart, .otherNamePart, .personNamePart, .personSurname])
        return flags == .common
    }

    /// Whether word `index` is a family name that is also a city's name,
    /// right after a given name that is only a name and begins the name
    /// (`سامي موسكو`), or after a particle that follows a
    /// name word (`سامي بن موسكو`). A city after a complete name stays the
    /// place (`كتب جيهون سامي موسكو`, a byline), as does a country (`زار
    /// سامي روسيا`: the visit's object).
    func isPlaceFamilyName(_ index: Int) -> Bool {
        guard index >= 1, words[index].isArabic, words[index].id >= 0, !words[index].startsSentence,
            words[index].flags.subtracting([.placeNamePart, .personNamePart, .otherNamePart]).isEmpty,
            matches(at: index).contains(where: { match in
                guard match.end == index + 1 else { return false }
                let entries = entries(of: match)
                return entries.contains { $0.label == .entity(.city) } && !entries.contains { $0.label == .entity(.country) }
            })
        else { return false }
        let before = index - 1
        if word(before, has: .particle) { return before >= 1 && !words[before].startsSentence && nameStrength(before - 1) != .none }
        return word(before, has: .givenName) && nameStrength(before) == .strong
            && (before == 0 || words[before].startsSentence || nameStrength(before - 1) == .none)
    }

    /// Whether word `index` is a known person's surname that is also an
    /// ordinary word (`بري`, `مشرف`): a name only where a title or a
    /// reporting verb says a person follows (`الرئيس بري`, `حذر نجاد`).
    /// Words with the article (`السلام`) and short words are left out.
    func isKnownSurnameInContext(_ index: Int) -> Bool {
        guard words.indices.contains(index), words[index].isArabic, words[index].spelledCount >= 6,
            article(index) == .none
        else { return false }
        let flags = words[index].flags
        return flags.contains(.personSurname) && flags.isDisjoint(with: [.particle, .givenName, .frequent])
            && flags.subtracting(.common).isDisjoint(with: Self.nonNameFlags)
    }

    /// Whether word `index` begins with the conjunction و or ف.
    func startsWithConjunction(_ index: Int) -> Bool { startsWithWaw(index) || startsWithLetter(index, 0xD9, 0x81) }

    /// Whether word `index` begins with و.
    func startsWithWaw(_ index: Int) -> Bool { startsWithLetter(index, 0xD9, 0x88) }

    /// Whether word `index` begins with ل.
    func startsWithLam(_ index: Int) -> Bool { startsWithLetter(index, 0xD9, 0x84) }

    /// Whether the word after `index` is a pronoun suffix written apart (ه، ها، نا ...).
    func isFollowedBySplitEnclitic(_ index: Int) -> Bool {
        let next = index + 1
        // (A joined word is never one: its range holds white space.)
        guard next < words.count, !words[next].startsSentence, words[next].isArabic, words[next].range.count <= 6
        else { return false }
        let word = bytes[words[next].range]
        return Self.encliticBytes.contains { $0.elementsEqual(word) }
    }

    private static let encliticBytes = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"].map {
        Array($0.utf8)
    }

    /// Whether word `index` ends in ا, as the indefinite accusative does (موظفا).
    func endsInAlef(_ index: Int) -> Bool { endsInLetter(index, 0xD8, 0xA7) }

    /// Whether word `index` ends in ي, as nisba adjectives and family names do.
    func endsInYeh(_ index: Int) -> Bool { endsInLetter(index, 0xD9, 0x8A) }

    /// Whether word `index` ends in ه (teh marbuta folds to it): the ending of
    /// feminine adjectives.
    func endsInHeh(_ index: Int) -> Bool { endsInLetter(index, 0xD9, 0x87) }

    /// Whether word `index` ends in the two-byte letter `lead`, `trail`.
    /// (The white space inside a joined word lies after its first letter
    /// and before its last: both are read in place, here and below.)
    private func endsInLetter(_ index: Int, _ lead: UInt8, _ trail: UInt8) -> Bool {
        let range = words[index].range
        return range.count >= 2 && bytes[range.upperBound - 2] == lead && bytes[range.upperBound - 1] == trail
    }

    /// Whether word `index` begins with the two-byte letter `lead`, `trail`.
    private func startsWithLetter(_ index: Int, _ lead: UInt8, _ trail: UInt8) -> Bool {
        let range = words[index].range
        return range.count >= 2 && bytes[range.lowerBound] == lead && bytes[range.lowerBound + 1] == trail
    }
}
