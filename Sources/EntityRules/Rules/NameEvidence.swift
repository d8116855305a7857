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
    static let nonNameFlags: TokenFlags = [
        .common, .notName, .personVerb, .title, .demonym, .cityDesignator, .countryDesignatorInside,
        .countryDesignatorOutside, .capitalSuffix, .regionDesignator, .sportContext,
    ]

    /// How much word `index` looks like part of a person's name.
    func nameStrength(_ index: Int) -> NameStrength {
        guard words.indices.contains(index), words[index].isArabic else { return .none }
        let flags = words[index].flags
        if flags.contains(.givenName) {
            // على, spelled with alef maqsura, is the preposition even though علي is a name.
            if words[index].endsInAlefMaqsura && flags.contains(.common) { return .none }
            // A given name that is also an ordinary word (أمل، كريم) is only a possible name.
            let isAmbiguous = flags.contains(.ambiguousGivenName) || !flags.isDisjoint(with: Self.nonNameFlags)
            return isAmbiguous ? .unknown : .strong
        }
        if flags.contains(.personNamePart) && flags.isDisjoint(with: Self.nonNameFlags) { return .strong }
        if !flags.isDisjoint(with: Self.nonNameFlags) || flags.contains(.particle) { return .none }
        guard !words[index].isKnown else { return .none }
        // A preposition or conjunction with the article (بال، وال، لل) makes a
        // common noun or an adjective, not a person's name.
        if article(index) == .afterProclitic { return .none }
        return hasSurnameEnding(index, strongOnly: true) ? .strong : .unknown
    }

    /// Where a word has the article ال.
    enum ArticlePosition { case none, atStart, afterProclitic }

    /// Whether word `index` has the article, at its start (as adjectives,
    /// common nouns and some family names do) or after a proclitic
    /// (بال، وال، فال، كال، لل).
    func article(_ index: Int) -> ArticlePosition {
        let word = bytes[words[index].range]
        let alefLam: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84]
        guard word.count > 6 else { return word.count > 4 && word.starts(with: alefLam) ? .atStart : .none }
        if word.starts(with: alefLam) { return .atStart }
        let afterOne = word.dropFirst(2)
        let afterTwo = word.dropFirst(4)
        let lam: [UInt8] = [0xD9, 0x84]
        let proclitics: [[UInt8]] = ["و", "ف", "ب", "ك"].map { Array($0.utf8) }
        if proclitics.contains(where: { word.starts(with: $0) }) {
            if afterOne.starts(with: alefLam) { return .afterProclitic }
            if afterOne.starts(with: lam + lam) { return .afterProclitic }  // ولل
            if proclitics.contains(where: { afterOne.starts(with: $0) }) && afterTwo.starts(with: alefLam) {
                return .afterProclitic  // وبال
            }
        }
        if word.starts(with: lam + lam) { return .afterProclitic }  // لل
        return .none
    }

    /// Whether word `index` starts with the article (ال).
    func hasArticle(_ index: Int) -> Bool { article(index) != .none }

    /// The end of the person's name that starts at word `start`: name words,
    /// with particles (بن، أبو، عبد) between them, at most `maximum` words,
    /// within the sentence. After a first word that is merely unknown, only
    /// strong name words extend it (so `السفير كريموف` does not take the
    /// unknown word after it). Returns `start` when no name starts there.
    func nameEnd(from start: Int, maximum: Int = 4, afterStrongWord: Bool = false) -> Int {
        var end = start
        var strongSoFar = afterStrongWord
        while end < words.count, end - start < maximum {
            if end > start && words[end].startsSentence { break }
            let required: NameStrength = end == start || strongSoFar ? .unknown : .strong
            if let given = cuePhraseEnd(at: end, .givenName), given > end + 1, given - start <= maximum {
                end = given  // a given name of several words: عبد الله
                strongSoFar = true
                continue
            }
            let strength = nameStrength(end)
            if strength >= required {
                strongSoFar = strongSoFar || strength == .strong
                end += 1
            } else if word(end, has: .particle), end + 1 < words.count, !words[end + 1].startsSentence,
                nameStrength(end + 1) >= .unknown, end + 1 - start < maximum
            {
                strongSoFar = true
                end += 2
            } else {
                break
            }
        }
        return end
    }
}
