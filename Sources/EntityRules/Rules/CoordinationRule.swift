import ArabicText

/// `coordination`: unknown name words joined by the conjunction و to a
/// person already found are a person too (`بيراموف و كاراييف`,
/// `بيراموف وكاراييف`, `كاراييف و جيهون بيراموف`): a list of people. Runs
/// after resolution, where nothing else is; words the lexicon knows (ordinary
/// words, places, given names that are also words) are left alone, and the
/// name must end the list's item (punctuation, و, a title, the sentence's end).
struct CoordinationRule: RecognitionRule {
    let id = RuleID.coordination
    var runsAfterResolution: Bool { true }

    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate]) {
        for person in accepted where person.type == .person {
            if let next = document.coordinatedNameAfter(person.end) {
                candidates.append(
                    Candidate(
                        start: next.start, end: next.end, stemStart: next.stemStart, type: .person, canonical: nil,
                        rule: id, evidence: person.words, priority: Priority.propagation + Priority.perWord))
            }
            if let before = document.coordinatedNameBefore(person) {
                candidates.append(
                    Candidate(
                        start: before, end: before + 1, stemStart: document.nameStemStart(before), type: .person,
                        canonical: nil, rule: id,
                        evidence: person.words, priority: Priority.propagation + Priority.perWord))
            }
        }
    }
}

extension Document {
    /// Whether word `index` is the conjunction و written apart.
    func isStandaloneWaw(_ index: Int) -> Bool {
        words.indices.contains(index) && bytes[words[index].range].elementsEqual([0xD9, 0x88])
    }

    /// Whether word `index` can stand for a person next to another in a list:
    /// a word the lexicon does not know, without the article, or a given name
    /// known only as a name.
    func isCoordinatedNameWord(_ index: Int) -> Bool {
        guard words.indices.contains(index), !words[index].startsSentence, !isFollowedBySplitEnclitic(index)
        else { return false }
        switch nameStrength(index) {
        case .strong: return true
        case .unknown: return !word(index, has: .givenName) && article(index) == .none
        case .none: return false
        }
    }

    /// The name joined by و after a person ending at word `end`: `و` apart
    /// and name words, or `و` written on an unknown word (the name is the
    /// rest of the word).
    func coordinatedNameAfter(_ end: Int) -> (start: Int, end: Int, stemStart: Int?)? {
        guard end < words.count, !words[end].startsSentence else { return nil }
        if isStandaloneWaw(end) {
            let start = end + 1
            guard isCoordinatedNameWord(start), !startsWithConjunction(start) else { return nil }
            let nameEnd = nameEnd(from: start, maximum: 3)
            return nameEnd > start && closesAListItem(nameEnd) ? (start, nameEnd, nil) : nil
        }
        // وكاراييف: و and a stem of at least three letters, the whole unknown
        // (not a joined word: its و is apart, and a name with it).
        guard words[end].isArabic, !words[end].isJoined, startsWithWaw(end),
            words[end].range.count >= 8, nameStrength(end) == .unknown, !word(end, has: .givenName),
            !isFollowedBySplitEnclitic(end)
        else { return nil }
        let stemStart = words[end].range.lowerBound + 2
        guard !bytes[stemStart..<words[end].range.upperBound].starts(with: [0xD8, 0xA7, 0xD9, 0x84]) else { return nil }
        let nameEnd = nameEnd(from: end + 1, maximum: 2, continuing: true)
        return closesAListItem(nameEnd) ? (end, nameEnd, stemStart) : nil
    }

    /// Whether word `index` ends an item of a list of names: the end of the
    /// sentence, punctuation, the conjunction و, or a title in apposition.
    /// (A verb or a noun after the word makes it a clause: `و تهيأت أمام`.)
    func closesAListItem(_ index: Int) -> Bool {
        guard index < words.count, !words[index].startsSentence else { return true }
        return words[index].kind == .punctuation || isStandaloneWaw(index) || word(index, has: .title)
            || cuePhraseEnd(at: index, .title) != nil
    }

    /// The one-word name before `و` and a person (`كاراييف و جيهون بيراموف`).
    func coordinatedNameBefore(_ person: Candidate) -> Int? {
        guard person.stemStart == nil, person.start >= 2, !words[person.start].startsSentence,
            isStandaloneWaw(person.start - 1), !words[person.start - 1].startsSentence
        else { return nil }
        let before = person.start - 2
        guard isCoordinatedNameWord(before), !startsWithConjunction(before) else { return nil }
        return before
    }
}
