/// `designator+country`: a designator that belongs to a country's official
/// name (جمهورية، مملكة) right before a country makes one span of both:
/// `جمهورية أذربيجان`, `لجمهورية إيران الإسلامية`.
struct CountryDesignatorRule: RecognitionRule {
    let id = RuleID.designatorCountry

    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate]) {
        for match in document.matches where match.stem == nil && match.start > 0 {
            let designator = match.start - 1
            guard document.word(designator, has: .countryDesignatorInside), !document.words[match.start].startsSentence,
                let country = document.entries(of: match).first(where: { $0.label == .entity(.country) })
            else { continue }
            // The designator may carry the clitics: لجمهورية → ل + جمهورية.
            let stemStart = document.words[designator].id >= 0 ? nil : document.firstStemStart(designator)
            candidates.append(
                Candidate(
                    start: designator, end: match.end, stemStart: stemStart, type: .country, canonical: document.lexicon.canonical(of: country),
                    rule: id, evidence: designator..<match.start,
                    priority: Priority.countryDesignator + Priority.perWord * (match.end - designator)))
        }
    }
}

/// `designator+name`: a word the lexicon does not know, right after a city
/// designator (`مدينة X`, `العاصمة X`), is a city. Words shaped like
/// adjectives (with the article, or the feminine ending that agrees with
/// مدينة) are not taken, except after a designator without the article: an
/// adjective agrees with its noun, so a definite word after `قرية` or
/// `بلدتي` is the second term of a construct, the place's name
/// (`قرية الشويكة`, `بلدتي الجبيلة`), while `القرية الصغيرة` is not.
struct CityDesignatorRule: RecognitionRule {
    let id = RuleID.designatorName

    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate]) {
        for index in document.words.indices.dropLast() where document.word(index, has: .cityDesignator) {
            let next = index + 1
            guard document.isUnknownArabicWord(next), !document.words[next].startsSentence else { continue }
            let isConstruct = document.article(next) == .atStart && document.article(index) == .none
            guard isConstruct || (!document.hasArticle(next) && !document.endsInHeh(next)) else { continue }
            candidates.append(
                Candidate(
                    start: next, end: next + 1, stemStart: nil, type: .city, canonical: nil, rule: id,
                    evidence: index..<next, priority: Priority.designatedUnknown))
        }
    }
}
