/// Lines of fixtures and results, as sports pages print them: each team
/// with its country in brackets, the two teams of a match joined by a dash,
/// the score after them.
///
///     مرسيليا ( فرنسا ) - نابولي ( إيطاليا ) 2 - 1
///     تغلب الفريق على مرسيليا 3 - صفر
///
/// A city's name there is the club. Such lines often carry no word of sport
/// at all (the group's heading is a sentence of its own), so the sports
/// sentence test does not see them.
extension Document {
    /// Whether the place's name `match` stands for a team in a line of
    /// fixtures or results: followed by a score, or by its country in
    /// brackets where a dash or another bracketed team joins it to an
    /// opponent, or a score follows.
    func isTeamInFixture(_ match: PhraseMatch) -> Bool {
        guard match.stem == nil else { return false }
        let end = match.end
        if isScore(at: end) { return true }
        guard let afterCountry = bracketedCountryEnd(at: end) else { return false }
        let before = match.start - 1
        if before >= 0, !words[match.start].startsSentence, isDash(before) || isPunctuation(before, 0x29) { return true }
        if isScore(at: afterCountry) { return true }
        // A dash, then the opponent with its own country: باكو ( أذربيجان ) - موسكو ( روسيا ).
        guard afterCountry < words.count, !words[afterCountry].startsSentence, isDash(afterCountry) else { return false }
        var index = afterCountry + 1
        while index < min(words.count, afterCountry + 5), !words[index].startsSentence {
            if bracketedCountryEnd(at: index) != nil { return true }
            index += 1
        }
        return false
    }

    /// The word after `( COUNTRY )` when it starts at word `index`, else nil.
    private func bracketedCountryEnd(at index: Int) -> Int? {
        guard index + 2 < words.count, !words[index].startsSentence, isPunctuation(index, 0x28) else { return nil }
        for country in matches(at: index + 1) where country.stem == nil && country.end < words.count {
            guard isPunctuation(country.end, 0x29),
                entries(of: country).contains(where: { $0.label == .entity(.country) })
            else { continue }
            return country.end + 1
        }
        return nil
    }

    /// Whether a score starts at word `index`: two small numbers (or صفر,
    /// "nil") joined by a dash, in the same sentence.
    private func isScore(at index: Int) -> Bool {
        guard index + 2 < words.count, !words[index].startsSentence, !words[index + 1].startsSentence,
            !words[index + 2].startsSentence
        else { return false }
        return isGoalCount(index) && isDash(index + 1) && isGoalCount(index + 2)
    }

    /// A number of at most two digits, or the word صفر.
    private func isGoalCount(_ index: Int) -> Bool {
        switch words[index].kind {
        // At most two digits: count the bytes that start a scalar (Arabic-Indic digits take two).
        case .number: return bytes[words[index].range].lazy.filter { $0 & 0xC0 != 0x80 }.count <= 2
        case .arabicWord: return bytes[words[index].range].elementsEqual(Self.zeroWord)
        default: return false
        }
    }

    private static let zeroWord: [UInt8] = Array("صفر".utf8)
}
