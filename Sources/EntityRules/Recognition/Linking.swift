/// Canonical IDs that come from the document rather than from one match:
/// the ID of a person found by rules, and the link from a bare surname to
/// the person the document names in full.
enum Linking {
    /// Gives each person without a canonical ID (found by rules, not by a
    /// gazetteer) an ID: the known person's whose listed name the rule found
    /// exactly (`جورج بوش` after no title: the gazetteer's entry needs one),
    /// else their normalized name as it is reported: from where the entity
    /// starts, after any proclitics (`لجورج ديك` → `جورج ديك`), to the end of
    /// its last word.
    static func identifyPeople(_ candidates: inout [Candidate], in document: Document) {
        for index in candidates.indices where candidates[index].type == .person && candidates[index].canonical == nil {
            if let known = document.knownPersonCanonical(of: candidates[index]) {
                candidates[index].canonical = known
                candidates[index].isKnown = true
            } else {
                candidates[index].canonical = document.normalizedName(of: candidates[index])
            }
        }
    }

    /// Links each one-word person whose word (after its proclitics) is the
    /// surname of a person the document names in full (two words or more)
    /// to that person: after `اميل كريموف`, a bare `كريموف` is Emil Karimov
    /// even where the gazetteer knows `كريموف` as the surname of someone
    /// else. A gazetteer's link stands when the document names that very
    /// person in full too. Otherwise the nearest full name before the
    /// mention wins, one a gazetteer knows before one the rules built (a
    /// rule may take an ordinary word for a given name); with none before,
    /// the first after it (a surname may come first).
    /// A relinked mention reports rule `propagation` and the full name as
    /// its evidence. Persons must already have their canonical IDs.
    static func linkSurnames(_ candidates: inout [Candidate], in document: Document) {
        guard candidates.contains(where: { $0.type == .person && $0.words.count >= 2 }) else { return }
        var surnames = ByteStringTable(capacity: 16)
        // The full names of each surname, by the table's ID, in text order.
        var fullNames: [[Int]] = []
        for (index, candidate) in candidates.enumerated()
        where candidate.type == .person && candidate.words.count >= 2 && candidate.canonical != nil {
            guard let last = document.surnameWord(of: candidate, allowingOrdinaryWords: true) else { continue }
            let id = Int(document.withSpelling(last) { surnames.insert($0) })
            if id == fullNames.count { fullNames.append([]) }
            fullNames[id].append(index)
        }
        guard !fullNames.isEmpty else { return }
        for index in candidates.indices where candidates[index].type == .person && candidates[index].words.count == 1 {
            let mention = candidates[index]
            let word = document.words[mention.start].range
            // The word after its proclitics, or whole (a joined word is only ever whole).
            let id =
                if let stemStart = mention.stemStart {
                    document.bytes.withUnsafeBufferPointer { surnames.id(of: UnsafeBufferPointer(rebasing: $0[stemStart..<word.upperBound])) }
                } else {
                    document.withSpelling(mention.start) { surnames.id(of: $0) }
                }
            guard let id else { continue }
            let named = fullNames[Int(id)]
            if mention.isKnown, named.contains(where: { candidates[$0].canonical == mention.canonical }) { continue }
            // The full names before the mention; of them, those a gazetteer
            // knows are surer than those the rules built (`كوفي عنان`, then
            // `طالب عنان`: "Annan demanded").
            var before = named.filter { candidates[$0].start < mention.start }
            if before.contains(where: { candidates[$0].isKnown }) { before.removeAll { !candidates[$0].isKnown } }
            let source = candidates[before.last ?? named[0]]
            candidates[index].canonical = source.canonical
            candidates[index].rule = .propagation
            candidates[index].evidence = source.words
        }
    }
}

extension Document {
    /// The normalized text of `candidate`'s name, after the proclitics of
    /// its first word: the text the entity reports, folded, and without the
    /// white space inside a joined word (`ب غداد` gives `بغداد`).
    func normalizedName(of candidate: Candidate) -> String {
        let start = candidate.stemStart ?? words[candidate.start].range.lowerBound
        var name = Array(bytes[start..<words[candidate.end - 1].range.upperBound])
        // From the last word back: removing a gap leaves the offsets before it.
        for index in candidate.words.reversed() where words[index].isJoined {
            let gap = words[index].range.lowerBound + Int(words[index].gapOffset) - start
            name.removeSubrange(gap..<(gap + Int(words[index].gapLength)))
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// The canonical ID of the known person whose name, as a gazetteer lists
    /// it, is exactly `candidate`'s words (after the same proclitics).
    func knownPersonCanonical(of candidate: Candidate) -> String? {
        for match in matches(at: candidate.start)
        where match.end == candidate.end && match.stem.map({ stems[Int($0)].start }) == candidate.stemStart {
            for entry in entries(of: match) where entry.label == .entity(.person) {
                if let canonical = lexicon.canonical(of: entry) { return canonical }
            }
        }
        return nil
    }

    /// The last word of person `candidate` when it may stand alone for the
    /// person elsewhere in the document: a surname, or the one-word name a
    /// title introduced; not a given name (محمد), a particle's word (عبد
    /// الله), a word of fewer than three letters or, unless
    /// `allowingOrdinaryWords` (a mention already found as a person is
    /// being linked: `نبيه بري`, then `الرئيس بري`), an ordinary word. A
    /// known person's surname may also be a given name (نجيب محفوظ → محفوظ).
    func surnameWord(of candidate: Candidate, allowingOrdinaryWords: Bool = false) -> Int? {
        let last = candidate.end - 1
        let excluded: TokenFlags = candidate.isKnown ? [.ambiguousGivenName, .particle] : [.givenName, .particle]
        guard candidate.end - candidate.start >= 2
                || (candidate.rule == .titleName && nameStrength(candidate.start) == .strong),
            allowingOrdinaryWords || nameStrength(last) >= .unknown, !word(last, has: excluded),
            last == candidate.start || !word(last - 1, has: .particle),
            words[last].spelledCount >= 6
        else { return nil }
        return last
    }
}
