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
/// A word placed by a point of the compass relative to a known place
/// (`بلدة خزيمة شمال غرب باكو`, `منطقة الكرامة جنوب المدينة`) is a place's name
/// whatever its shape, after a region designator (منطقة) too.
struct CityDesignatorRule: RecognitionRule {
    let id = RuleID.designatorName

    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate]) {
        for index in document.words.indices.dropLast() where document.word(index, has: [.cityDesignator, .regionDesignator]) {
            let next = index + 1
            guard document.isUnknownArabicWord(next), !document.words[next].startsSentence else { continue }
            if !document.isPlacedByDirection(next) {
                guard document.word(index, has: .cityDesignator) else { continue }
                let isConstruct = document.article(next) == .atStart && document.article(index) == .none
                guard isConstruct || (!document.hasArticle(next) && !document.endsInHeh(next)) else { continue }
            }
            candidates.append(
                Candidate(
                    start: next, end: next + 1, stemStart: nil, type: .city, canonical: nil, rule: id,
                    evidence: index..<next, priority: Priority.designatedUnknown))
        }
    }
}

extension Document {
    /// Whether word `index` is followed by a point of the compass and a
    /// known place (`جنوب باكو`, `شمال العاصمة`, `جنوب غرب المدينة`): a
    /// place's name, a country, city or region, or a designator.
    func isPlacedByDirection(_ index: Int) -> Bool {
        var next = index + 1
        // One or two points (جنوب غرب, جنوبي شرقي).
        var points = 0
        while next < words.count, points < 2, !words[next].startsSentence, word(next, has: .direction) {
            next += 1
            points += 1
        }
        guard points > 0, next < words.count, !words[next].startsSentence else { return false }
        return word(next, has: [.cityDesignator, .regionDesignator]) || matches(at: next).contains { $0.stem == nil && isPlace($0) }
    }
}

/// `quarter`: a designator that is part of a place's name (`inside=1`: حي,
/// a city quarter), after a preposition, with the word after it makes one
/// CITY span of both: `في حي الزهراء`, `بحي العروبة` → `حي الزهراء`, `حي
/// العروبة`. The name may be an ordinary word with the article (quarters
/// are named النور، النصر); an indefinite known word is an adjective of an
/// ordinary noun (`في حي شعبي`, "in a working-class quarter") and is not
/// taken. Without the preposition the designator reads too often as the
/// adjective (`بث حي`, "live broadcast"; `كائن حي`). A name the gazetteer
/// knows as a place stays that place, with its canonical ID (the
/// gazetteer rule reports it).
struct CityQuarterRule: RecognitionRule {
    let id = RuleID.quarter

    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate]) {
        for index in document.words.indices.dropLast() where document.word(index, has: .cityDesignatorInside) {
            let name = index + 1
            guard let preposition = document.prepositionOfPlace(before: index), !document.words[name].startsSentence,
                document.words[name].isArabic, document.article(name) == .atStart || document.isUnknownArabicWord(name),
                !document.matches(at: name).contains(where: { document.isPlace($0) })
            else { continue }
            candidates.append(
                Candidate(
                    start: index, end: name + 1, stemStart: preposition.stemStart, type: .city, canonical: nil, rule: id,
                    evidence: preposition.words, priority: Priority.cityDesignator + Priority.perWord * 2))
        }
    }
}

extension Document {
    /// The preposition of place that word `index` follows: a word of its own
    /// (`في`, `إلى`, `قرب`; or ب، ل standing alone, as treebank-style text
    /// writes them), or the preposition ب attached to the word (`بحي`,
    /// `وبحي`), where the word's stem, after it, starts the name.
    func prepositionOfPlace(before index: Int) -> (words: Range<Int>, stemStart: Int?)? {
        if words[index].id < 0, let stem = firstStemStart(index), stem >= words[index].range.lowerBound + 2,
            bytes[stem - 2] == 0xD8, bytes[stem - 1] == 0xA8
        {
            return (index..<(index + 1), stem)
        }
        let before = index - 1
        guard before >= 0, !words[index].startsSentence else { return nil }
        let isPreposition =
            word(before, has: [.placePreposition, .placeMarker])
            || (bytes[words[before].range].elementsEqual([0xD8, 0xA8]) || bytes[words[before].range].elementsEqual([0xD9, 0x84]))
        return isPreposition ? (before..<index, nil) : nil
    }
}
