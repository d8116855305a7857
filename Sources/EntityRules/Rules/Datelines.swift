/// Wire datelines: the place a story was filed from, then the agency, at
/// the start of a sentence (`بيروت - الميادين :`, `باريس ( أ ف ب ) -`).
extension Document {
    /// Whether `match` stands where a dateline names the agency: right
    /// after a place's name that starts the sentence and a dash or an
    /// opening bracket, with punctuation or the sentence's end after it.
    func isDatelineAgency(_ match: PhraseMatch) -> Bool {
        let separator = match.start - 1
        guard match.stem == nil, separator >= 1, !words[match.start].startsSentence, !words[separator].startsSentence,
            isDash(separator) || isPunctuation(separator, 0x28)
        else { return false }
        let after = match.end
        guard after == words.count || words[after].startsSentence || words[after].kind == .punctuation else { return false }
        // The place: a name that ends before the separator and starts the sentence.
        var start = separator - 1
        while start > 0, !words[start].startsSentence { start -= 1 }
        guard separator - start <= 3 else { return false }
        return matches(at: start).contains { $0.end == separator && $0.stem == nil && isPlace($0) }
    }
}
