import ArabicText

/// A compiled gazetteer: every name normalized (`ner` profile), split into
/// words, and stored in a trie over word IDs, with per-word cue flags.
///
/// Immutable and `Sendable`; an ``EntityRecognizer`` holds one.
struct Lexicon: Sendable {
    /// An entry as the rules need it.
    struct Entry: Sendable {
        var label: GazetteerLabel
        var canonical: String?
        var source: String
        var wordCount: Int
        /// `ambiguous=1`: the name is also an ordinary word.
        var isAmbiguous: Bool
        /// `pop`, for cities: the largest wins among places of the same name.
        var population: Int
    }

    let vocabulary: ByteStringTable
    /// Flags per word ID.
    let flags: [TokenFlags]
    /// Trie edges: `node << 32 | word` to the child node; node 0 is the root.
    let edges: EdgeTable
    /// Per node, the range of ``nodeEntryIndices`` ending a name there.
    let nodeEntries: [Range<Int32>]
    let nodeEntryIndices: [Int32]
    let entries: [Entry]
    /// Surname endings (normalized UTF-8) and whether each is a strong sign.
    let surnameSuffixes: [(bytes: [UInt8], isStrong: Bool)]
    /// The normalizer names and texts both go through.
    let normalizer: ArabicNormalizer

    static let profile = NormalizationProfile.ner

    /// The child of `node` along `word`, if any.
    @inline(__always)
    func child(of node: Int32, word: Int32) -> Int32? {
        edges.value(for: UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word)))
    }

    /// The entries whose names end at `node`.
    func entries(at node: Int32) -> ArraySlice<Int32> {
        let range = nodeEntries[Int(node)]
        return nodeEntryIndices[Int(range.lowerBound)..<Int(range.upperBound)]
    }

    /// Whether word `id` has any of `flags`.
    @inline(__always)
    func word(_ id: Int32, has flags: TokenFlags) -> Bool {
        id >= 0 && !self.flags[Int(id)].isDisjoint(with: flags)
    }

    /// Compiles `gazetteer`: normalizes every name in one pass, applies
    /// overrides and removals in order, and builds the trie.
    init(_ gazetteer: Gazetteer) {
        let normalizer = ArabicNormalizer(profile: Self.profile)
        self.normalizer = normalizer
        let tokenizer = Tokenizer()

        // One normalization pass and one tokenizer pass over all names, one
        // per line: far cheaper than a call per name, and exact since a line
        // break is a normalization boundary and ends every token.
        let names = gazetteer.entries.map(\.name) + gazetteer.removals.map(\.name)
        let normalized = Array(
            normalizer.normalize(
                names.map { $0.utf8.contains(0x0A) ? $0.replacing("\n", with: " ") : $0 }.joined(separator: "\n")
            ).utf8)
        var lineWords = [[Range<Int>]](repeating: [], count: names.count)
        normalized.withUnsafeBufferPointer { buffer in
            var line = 0
            var lineEnd = buffer.firstIndex(of: 0x0A) ?? buffer.count
            tokenizer.forEachToken(inUTF8: buffer) { token in
                while token.utf8Range.lowerBound > lineEnd {
                    line += 1
                    lineEnd = buffer[(lineEnd + 1)...].firstIndex(of: 0x0A) ?? buffer.count
                }
                lineWords[line].append(token.utf8Range)
            }
        }
        let entryCount = gazetteer.entries.count

        // Overrides and removals, in the order they were made. A name's key is
        // its normalized words joined by single spaces.
        struct Key: Hashable {
            var words: [UInt8]
            var label: GazetteerLabel
        }
        func key(line: Int, label: GazetteerLabel) -> Key {
            var words: [UInt8] = []
            for range in lineWords[line] {
                if !words.isEmpty { words.append(0x20) }
                words += normalized[range]
            }
            return Key(words: words, label: label)
        }
        var latest: [Key: Int] = [:]
        var order: [Key] = []
        let removalsByPosition = Dictionary(grouping: gazetteer.removals.indices) { gazetteer.removals[$0].entryCount }
        for index in 0...entryCount {
            for removal in removalsByPosition[index] ?? [] {
                if let label = gazetteer.removals[removal].label {
                    latest[key(line: entryCount + removal, label: label)] = nil
                }
            }
            guard index < entryCount, !lineWords[index].isEmpty else { continue }
            let entryKey = key(line: index, label: gazetteer.entries[index].label)
            if latest.updateValue(index, forKey: entryKey) == nil { order.append(entryKey) }
        }

        var vocabulary = ByteStringTable(capacity: entryCount * 2)
        var flags: [TokenFlags] = []
        var edges = EdgeTable(capacity: entryCount * 2)
        var nodeCount: Int32 = 1
        var entriesAtNode: [Int32: [Int32]] = [:]
        var entries: [Entry] = []
        var suffixes: [(bytes: [UInt8], isStrong: Bool)] = []

        func wordID(_ word: [UInt8]) -> Int32 {
            let id = vocabulary.insert(word)
            if Int(id) == flags.count { flags.append([]) }
            return id
        }

        for key in order {
            guard let index = latest[key] else { continue }  // removed
            let entry = gazetteer.entries[index]
            if case .cue(.surnameSuffix) = entry.label {
                suffixes.append((key.words, entry.attribute("strength") != "weak"))
                continue
            }
            let ids = lineWords[index].map { wordID(Array(normalized[$0])) }
            switch entry.label {
            case .cue(let cue) where ids.count == 1:
                flags[Int(ids[0])].formUnion(TokenFlags(cue: cue, entry: entry))
            case .entity(let type):
                let part: TokenFlags =
                    type == .person ? .personNamePart
                    : [.country, .city, .region].contains(type) ? .placeNamePart : .otherNamePart
                for id in ids { flags[Int(id)].formUnion(part) }
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
            entriesAtNode[node, default: []].append(Int32(entries.count))
            entries.append(
                Entry(
                    label: entry.label, canonical: entry.canonical, source: entry.source, wordCount: ids.count,
                    isAmbiguous: entry.isAmbiguous, population: entry.attribute("pop").flatMap { Int($0) } ?? 0))
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

        var nodeEntries = [Range<Int32>](repeating: 0..<0, count: Int(nodeCount))
        var nodeEntryIndices: [Int32] = []
        for node in entriesAtNode.keys.sorted() {
            let start = Int32(nodeEntryIndices.count)
            nodeEntryIndices += entriesAtNode[node]!
            nodeEntries[Int(node)] = start..<Int32(nodeEntryIndices.count)
        }
        self.vocabulary = vocabulary
        self.flags = flags
        self.edges = edges
        self.nodeEntries = nodeEntries
        self.nodeEntryIndices = nodeEntryIndices
        self.entries = entries
        self.surnameSuffixes = suffixes.sorted { $0.bytes.count > $1.bytes.count }
    }
}
