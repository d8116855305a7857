import ArabicText

/// A compiled gazetteer: every name normalized (`ner` profile), split into
/// words, and stored in a trie over word IDs, with per-word cue flags.
///
/// Immutable and `Sendable`; an ``EntityRecognizer`` holds one.
struct Lexicon: Sendable {
    /// An entry as the rules need it.
    struct Entry: Sendable {
        var label: GazetteerLabel
        /// The canonical ID's bytes in ``Lexicon/text``; empty for none.
        var canonicalRange: Range<Int32>
        var wordCount: Int
        /// `ambiguous=1` (the name is also an ordinary word) or `rare=1` (a
        /// little-known place): the name alone is not enough, context must back it.
        var needsContext: Bool
        /// `word=1`, for places: the name is also an ordinary word (عاليه "high",
        /// دورا "a role"); taken with a designator or a preposition of place
        /// before it (``GazetteerRule/Context/placeContext``).
        var isOrdinaryWord: Bool = false
        /// `pop`, for cities: the largest wins among places of the same name.
        var population: Int
    }

    /// The gazetteer's text, which entries point into.
    let text: [UInt8]

    /// The canonical ID of `entry`, if it has one.
    func canonical(of entry: Entry) -> String? {
        entry.canonicalRange.isEmpty
            ? nil
            : String(decoding: text[Int(entry.canonicalRange.lowerBound)..<Int(entry.canonicalRange.upperBound)], as: UTF8.self)
    }

    let vocabulary: ByteStringTable
    /// Flags and the trie's first step, per word ID.
    let words: [WordEntry]
    /// Trie edges: `node << 32 | word` to the child node; node 0 is the root.
    let edges: EdgeTable
    /// Per node, the range of ``nodeEntryIndices`` ending a name there.
    let nodeEntries: [Range<Int32>]
    let nodeEntryIndices: [Int32]
    let entries: [Entry]
    /// Surname endings (normalized UTF-8) and whether each is a strong sign.
    let surnameSuffixes: [(bytes: [UInt8], isStrong: Bool)]
    /// A quick test before a word is compared with each of ``surnameSuffixes``.
    let surnameSuffixFilter: EndingFilter
    /// The normalizer names and texts both go through.
    let normalizer: ArabicNormalizer

    static let profile = NormalizationProfile.ner

    /// Per node, whether a name ends there, as bits (see ``nameEnds(_:)``).
    let nameEndBits: [UInt64]
    /// Per node, the words along its edges folded into the bits of a mask
    /// (see ``childMasks(of:nodeCount:)``).
    let childMasks: [UInt64]

    /// The flags of word `id`.
    @inline(__always)
    func flags(of id: Int32) -> TokenFlags { words[Int(id)].flags }

    /// The child of `node` along `word`, if any. The root's children are in
    /// ``words``: the first step of every phrase lookup, taken for every word
    /// of a text, is an array read instead of a probe of ``edges``.
    @inline(__always)
    func child(of node: Int32, word: Int32) -> Int32? {
        if node == 0 { return words[Int(word)].rootChild }
        return edges.value(for: UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word)))
    }

    /// Whether `node` may have a child along `word` (false: it surely has
    /// none): most phrase lookups that go on past a word end here, without a
    /// probe of ``edges``, which is large and rarely in cache.
    @inline(__always)
    func mayHaveChild(_ node: Int32, word: Int32) -> Bool {
        childMasks[Int(node)] & Self.childBit(word) != 0
    }

    /// The bit of `word` in a node's child mask.
    @inline(__always)
    static func childBit(_ word: Int32) -> UInt64 {
        EndingFilter.maskBit(UInt64(UInt32(bitPattern: word)))
    }

    /// The child mask of each of `nodeCount` nodes of a trie with `edges`.
    static func childMasks(of edges: EdgeTable, nodeCount: Int) -> [UInt64] {
        var masks = [UInt64](repeating: 0, count: nodeCount)
        edges.forEach { key, _ in
            let node = Int(key >> 32)
            if node < nodeCount { masks[node] |= childBit(Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)) }
        }
        return masks
    }

    /// Whether a name ends at `node` (whether ``entries(at:)`` is not empty).
    @inline(__always)
    func endsName(_ node: Int32) -> Bool {
        nameEndBits[Int(node) >> 6] & (1 << UInt64(node & 63)) != 0
    }

    /// The entries whose names end at `node`.
    func entries(at node: Int32) -> ArraySlice<Int32> {
        let range = nodeEntries[Int(node)]
        return nodeEntryIndices[Int(range.lowerBound)..<Int(range.upperBound)]
    }

    /// Whether word `id` has any of `flags`.
    @inline(__always)
    func word(_ id: Int32, has flags: TokenFlags) -> Bool {
        id >= 0 && !self.flags(of: id).isDisjoint(with: flags)
    }

    /// Compiles `gazetteer`: normalizes every name in one pass, applies
    /// overrides and removals in order, and builds the trie. Works on the
    /// gazetteer's byte arena throughout, so that compiling the bundled
    /// gazetteers takes milliseconds.
    init(_ gazetteer: Gazetteer) {
        let normalizer = ArabicNormalizer(profile: Self.profile)
        self.normalizer = normalizer
        let storage = gazetteer.storage
        let records = storage.records
        let entryCount = records.count
        self.text = storage.text

        // One normalization pass and one tokenizer pass over all names, one per
        // line: far cheaper than a call per name, and exact since a line break
        // is a normalization boundary and ends every token.
        var joined: [UInt8] = []
        joined.reserveCapacity(storage.text.count / 2)
        for record in records {
            joined += storage.bytes(record.name)
            joined.append(0x0A)
        }
        for removal in gazetteer.removals {
            joined += removal.name.utf8
            joined.append(0x0A)
        }
        // Names added in code may hold line breaks: a name is one line here.
        var newlines = 0
        for index in joined.indices where joined[index] == 0x0A {
            newlines += 1
            if newlines > entryCount + gazetteer.removals.count { break }
        }
        if newlines != entryCount + gazetteer.removals.count {
            joined = Array((storage.records.map { storage.string($0.name) } + gazetteer.removals.map(\.name)).map {
                $0.replacing("\n", with: " ")
            }.joined(separator: "\n").utf8) + [0x0A]
        }
        let normalized = Array(normalizer.normalize(utf8: joined).utf8)
        // Words of line i: wordRanges[lineStarts[i]..<lineStarts[i + 1]].
        var wordRanges: [Range<Int>] = []
        wordRanges.reserveCapacity(entryCount * 2)
        var lineStarts: [Int] = [0]
        lineStarts.reserveCapacity(entryCount + gazetteer.removals.count + 2)
        normalized.withUnsafeBufferPointer { buffer in
            var lineEnd = buffer.firstIndex(of: 0x0A) ?? buffer.count
            Tokenizer().forEachToken(inUTF8: buffer) { token in
                while token.utf8Range.lowerBound > lineEnd {
                    lineStarts.append(wordRanges.count)
                    lineEnd = buffer[(lineEnd + 1)...].firstIndex(of: 0x0A) ?? buffer.count
                }
                wordRanges.append(token.utf8Range)
            }
        }
        while lineStarts.count <= entryCount + gazetteer.removals.count + 1 { lineStarts.append(wordRanges.count) }
        func words(ofLine line: Int) -> ArraySlice<Range<Int>> { wordRanges[lineStarts[line]..<lineStarts[line + 1]] }

        // Overrides and removals, in the order they were made. A name's key is
        // its normalized words joined by single spaces, with its label.
        var names = ByteStringTable(capacity: entryCount)
        var nameBuffer: [UInt8] = []
        func nameKey(line: Int, label: UInt16) -> UInt64? {
            let lineWords = words(ofLine: line)
            guard let first = lineWords.first, let last = lineWords.last else { return nil }
            // Usually the words already stand one space apart in the text.
            let span = first.lowerBound..<last.upperBound
            let isSpacedOnce = zip(lineWords, lineWords.dropFirst()).allSatisfy {
                $1.lowerBound == $0.upperBound + 1 && normalized[$0.upperBound] == 0x20
            }
            let id: Int32
            if isSpacedOnce {
                id = normalized.withUnsafeBufferPointer { names.insert(UnsafeBufferPointer(rebasing: $0[span])) }
            } else {
                nameBuffer.removeAll(keepingCapacity: true)
                for range in lineWords {
                    if !nameBuffer.isEmpty { nameBuffer.append(0x20) }
                    nameBuffer += normalized[range]
                }
                id = names.insert(nameBuffer)
            }
            return UInt64(UInt32(id)) << 16 | UInt64(label)
        }
        var latest: [UInt64: Int] = [:]
        latest.reserveCapacity(entryCount)
        var order: [UInt64] = []
        order.reserveCapacity(entryCount)
        let removalsByPosition = Dictionary(grouping: gazetteer.removals.indices) { gazetteer.removals[$0].entryCount }
        // One-word cues whose flag does not depend on attributes (common words
        // above all, most of the entries) skip the override bookkeeping: their
        // flags only accumulate, so order and repetition do not matter, unless
        // something removes entries of their class.
        let removedLabels = Set(gazetteer.removals.compactMap(\.label))
        let accumulates: [Bool] = storage.labels.map { label in
            guard case .cue(let cue) = label, !removedLabels.contains(label) else { return false }
            return cue != .givenName && cue != .countryDesignator && cue != .surnameSuffix
        }
        var accumulatedCues: [Int] = []
        for index in 0...entryCount {
            if index < entryCount, accumulates[Int(records[index].label)], lineStarts[index + 1] - lineStarts[index] == 1 {
                accumulatedCues.append(index)
                continue
            }
            for removal in removalsByPosition[index] ?? [] {
                // A label the gazetteer never used has no entries to remove.
                guard let label = gazetteer.removals[removal].label,
                    let labelIndex = storage.labels.firstIndex(of: label),
                    let key = nameKey(line: entryCount + removal, label: UInt16(labelIndex))
                else { continue }
                latest[key] = nil
            }
            guard index < entryCount, let key = nameKey(line: index, label: records[index].label) else { continue }
            if latest.updateValue(index, forKey: key) == nil { order.append(key) }
        }

        var vocabulary = ByteStringTable(capacity: entryCount)
        var flags: [TokenFlags] = []
        flags.reserveCapacity(entryCount)
        var edges = EdgeTable(capacity: entryCount)
        var nodeCount: Int32 = 1
        var entryNodes: [(node: Int32, entry: Int32)] = []
        var entries: [Entry] = []
        var suffixes: [(bytes: [UInt8], isStrong: Bool)] = []
        var ids: [Int32] = []

        normalized.withUnsafeBufferPointer { buffer in
            for index in accumulatedCues {
                let id = vocabulary.insert(UnsafeBufferPointer(rebasing: buffer[wordRanges[lineStarts[index]]]))
                if Int(id) == flags.count { flags.append([]) }
                let record = records[index]
                guard case .cue(let cue) = storage.labels[Int(record.label)] else { continue }
                flags[Int(id)].formUnion(TokenFlags(cue: cue, record: record, storage: storage))
            }
            for key in order {
                guard let index = latest[key] else { continue }  // removed
                let record = records[index]
                let label = storage.labels[Int(record.label)]
                let lineWords = words(ofLine: index)
                if case .cue(.surnameSuffix) = label {
                    let bytes = Array(buffer[lineWords.first!.lowerBound..<lineWords.last!.upperBound])
                    suffixes.append((bytes, storage.attribute("strength", of: record)?.elementsEqual("weak".utf8) != true))
                    continue
                }
                ids.removeAll(keepingCapacity: true)
                for range in lineWords {
                    let id = vocabulary.insert(UnsafeBufferPointer(rebasing: buffer[range]))
                    if Int(id) == flags.count { flags.append([]) }
                    ids.append(id)
                }
                switch label {
                case .cue(let cue) where ids.count == 1:
                    // One-word cues live in the word flags only.
                    flags[Int(ids[0])].formUnion(TokenFlags(cue: cue, record: record, storage: storage))
                    continue
                case .entity(let type):
                    let isVariant = storage.attribute("variant", of: record)?.elementsEqual("1".utf8) == true
                    let part: TokenFlags =
                        type == .person ? .personNamePart
                        : isVariant ? .placeVariant
                        : type == .country || type == .city || type == .region ? .placeNamePart : .otherNamePart
                    for id in ids { flags[Int(id)].formUnion(part) }
                    if type == .person, ids.count > 1 { flags[Int(ids[ids.count - 1])].insert(.personSurname) }
                default:
                    break
                }
                var node: Int32 = 0
                for id in ids {
                    let edge = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
                    if let next = edges.value(for: edge) {
                        node = next
                    } else {
                        edges.set(nodeCount, for: edge)
                        node = nodeCount
                        nodeCount += 1
                    }
                }
                entryNodes.append((node, Int32(entries.count)))
                entries.append(
                    Entry(
                        label: label, canonicalRange: record.canonical, wordCount: ids.count,
                        needsContext: storage.attribute("ambiguous", of: record)?.elementsEqual("1".utf8) == true
                            || storage.attribute("rare", of: record)?.elementsEqual("1".utf8) == true
                            || storage.attribute("seat", of: record)?.elementsEqual("1".utf8) == true,
                        isOrdinaryWord: storage.attribute("word", of: record)?.elementsEqual("1".utf8) == true,
                        population: storage.attribute("pop", of: record).map(Self.integer) ?? 0))
            }
        }

        // A given name that is a proclitic plus an ordinary word (بدور = ب + دور)
        // is as ambiguous as one that is an ordinary word itself.
        let analyzer = CliticAnalyzer(splitsArticle: false, splitsEnclitics: false)
        for id in flags.indices where flags[id].contains(.givenName) && !flags[id].contains(.ambiguousGivenName) {
            guard let word = vocabulary.key(of: Int32(id)) else { continue }
            word.withUnsafeBufferPointer { buffer in
                analyzer.forEachSplit(ofWordAt: 0..<buffer.count, in: buffer) { split in
                    guard !split.isWholeWord else { return true }
                    let stem = UnsafeBufferPointer(rebasing: buffer[split.stemRange])
                    if let stemID = vocabulary.id(of: stem), !flags[Int(stemID)].isDisjoint(with: .ordinaryWord) {
                        flags[id].insert(.ambiguousGivenName)
                        return false
                    }
                    return true
                }
            }
        }

        // Entries by node: sorted, so that each node's entries are one range.
        entryNodes.sort { ($0.node, $0.entry) < ($1.node, $1.entry) }
        var nodeEntries = [Range<Int32>](repeating: 0..<0, count: Int(nodeCount))
        var nodeEntryIndices: [Int32] = []
        nodeEntryIndices.reserveCapacity(entryNodes.count)
        var position = 0
        while position < entryNodes.count {
            let node = entryNodes[position].node
            let start = Int32(nodeEntryIndices.count)
            while position < entryNodes.count, entryNodes[position].node == node {
                nodeEntryIndices.append(entryNodes[position].entry)
                position += 1
            }
            nodeEntries[Int(node)] = start..<Int32(nodeEntryIndices.count)
        }
        self.words = Self.wordEntries(flags: flags, edges: edges)
        self.vocabulary = Self.vocabulary(vocabulary, withEntries: self.words)
        self.edges = edges
        self.nodeEntries = nodeEntries
        self.nameEndBits = Self.nameEnds(nodeEntries)
        self.childMasks = Self.childMasks(of: edges, nodeCount: nodeEntries.count)
        self.nodeEntryIndices = nodeEntryIndices
        self.entries = entries
        self.surnameSuffixes = suffixes.sorted { $0.bytes.count > $1.bytes.count }
        self.surnameSuffixFilter = Self.endingFilter(surnameSuffixes)
    }

    /// The filter of `suffixes`.
    static func endingFilter(_ suffixes: [(bytes: [UInt8], isStrong: Bool)]) -> EndingFilter {
        var filter = EndingFilter()
        for suffix in suffixes { filter.insert(suffix.bytes) }
        return filter
    }

    /// The decimal number in `bytes`, 0 if it is not one.
    private static func integer(_ bytes: ArraySlice<UInt8>) -> Int {
        var value = 0
        for byte in bytes {
            guard (0x30...0x39).contains(byte), value < Int.max / 20 else { return 0 }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
