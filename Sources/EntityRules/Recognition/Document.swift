import ArabicText

/// One text as the rules see it (a class, so that rules and their helpers
/// share it without copying its arrays): normalized (`ner` profile, with its
/// alignment to the original), split into words, and every word and
/// phrase looked up in the lexicon.
final class Document {
    /// A token of the normalized text and what the lexicon says of it.
    struct Word {
        /// UTF-8 range in the normalized text. A word joined from a clitic
        /// written apart and its neighbour (`ب غداد`, `نيويور ك`: see
        /// ``Document/joined(at:in:buffer:lexicon:)``) covers both tokens and
        /// the white space between them, so that its entity reports both
        /// tokens; read its letters with ``Document/withSpelling(_:_:)``,
        /// which leaves that space out. Its first and last letters are in
        /// place: the space lies after the first and before the last.
        var range: Range<Int>
        var kind: TokenKind
        /// The whole word's ID, -1 if unknown.
        var id: Int32
        /// The flags of the whole word, or of its first known stem when the
        /// whole word is unknown (`والرئيس` has the flags of `الرئيس`).
        var flags: TokenFlags
        /// This word's stems in ``Document/stems`` (only for unknown words).
        var stems: Range<Int32>
        /// A line break or sentence-final punctuation comes before it.
        var startsSentence: Bool
        /// The original spelling ends in alef maqsura (`على`, not `علي`).
        var endsInAlefMaqsura: Bool
        /// The word is a known word with a pronoun suffix (نظيره = نظير + ه).
        var isKnownByEncliticStem: Bool
        /// The whole word's first step into the lexicon's trie, if it has one
        /// (copied from the lexicon while its entry is in cache).
        var rootChild: Int32?
        /// The whole word may continue a phrase (see ``Lexicon/WordEntry/continuesPhrase``).
        var continuesPhrase: Bool
        /// For a joined word, where the white space between its two tokens
        /// starts, counted from `range.lowerBound`, and how long it is; 0 and
        /// 0 for other words. (Two bytes that fill the struct's padding: a
        /// word stays 48 bytes.)
        var gapOffset: UInt8 = 0
        var gapLength: UInt8 = 0

        var isKnown: Bool { id >= 0 || !stems.isEmpty || isKnownByEncliticStem }
        /// Known, and not only as a generated spelling variant of a city
        /// (``TokenFlags/placeVariant``): the rules that take unknown words
        /// as names take these too.
        var isKnownBeyondVariants: Bool { isKnown && flags != .placeVariant }
        var isArabic: Bool { kind == .arabicWord }
        /// Whether the word was joined from a clitic written apart and its neighbour.
        var isJoined: Bool { gapLength != 0 }
        /// The number of bytes of the word's letters: its range without the
        /// white space inside a joined word.
        var spelledCount: Int { range.count - Int(gapLength) }
    }

    /// A known stem of an unknown word: `بأذربيجان` → `أذربيجان`.
    struct Stem {
        var id: Int32
        /// Where the stem starts in the normalized text.
        var start: Int
        /// The stem's first step into the lexicon's trie, if it has one.
        var rootChild: Int32?
    }

    /// A lexicon name found in the text: words `start..<end`, the first
    /// either whole (`stem == nil`) or through one of its stems.
    struct PhraseMatch {
        var start: Int
        var end: Int
        var stem: Int32?
        var node: Int32
    }

    // Every property is a `let`: the rules read them in their inner loops,
    // and a `var` of a class would cost a dynamic exclusivity check per read.
    let lexicon: Lexicon
    let text: NormalizedText
    let bytes: [UInt8]
    let words: [Word]
    let stems: [Stem]
    /// Phrase matches, ordered by start word.
    let matches: [PhraseMatch]
    /// Where each word's matches start in ``matches``, and then their end:
    /// word `i`'s are `matchStarts[i]..<matchStarts[i + 1]` (four bytes a
    /// word to write rather than a range's sixteen).
    let matchStarts: [Int32]
    /// Cue phrases of several words, by start word: ``cuePhraseStarts`` gives
    /// each word's range, as ``matchStarts`` does.
    let cuePhrases: [(end: Int, cue: Cue)]
    let cuePhraseStarts: [Int32]

    init(_ original: String, lexicon: Lexicon, tokenizer: Tokenizer, analyzer: CliticAnalyzer) {
        self.lexicon = lexicon
        self.text = lexicon.normalizer.normalizeWithAlignment(original)
        self.bytes = Array(text.normalized.utf8)
        var words: [Word] = []
        words.reserveCapacity(bytes.count / 6)
        var stems: [Stem] = []
        var previousEnd = 0
        var previousWasSentenceEnd = true
        // The words shaped like a clitic written apart (see ``mayBeLoneClitic(_:in:)``).
        var clitics: [Int] = []
        let alef = Self.alef
        bytes.withUnsafeBufferPointer { buffer in
            tokenizer.forEachToken(inUTF8: buffer) { token in
                let gap = buffer[previousEnd..<token.utf8Range.lowerBound]
                let startsSentence = previousWasSentenceEnd || gap.contains(0x0A)
                previousEnd = token.utf8Range.upperBound
                previousWasSentenceEnd =
                    token.kind == .punctuation && Self.isSentenceEnd(UnsafeBufferPointer(rebasing: buffer[token.utf8Range]))
                if token.kind == .arabicWord, Self.mayBeLoneClitic(token.utf8Range, in: buffer) {
                    Self.append(words.count, to: &clitics)
                }
                let word = UnsafeBufferPointer(rebasing: buffer[token.utf8Range])
                var id: Int32 = -1
                var flags: TokenFlags = []
                var knownByEncliticStem = false
                var rootChild: Int32? = nil
                var continuesPhrase = false
                let firstStem = Int32(stems.count)
                if token.kind.isWord {
                    // The word's ID and entry in one lookup (the entry is kept
                    // beside the word: one cache miss fewer per known word).
                    if let (wordID, entry) = lexicon.entry(of: word) {
                        id = wordID
                        flags = entry.flags
                        rootChild = entry.rootChild
                        continuesPhrase = entry.continuesPhrase
                    } else if token.kind == .arabicWord {
                        analyzer.forEachSplit(ofWordAt: token.utf8Range, in: buffer) { split in
                            // Pronoun-suffix splits only matter until the word is known to be ordinary.
                            guard !split.isWholeWord, !(split.hasEnclitic && (knownByEncliticStem || !flags.isEmpty))
                            else { return true }
                            let stem = UnsafeBufferPointer(rebasing: buffer[split.stemRange])
                            let found = split.restoresArticleAlef ? lexicon.entry(prefix: alef, stem) : lexicon.entry(of: stem)
                            guard let (stemID, entry) = found else { return true }
                            // The first known stem says what kind of word this is (وقال is قال);
                            // only stems without a pronoun suffix can begin names.
                            if !split.hasEnclitic {
                                if flags.isEmpty { flags = entry.flags }
                                stems.append(Stem(id: stemID, start: split.stemRange.lowerBound, rootChild: entry.rootChild))
                            } else if !entry.flags.isDisjoint(with: .ordinaryWord) {
                                // An ordinary word with a pronoun suffix (نظيره). A name
                                // that merely ends like one (شيخاني ≠ شيخان + ي) stays unknown.
                                if flags.isEmpty { flags = entry.flags }
                                knownByEncliticStem = true
                            }
                            return true
                        }
                    }
                }
                words.append(
                    Word(
                        range: token.utf8Range, kind: token.kind, id: id, flags: flags,
                        stems: firstStem..<Int32(stems.count), startsSentence: startsSentence,
                        endsInAlefMaqsura: false, isKnownByEncliticStem: knownByEncliticStem, rootChild: rootChild,
                        continuesPhrase: continuesPhrase))
            }
            // A clitic written apart and its neighbour may be one name (`ب غداد`).
            if !clitics.isEmpty { Self.joinDetachedClitics(around: clitics, in: &words, buffer: buffer, lexicon: lexicon) }
        }
        // Negative evidence from the original spelling: على is the preposition,
        // علي the name. Only given names need it.
        let originalBytes = original.utf8
        for index in words.indices where words[index].flags.contains(.givenName) {
            let end = text.alignment.originalRange(forNormalized: words[index].range).upperBound
            words[index].endsInAlefMaqsura =
                end >= 2
                && originalBytes[originalBytes.index(originalBytes.startIndex, offsetBy: end - 2)] == 0xD9
                && originalBytes[originalBytes.index(originalBytes.startIndex, offsetBy: end - 1)] == 0x89
        }
        self.words = words
        self.stems = stems
        let index = Self.findMatches(words: words, stems: stems, lexicon: lexicon)
        self.matches = index.matches
        self.matchStarts = index.matchStarts
        self.cuePhrases = index.cuePhrases
        self.cuePhraseStarts = index.cuePhraseStarts
    }

    private static let alef: [UInt8] = Array("ا".utf8)

    /// Whether a punctuation token ends a sentence: . ! ? : and the Arabic ؟ ؛ ۔ and …
    private static func isSentenceEnd(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        switch token.count {
        case 1: return token[0] == 0x2E || token[0] == 0x21 || token[0] == 0x3F || token[0] == 0x3A || token[0] == 0x3B
        case 2: return (token[0] == 0xD8 && (token[1] == 0x9F || token[1] == 0x9B)) || (token[0] == 0xDB && token[1] == 0x94)
        case 3: return token[0] == 0xE2 && token[1] == 0x80 && token[2] == 0xA6
        default: return false
        }
    }

    // MARK: Clitics written apart

    /// Whether the token at `range` is a proclitic standing alone: ب ل و ف ك.
    @inline(__always)
    private static func isLoneProclitic(_ range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == 2 else { return false }
        let lead = buffer[range.lowerBound], trail = buffer[range.lowerBound + 1]
        // ب is D8 A8; ل و ف ك are D9 84, D9 88, D9 81, D9 83.
        return (lead == 0xD8 && trail == 0xA8) || (lead == 0xD9 && (trail == 0x84 || trail == 0x88 || trail == 0x81 || trail == 0x83))
    }

    /// Whether the token at `range` is a pronoun suffix standing alone: ه ها
    /// هم هما ك ي نا, the ones a segmenter splits off names by mistake (not
    /// all that ``isFollowedBySplitEnclitic(_:)`` knows: كم، كما، كن are words
    /// of their own too).
    @inline(__always)
    private static func isLoneEnclitic(_ range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        // The letters as two-byte pairs: ه D987, ك D983, ي D98A, ن D986, ا D8A7, م D985.
        func letter(_ index: Int) -> UInt16 {
            UInt16(buffer[range.lowerBound + 2 * index]) << 8 | UInt16(buffer[range.lowerBound + 2 * index + 1])
        }
        switch range.count {
        case 2: return letter(0) == 0xD987 || letter(0) == 0xD983 || letter(0) == 0xD98A
        case 4: return (letter(0) == 0xD987 && (letter(1) == 0xD8A7 || letter(1) == 0xD985)) || (letter(0) == 0xD986 && letter(1) == 0xD8A7)
        case 6: return letter(0) == 0xD987 && letter(1) == 0xD985 && letter(2) == 0xD8A7
        default: return false
        }
    }

    /// Whether the token at `range` may be a clitic standing alone: one
    /// letter, or two or three beginning with ه or ن. One or two byte tests
    /// while tokenizing: in text that is not clitic-segmented few words pass.
    /// (The exact tests, ``isLoneProclitic(_:in:)`` and
    /// ``isLoneEnclitic(_:in:)``, wait for the words that pass: in the
    /// tokenizer's loop they would cost the lexicon lookups their inlining.)
    @inline(__always)
    private static func mayBeLoneClitic(_ range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = range.count
        guard count <= 6 else { return false }
        // ه is D9 87, ن D9 86: the second bytes differ in their last bit only, which `& 0xFE` drops.
        return count == 2 || (buffer[range.lowerBound] == 0xD9 && buffer[range.lowerBound + 1] & 0xFE == 0x86)
    }

    /// Appends `index` to `indices`: out of line, so that the tokenizer's
    /// loop, which calls it rarely, stays small.
    @inline(never)
    private static func append(_ index: Int, to indices: inout [Int]) { indices.append(index) }

    /// Replaces each two words that are a clitic written apart and its
    /// neighbour (the clitic one of `clitics`, in order: Arabic words of one
    /// sentence, the first a lone proclitic or the second a lone pronoun
    /// suffix) and that ``joined(at:in:buffer:lexicon:)`` makes one word
    /// with that word. A word joins one neighbour at most. The stems of
    /// joined words stay in ``stems``, where no word points to them.
    private static func joinDetachedClitics(
        around clitics: [Int], in words: inout [Word], buffer: UnsafeBufferPointer<UInt8>, lexicon: Lexicon
    ) {
        // The second words of the pairs joined, in order.
        var removed: [Int] = []
        for clitic in clitics {
            // A suffix joins the word before it, a proclitic the word after it (ك may be either).
            for first in (clitic - 1)...clitic where first >= 0 && first + 1 < words.count && first > removed.last ?? -1 {
                let second = first + 1
                guard words[first].kind == .arabicWord, words[second].kind == .arabicWord, !words[second].startsSentence,
                    first == clitic ? isLoneProclitic(words[first].range, in: buffer) : isLoneEnclitic(words[second].range, in: buffer),
                    let word = joined(at: first, in: words, buffer: buffer, lexicon: lexicon)
                else { continue }
                words[first] = word
                removed.append(second)
            }
        }
        guard !removed.isEmpty else { return }
        var kept: [Word] = []
        kept.reserveCapacity(words.count - removed.count)
        var next = 0
        for index in words.indices {
            if next < removed.count && removed[next] == index {
                next += 1
            } else {
                kept.append(words[index])
            }
        }
        words = kept
    }

    /// The word that words `index` and `index + 1` make together when one of
    /// them is a clitic written apart, the two together are a name the
    /// lexicon knows whole, and the other one is no name alone
    /// (``isNameAlone(_:lexicon:)``) nor the start of a name of several
    /// words with the words after it (`ب ساو باولو`: the city ساو باولو).
    /// Clitic-segmenting pipelines (Farasa, MADAMIRA, treebank style) write
    /// clitics as tokens of their own, and sometimes split a name the same
    /// way: `ب غداد` (بغداد), `نيويور ك` (نيويورك). `ب باريس` stays two words:
    /// باريس is the name, ب the preposition. The joined word covers both
    /// tokens and the white space between them; it is known whole, so it has
    /// no stems.
    ///
    /// The name is a one-word entity, a given name or a word of a known
    /// person's name, and no ordinary word, cue or particle (`ك ما` stays two
    /// words: كما is "as"). The other word is no clitic standing alone (`ب
    /// ها`). When it is an ordinary word, the split may well be right: `فوز
    /// ي` is "my victory" rather than فوزي. Then only an entity's name that
    /// needs context anyway is joined (`ب عبدا`, Baabda, is also "with a
    /// slave": the city is marked `word=1` for that reason), and the
    /// gazetteer rule's context tests decide, as for the name written whole.
    private static func joined(at index: Int, in words: [Word], buffer: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) -> Word? {
        let first = words[index], second = words[index + 1]
        // The word that is not the clitic: with a proclitic first, the second.
        let hasProclitic = isLoneProclitic(first.range, in: buffer)
        let other = hasProclitic ? second : first
        // The other word's own flags, not those of a stem (none for an unknown word).
        let otherFlags = other.id >= 0 ? other.flags : []
        let gapOffset = first.range.count
        let gapLength = second.range.lowerBound - first.range.upperBound
        guard gapOffset <= Int(UInt8.max), (1...Int(UInt8.max)).contains(gapLength),
            !isLoneProclitic(other.range, in: buffer), !isLoneEnclitic(other.range, in: buffer),
            !isNameAlone(other, lexicon: lexicon),
            !(hasProclitic && startsNameOfSeveralWords(at: index + 1, in: words, lexicon: lexicon))
        else { return nil }
        guard let (id, entry) = lexicon.entry(prefix: Array(buffer[first.range]), UnsafeBufferPointer(rebasing: buffer[second.range])),
            entry.flags.isDisjoint(with: notNameFlags)
        else { return nil }
        let isOtherOrdinary = !otherFlags.isDisjoint(with: .ordinaryWord)
        if hasEntity(at: entry.rootChild, lexicon: lexicon, needingNoContext: false) {
            // After an ordinary word, only a name that needs context anyway.
            guard !isOtherOrdinary || !hasEntity(at: entry.rootChild, lexicon: lexicon, needingNoContext: true)
            else { return nil }
        } else {
            guard !entry.flags.isDisjoint(with: [.givenName, .personNamePart, .personSurname]), !isOtherOrdinary
            else { return nil }
        }
        return Word(
            range: first.range.lowerBound..<second.range.upperBound, kind: .arabicWord, id: id, flags: entry.flags,
            stems: first.stems.lowerBound..<first.stems.lowerBound, startsSentence: first.startsSentence,
            endsInAlefMaqsura: false, isKnownByEncliticStem: false, rootChild: entry.rootChild,
            continuesPhrase: entry.continuesPhrase, gapOffset: UInt8(gapOffset), gapLength: UInt8(gapLength))
    }

    /// Flags that keep a word from being a name to join or a name standing
    /// alone: ordinary words, cues, particles, given names that are also
    /// ordinary words. (From raw values, like ``nonNameFlags``.)
    private static var notNameFlags: TokenFlags {
        TokenFlags(rawValue: nonNameFlags.rawValue | TokenFlags.particle.rawValue | TokenFlags.ambiguousGivenName.rawValue)
    }

    /// Whether `word`, known whole, is a name standing alone: a given name
    /// (even one that is also an ordinary word: `و كريم` is "and Karim"), a known
    /// person's surname that is no ordinary word, or a one-word entity that
    /// needs no context (not `ambiguous`, `rare`, `word=1` ...).
    private static func isNameAlone(_ word: Word, lexicon: Lexicon) -> Bool {
        guard word.id >= 0 else { return false }
        if word.flags.contains(.givenName) { return true }
        if word.flags.contains(.personSurname) && word.flags.isDisjoint(with: notNameFlags) { return true }
        return hasEntity(at: word.rootChild, lexicon: lexicon, needingNoContext: true)
    }

    /// Whether word `start`, known whole, begins an entity's name of several
    /// words with the words after it, within the sentence.
    private static func startsNameOfSeveralWords(at start: Int, in words: [Word], lexicon: Lexicon) -> Bool {
        guard words[start].id >= 0, var node = words[start].rootChild else { return false }
        var end = start + 1
        // The phrase matcher's walk (``findMatches``), stopped at the first entity's name.
        while end < words.count, !words[end].startsSentence, words[end].continuesPhrase,
            lexicon.mayHaveChild(node, word: words[end].id), let next = lexicon.child(of: node, word: words[end].id)
        {
            if hasEntity(at: next, lexicon: lexicon, needingNoContext: false) { return true }
            node = next
            end += 1
        }
        return false
    }

    /// Whether a name of an entity type ends at `node` (the root's child along
    /// a word: a one-word name); if `needingNoContext`, one whose entry needs
    /// no context and is no ordinary word.
    private static func hasEntity(at node: Int32?, lexicon: Lexicon, needingNoContext: Bool) -> Bool {
        guard let node, lexicon.endsName(node) else { return false }
        return lexicon.entries(at: node).contains { index in
            let entry = lexicon.entries[Int(index)]
            guard case .entity = entry.label else { return false }
            return !needingNoContext || (!entry.needsContext && !entry.isOrdinaryWord)
        }
    }

    /// Finds every lexicon name: from each word, whole or through a stem,
    /// along the trie over the following whole words, within a sentence.
    private static func findMatches(words: [Word], stems: [Stem], lexicon: Lexicon) -> (
        matches: [PhraseMatch], matchStarts: [Int32], cuePhrases: [(end: Int, cue: Cue)], cuePhraseStarts: [Int32]
    ) {
        var matches: [PhraseMatch] = []
        var matchStarts: [Int32] = []
        var cuePhrases: [(end: Int, cue: Cue)] = []
        var cuePhraseStarts: [Int32] = []
        matchStarts.reserveCapacity(words.count + 1)
        cuePhraseStarts.reserveCapacity(words.count + 1)
        for start in words.indices {
            matchStarts.append(Int32(matches.count))
            cuePhraseStarts.append(Int32(cuePhrases.count))
            guard words[start].kind.isWord else { continue }
            // The word whole if known, else each of its known stems (index -1: whole).
            let options: Range<Int32> = words[start].id >= 0 ? -1..<0 : words[start].stems
            for option in options {
                // The first step was read with the word's flags; the rest of the
                // trie is walked only along words that continue some phrase.
                let stem = option < 0 ? nil : Int32?(option)
                guard var node = option < 0 ? words[start].rootChild : stems[Int(option)].rootChild else { continue }
                var end = start + 1
                while true {
                    if lexicon.endsName(node) {
                        matches.append(PhraseMatch(start: start, end: end, stem: stem, node: node))
                        // One-word cues are in the word flags; phrases of several words here.
                        for entry in lexicon.entries(at: node) where end - start > 1 {
                            if case .cue(let cue) = lexicon.entries[Int(entry)].label {
                                cuePhrases.append((end, cue))
                            }
                        }
                    }
                    guard end < words.count, !words[end].startsSentence, words[end].continuesPhrase,
                        lexicon.mayHaveChild(node, word: words[end].id), let next = lexicon.child(of: node, word: words[end].id)
                    else { break }
                    node = next
                    end += 1
                }
            }
        }
        matchStarts.append(Int32(matches.count))
        cuePhraseStarts.append(Int32(cuePhrases.count))
        return (matches, matchStarts, cuePhrases, cuePhraseStarts)
    }

    // MARK: Questions the rules ask

    /// Whether word `index` is an Arabic word the lexicon knows nothing of,
    /// whole or by a stem: a candidate for an unknown name.
    func isUnknownArabicWord(_ index: Int) -> Bool {
        words.indices.contains(index) && words[index].isArabic && !words[index].isKnownBeyondVariants
    }

    /// Calls `body` with the letters of word `index`: its bytes, or, for a
    /// joined word, those of its two tokens without the white space between
    /// them (`ب غداد` → `بغداد`).
    @inline(__always)
    func withSpelling<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // The rules ask this of most words, which are read in place; a joined
        // word (rare) is spelled out of line, so that this stays small.
        if words[index].isJoined { return withJoinedSpelling(index, body) }
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[words[index].range])) }
    }

    /// ``withSpelling(_:_:)`` for a joined word.
    @inline(never)
    private func withJoinedSpelling<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = words[index].range
        let gap = range.lowerBound + Int(words[index].gapOffset)
        let spelling = Array(bytes[range.lowerBound..<gap]) + bytes[(gap + Int(words[index].gapLength))..<range.upperBound]
        return spelling.withUnsafeBufferPointer(body)
    }

    /// Whether word `index` has any of `flags` (whole, or by its first known stem).
    func word(_ index: Int, has flags: TokenFlags) -> Bool {
        words.indices.contains(index) && !words[index].flags.isDisjoint(with: flags)
    }

    /// Whether word `index` (whole) ends like a foreign surname; `strongOnly`
    /// restricts to endings that almost never end ordinary words.
    func hasSurnameEnding(_ index: Int, strongOnly: Bool) -> Bool {
        guard words.indices.contains(index), words[index].isArabic else { return false }
        return withSpelling(index) { word in
            // Most words end like no surname at all: one test rules them out.
            guard lexicon.surnameSuffixFilter.mayEnd(word) else { return false }
            for suffix in lexicon.surnameSuffixes where !strongOnly || suffix.isStrong {
                // The ending must leave at least two letters of stem.
                if word.count >= suffix.bytes.count + 4, word.suffix(suffix.bytes.count).elementsEqual(suffix.bytes) {
                    return true
                }
            }
            return false
        }
    }

    /// The end of the longest phrase of several words of cue class `cue` that starts at word `index`.
    func cuePhraseEnd(at index: Int, _ cue: Cue) -> Int? {
        var end: Int? = nil
        for phrase in cuePhrases(at: index) where phrase.cue == cue && phrase.end > (end ?? 0) { end = phrase.end }
        return end
    }

    /// The cue phrases of several words that start at word `index`.
    func cuePhrases(at index: Int) -> ArraySlice<(end: Int, cue: Cue)> {
        cuePhrases[Int(cuePhraseStarts[index])..<Int(cuePhraseStarts[index + 1])]
    }

    /// The matches that start at word `index`.
    func matches(at index: Int) -> ArraySlice<PhraseMatch> {
        matches[Int(matchStarts[index])..<Int(matchStarts[index + 1])]
    }

    /// The entries of a match.
    func entries(of match: PhraseMatch) -> [Lexicon.Entry] {
        lexicon.entries(at: match.node).map { lexicon.entries[Int($0)] }
    }

    /// Where word `index`'s first known stem starts, if it has one.
    func firstStemStart(_ index: Int) -> Int? {
        words[index].stems.first.map { stems[Int($0)].start }
    }

    /// Where a person's name that begins with word `index` starts inside
    /// that word, after proclitics; nil when it starts with the word.
    ///
    /// A word the lexicon knows whole is never split. An unknown word is split
    /// before its first known stem only when the proclitics are the ones that
    /// stand before a person's name: the conjunction و ("and", alone or with
    /// a preposition: وب، ول، وك) or the preposition ل ("to, for"; لل before
    /// the article). ب ف ك alone rarely stand before a person, and foreign
    /// names often begin with these letters where the rest of the word
    /// happens to be a known name (ف + لورين in `فلورين`, Florin): such a
    /// word is the name whole. See Docs/Rules.md.
    func nameStemStart(_ index: Int) -> Int? {
        guard words[index].id < 0, let stem = firstStemStart(index), stem > words[index].range.lowerBound,
            startsWithWaw(index) || startsWithLam(index)
        else { return nil }
        return stem
    }
}
