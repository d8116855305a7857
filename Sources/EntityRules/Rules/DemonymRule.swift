/// `demonym+name`: a demonym used as a noun, "the Frenchman", right before a
/// name: `الروسي ديمتري كريموف`, `للبرازيلي زوكار ماتيين`. Sports and wire
/// news introduce foreign people
/// this way. The demonym must be singular (ending ي or ية) and the name must
/// start with a clear name word, or be two name words, so that an adjective
/// before an ordinary word (`الجيش الإسرائيلي قصف`) is not taken; a place
/// (`العاصمة العراقية بغداد`) is not a name.
struct DemonymRule: RecognitionRule {
    let id = RuleID.demonymName

    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate]) {
        for index in document.words.indices.dropLast() where document.word(index, has: .demonym) {
            // Definite (الفرنسي، للكيني) and singular: a noun, "the Frenchman".
            guard document.hasArticle(index), document.endsInYeh(index) || document.endsInHeh(index) else { continue }
            let start = index + 1
            guard !document.words[start].startsSentence, !document.hasArticle(start) else { continue }
            let strength = document.nameStrength(start)
            guard strength >= .unknown || document.cuePhraseEnd(at: start, .givenName) != nil,
                document.placeMatchEnd(at: start) == nil
            else { continue }
            let end = document.trimmedToKnownPerson(start..<document.nameEnd(from: start))
            // One unknown word alone may be anything; a clear name word or two name words are a name.
            // After a definite noun the demonym is its adjective (الثورة الصينية غيرت): two name words only.
            let isAdjective = index > 0 && !document.words[index].startsSentence && document.article(index - 1) == .atStart
            guard end > start, (strength == .strong && !isAdjective) || end - start >= 2 else { continue }
            candidates.append(
                Candidate(
                    start: start, end: end, stemStart: document.nameStemStart(start), type: .person,
                    canonical: nil, rule: id,
                    evidence: index..<start, priority: Priority.demonymName + Priority.perWord * (end - start)))
        }
    }
}
