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
        var attributes: [String: String]
        var source: String
        var wordCount: Int
        var isAmbiguous: Bool { attributes["ambiguous"] == "1" }
        var population: Int { attributes["pop"].flatMap { Int($0) } ?? 0 }
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

        // One normalization pass over all names, one per line: far cheaper
        // than a call per name, and exact since a line break is a boundary.
        let names = gazetteer.entries.map(\.name) + gazetteer.removals.map(\.name)
        let normalizedLines = normalizer.normalize(
            names.map { $0.replacing("\n", with: " ") }.joined(separator: "\n")
        ).split(separator: "\n", omittingEmptySubsequences: false)
        func words(_ line: Substring) -> [[UInt8]] {
            let text = String(line)
            let bytes = Array(text.utf8)
            return tokenizer.tokenize(text).map { Array(bytes[$0.utf8Range]) }
        }
        let entryCount = gazetteer.entries.count

        // Overrides and removals, in the order they were made.
        struct Key: Hashable {
            var words: [[UInt8]]
            var label: GazetteerLabel
        }
        var latest: [Key: Int] = [:]
        var order: [Key] = []
        let removalsByPosition = Dictionary(grouping: gazetteer.removals.indices) { gazetteer.removals[$0].entryCount }
        var entryWords: [[[UInt8]]] = []
        entryWords.reserveCapacity(entryCount)
        for index in 0...entryCount {
            for removal in removalsByPosition[index] ?? [] {
                let removedWords = words(normalizedLines[entryCount + removal])
                if let label = gazetteer.removals[removal].label {
                    latest[Key(words: removedWords, label: label)] = nil
                }
            }
            guard index < entryCount else { break }
            let nameWords = words(normalizedLines[index])
            entryWords.append(nameWords)
            guard !nameWords.isEmpty else { continue }
            let key = Key(words: nameWords, label: gazetteer.entries[index].label)
            if latest.updateValue(index, forKey: key) == nil { order.append(key) }
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
                suffixes.append((Array(key.words.joined(separator: [0x20])), entry.attributes["strength"] != "weak"))
                continue
            }
            let ids = key.words.map(wordID)
            switch entry.label {
            case .cue(let cue) where ids.count == 1:
                flags[Int(ids[0])].formUnion(TokenFlags(cue: cue, attributes: entry.attributes))
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
                    label: entry.label, canonical: entry.canonical, attributes: entry.attributes, source: entry.source,
                    wordCount: ids.count))
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
