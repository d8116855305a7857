/// `gazetteer`: every name of the lexicon found in the text, with its type
/// decided by context where the name has several (الكويت the country or the
/// city). Names that are also ordinary words (`ambiguous=1`, or listed as
/// common words) or little-known places (`rare=1`) count only where a
/// designator vouches for them.
struct GazetteerRule: RecognitionRule {
    let id = RuleID.gazetteer

    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate]) {
        let lexicon = document.lexicon
        var sportSentences = SportSentences()
        for match in document.matches {
            // The entity types of the match's entries (cues have none). Most
            // matches have one: the list of several is built only when needed.
            var firstType: EntityType? = nil
            var hasSeveralTypes = false
            for index in lexicon.entries(at: match.node) {
                guard case .entity(let type) = lexicon.entries[Int(index)].label else { continue }
                if firstType == nil {
                    firstType = type
                } else if type != firstType {
                    hasSeveralTypes = true
                    break
                }
            }
            guard let firstType else { continue }
            let context = Context(
                document: document, match: match, isSportSentence: sportSentences.contains(match.start, in: document))
            let type = hasSeveralTypes ? context.choose(among: Self.entityTypes(at: match.node, in: lexicon)) : firstType
            // A person's name after مطار، شركة ... names the facility or the body.
            if type == .person, match.stem == nil, document.namesAFacility(at: match.start) { continue }
            // In sports news, a country or city that plays is the team.
            if type == .country || type == .city, context.isTeam { continue }
            // A city is feminine: a masculine demonym after it makes it a club (ميلان الإيطالي).
            if type == .city, context.isFollowedByMasculineDemonym { continue }
            // A city in a line of fixtures or results is the club (مرسيليا ( فرنسا ) - نابولي ( إيطاليا )).
            if type == .city, document.isTeamInFixture(match) { continue }
            var best: Lexicon.Entry? = nil
            var allNeedContext = true
            var allOrdinaryWords = true
            for index in lexicon.entries(at: match.node) {
                let entry = lexicon.entries[Int(index)]
                guard entry.label == .entity(type) else { continue }
                allNeedContext = allNeedContext && entry.needsContext
                allOrdinaryWords = allOrdinaryWords && entry.isOrdinaryWord
                if best == nil || entry.population > best!.population { best = entry }
            }
            guard let best else { continue }
            let designator = context.designator(for: type)
            let needsContext =
                allNeedContext || (match.end - match.start == 1 && document.word(match.start, has: .common))
            if needsContext && designator == nil { continue }
            // A place's name that is also an ordinary word (عاليه "high") is the
            // place after a designator or a preposition of place (في عاليه).
            if allOrdinaryWords && designator == nil && !context.hasPlacePreposition
                && !context.isInListOfPlaces && !context.isFollowedByDemonym
            {
                continue
            }
            let words = match.end - match.start
            candidates.append(
                Candidate(
                    start: match.start, end: match.end, stemStart: match.stem.map { document.stems[Int($0)].start }, type: type, canonical: document.lexicon.canonical(of: best),
                    rule: id, evidence: designator,
                    priority: (words > 1 ? Priority.gazetteerPhrase : Priority.gazetteerWord) + Priority.perWord * words
                        + (designator != nil ? Priority.cityDesignator - Priority.gazetteerWord : 0),
                    isKnown: true))
        }
    }

    /// The entity types of the entries that end at `node`.
    private static func entityTypes(at node: Int32, in lexicon: Lexicon) -> Set<EntityType> {
        var types: Set<EntityType> = []
        for index in lexicon.entries(at: node) {
            if case .entity(let type) = lexicon.entries[Int(index)].label { types.insert(type) }
        }
        return types
    }

    /// The words around a match that decide between its types.
    struct Context {
        let document: Document
        let match: Document.PhraseMatch
        /// Whether the sentence around the match reads like sports news.
        let isSportSentence: Bool

        /// The designator right before the match (`مدينة` before a city, a
        /// title before a person ...), if any.
        func designator(for type: EntityType) -> Range<Int>? {
            if type == .person {
                // A title before a person, or a reporting verb (قال عباس).
                if let title = document.titleBefore(match.start) { return title }
                let before = match.start - 1
                guard before >= 0, !document.words[match.start].startsSentence, document.word(before, has: .personVerb)
                else { return nil }
                return before..<match.start
            }
            if type == .organization { return bodyEvidence }
            let before = match.start - 1
            // A designator is not separated from the name by a clitic on the name.
            guard match.stem == nil, before >= 0, !document.words[match.start].startsSentence else { return nil }
            let flags: TokenFlags =
                switch type {
                case .city: .cityDesignator
                case .country: [.countryDesignatorInside, .countryDesignatorOutside]
                case .region: .regionDesignator
                default: []
                }
            if document.word(before, has: flags) { return before..<match.start }
            if type == .city, match.end < document.words.count, !document.words[match.end].startsSentence,
                document.word(match.end, has: .capitalSuffix)
            {
                return match.end..<(match.end + 1)
            }
            return nil
        }

        func hasDesignator(for type: EntityType) -> Bool { designator(for: type) != nil }

        /// Whether a preposition or direction of place stands right before the
        /// match, as a word of its own (`في عاليه`, `شمال سنار`, `بالقرب من
        /// دورا`): `من` alone is too often "of" (`من معان`, "of meanings").
        var hasPlacePreposition: Bool {
            let before = match.start - 1
            guard match.stem == nil, before >= 0, !document.words[match.start].startsSentence else { return false }
            if document.word(before, has: .placePreposition) { return true }
            // بالقرب من، قرب من: من after a preposition of place.
            return before >= 1 && !document.words[before].startsSentence && document.word(before, has: .placeMarker)
                && document.word(before - 1, has: .placePreposition)
        }

        /// Whether the match stands in a list with a place's name that needs no
        /// context, joined by و (`عاليه و بيروت`, `طابا وإيلات`): the list is
        /// of places.
        var isInListOfPlaces: Bool {
            let words = document.words
            // Before: PLACE و NAME, or PLACE وNAME.
            var waw: Int? = nil
            if match.stem != nil {
                if document.startsWithConjunction(match.start) { waw = match.start }
            } else if match.start >= 1, !words[match.start].startsSentence, document.isStandaloneWaw(match.start - 1) {
                waw = match.start - 1
            }
            if let waw, waw >= 1, !words[waw].startsSentence {
                for start in max(0, waw - 4)..<waw where !words[(start + 1)...waw].contains(where: \.startsSentence) {
                    for other in document.matches(at: start) where other.end == waw && document.isPlainPlace(other) {
                        return true
                    }
                }
            }
            // After: NAME و PLACE, or NAME وPLACE.
            let after = match.end
            guard after < words.count, !words[after].startsSentence else { return false }
            if document.isStandaloneWaw(after) {
                guard after + 1 < words.count, !words[after + 1].startsSentence else { return false }
                return document.matches(at: after + 1).contains { $0.stem == nil && document.isPlainPlace($0) }
            }
            return document.startsWithConjunction(after)
                && document.matches(at: after).contains { $0.stem != nil && document.isPlainPlace($0) }
        }

        /// Whether a definite demonym follows the match (`طابا المصرية`): the
        /// adjective of a country describes a place. (A masculine singular one
        /// makes the name a club: ``isFollowedByMasculineDemonym``.)
        var isFollowedByDemonym: Bool {
            let after = match.end
            return after < document.words.count && !document.words[after].startsSentence
                && document.word(after, has: .demonym) && document.article(after) == .atStart
        }

        /// Whether a definite masculine singular demonym follows the match
        /// (`ميلان الإيطالي`, `بورتو البرتغالي`): the adjective agrees with a
        /// club (نادٍ, masculine), as a city takes the feminine
        /// (`ميلانو الإيطالية`).
        var isFollowedByMasculineDemonym: Bool {
            let after = match.end
            return after < document.words.count && !document.words[after].startsSentence
                && document.word(after, has: .demonym) && document.article(after) == .atStart
                && document.endsInYeh(after)
        }

        /// The words around the name that make it an organization's: a word
        /// heading a body's name (``TokenFlags/facility``: وكالة، قناة، شركة)
        /// before it, with at most two definite words between (`وكالة
        /// الأنباء الأردنية بترا`), or the dash or bracket before the agency in
        /// a wire dateline (`بيروت - الميادين :`); nil if none.
        var bodyEvidence: Range<Int>? {
            var before = match.start - 1
            while before >= max(0, match.start - 3), !document.words[before + 1].startsSentence {
                if document.word(before, has: .facility) { return before..<(before + 1) }
                guard document.article(before) == .atStart else { break }
                before -= 1
            }
            return document.isDatelineAgency(match) ? (match.start - 1)..<match.start : nil
        }

        /// Whether the name stands for a team: in a sports sentence, not after
        /// a place marker (في فرنسا, منتخب فرنسا) nor a designator.
        var isTeam: Bool {
            guard isSportSentence, match.stem == nil || document.firstStemStart(match.start) == nil else { return false }
            // A preposition of place attached to the name itself: بفرنسا، لفرنسا is "to France" too, but في is the place.
            return !isAfterPlaceMarker && !startsWithPlacePreposition
        }

        /// Whether a place marker or a designator stands right before the
        /// match (في فرنسا, منتخب فرنسا, مدينة ليفربول).
        private var isAfterPlaceMarker: Bool {
            let before = match.start - 1
            return before >= 0 && !document.words[match.start].startsSentence
                && document.word(before, has: [.placeMarker, .cityDesignator, .countryDesignatorInside, .countryDesignatorOutside])
        }

        /// Whether the matched word carries the preposition ب (in) before the name: بألمانيا.
        private var startsWithPlacePreposition: Bool {
            guard match.stem != nil else { return false }
            let range = document.words[match.start].range
            return document.bytes[range.lowerBound] == 0xD8 && document.bytes[range.lowerBound + 1] == 0xA8
        }

        /// The type the context supports, else the first of COUNTRY, CITY,
        /// REGION, ORGANIZATION, PERSON, else the first by name.
        func choose(among types: Set<EntityType>) -> EntityType {
            if types.count == 1 { return types.first! }
            for type in [EntityType.city, .region, .country] where types.contains(type) && hasDesignator(for: type) {
                return type
            }
            // A club in sports news, unless a place marker says the place (في ليفربول).
            if types.contains(.organization),
                (isSportSentence && !isAfterPlaceMarker) || document.isTeamInFixture(match) || bodyEvidence != nil
            {
                return .organization
            }
            for type in [EntityType.country, .city, .region, .organization, .person] where types.contains(type) {
                return type
            }
            return types.min()!
        }
    }
}

extension Document {
    /// Whether `match` is the name of a country, city or region that needs no
    /// context (not `ambiguous`, `rare`, `seat` nor an ordinary word).
    func isPlainPlace(_ match: PhraseMatch) -> Bool {
        isPlace(match) { !$0.needsContext && !$0.isOrdinaryWord }
    }

    /// Whether `match` is the name of a country, city or region (whose entry
    /// passes `test`).
    func isPlace(_ match: PhraseMatch, where test: (Lexicon.Entry) -> Bool = { _ in true }) -> Bool {
        lexicon.entries(at: match.node).contains { index in
            let entry = lexicon.entries[Int(index)]
            guard case .entity(let type) = entry.label, type == .city || type == .country || type == .region else {
                return false
            }
            return test(entry)
        }
    }
}

/// Whether the sentence around a word reads like sports news (has a word
/// of sport context), remembered for the last sentence asked about: the
/// matches come in text order, several to a sentence, and scanning the
/// sentence for each of them cost as much as the rest of the rule.
struct SportSentences {
    /// The words of the last sentence asked about (a sentence starts at a
    /// word that ``Document/Word/startsSentence``, or at the first word).
    private var sentence: Range<Int> = 0..<0
    private var isSport = false

    /// Whether the sentence of word `index` of `document` reads like sports news.
    mutating func contains(_ index: Int, in document: Document) -> Bool {
        if !sentence.contains(index) {
            var start = index
            while start > 0, !document.words[start].startsSentence { start -= 1 }
            var end = index + 1
            while end < document.words.count, !document.words[end].startsSentence { end += 1 }
            sentence = start..<end
            isSport = sentence.contains { document.word($0, has: .sportContext) }
        }
        return isSport
    }
}
