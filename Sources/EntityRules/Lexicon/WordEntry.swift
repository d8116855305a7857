extension Lexicon {
    /// What the lexicon knows of one word ID, kept together because the
    /// recognizer reads it all for every known word of a text: the rules'
    /// flags and the word's place in the trie. One eight-byte entry is one
    /// cache line to fetch where separate arrays would be two.
    struct WordEntry: Sendable {
        /// The word's flags.
        var flags: TokenFlags
        /// Bits 0-30: the root's child along the word, 0 for none (the root is
        /// no node's child). Bit 31: the word labels an edge below the root, so
        /// it may continue a phrase; a word without it ends every phrase
        /// lookup without a probe of ``Lexicon/edges``.
        private var trie: UInt32

        /// An entry with `flags`, the root's child `rootChild` (nil for none),
        /// and whether the word continues a phrase somewhere in the trie.
        init(flags: TokenFlags, rootChild: Int32?, continuesPhrase: Bool) {
            precondition((rootChild ?? 1) > 0, "the root's child is a node other than the root")
            self.flags = flags
            self.trie = UInt32(rootChild ?? 0) | (continuesPhrase ? 0x8000_0000 : 0)
        }

        /// The root's child along the word: the first step of every phrase that begins with it.
        @inline(__always)
        var rootChild: Int32? {
            let node = Int32(bitPattern: trie & 0x7FFF_FFFF)
            return node == 0 ? nil : node
        }

        /// Whether the word labels an edge below the root: whether it may be a
        /// phrase's second word or a later one.
        @inline(__always)
        var continuesPhrase: Bool { trie & 0x8000_0000 != 0 }

        /// The entry as eight bytes, to keep beside the word in the
        /// vocabulary (``ByteStringTable/setValue(_:for:)``).
        var rawValue: UInt64 { UInt64(flags.rawValue) | UInt64(trie) << 32 }

        /// The entry of `rawValue`.
        @inline(__always)
        init(rawValue: UInt64) {
            self.flags = TokenFlags(rawValue: UInt32(truncatingIfNeeded: rawValue))
            self.trie = UInt32(truncatingIfNeeded: rawValue >> 32)
        }
    }

    /// The ID of `word` and its entry, read together from the vocabulary
    /// (one memory access fewer than the ID and then ``words``).
    @inline(__always)
    func entry(of word: UnsafeBufferPointer<UInt8>) -> (id: Int32, entry: WordEntry)? {
        vocabulary.entry(of: word).map { ($0.id, WordEntry(rawValue: $0.value)) }
    }

    /// The ID and entry of `prefix` followed by `word`, if the vocabulary has it.
    func entry(prefix: [UInt8], _ word: UnsafeBufferPointer<UInt8>) -> (id: Int32, entry: WordEntry)? {
        vocabulary.entry(prefix: prefix, word).map { ($0.id, WordEntry(rawValue: $0.value)) }
    }

    /// `vocabulary` with each word's entry of `words` kept beside it.
    static func vocabulary(_ vocabulary: ByteStringTable, withEntries words: [WordEntry]) -> ByteStringTable {
        var vocabulary = vocabulary
        vocabulary.setValues(words.map(\.rawValue))
        return vocabulary
    }

    /// The ``WordEntry`` of each of `flags.count` word IDs, from the trie's `edges`.
    static func wordEntries(flags: [TokenFlags], edges: EdgeTable) -> [WordEntry] {
        var rootChildren = [Int32](repeating: 0, count: flags.count)
        var continues = [Bool](repeating: false, count: flags.count)
        edges.forEach { key, value in
            let word = Int(key & 0xFFFF_FFFF)
            guard word < flags.count else { return }
            if key >> 32 == 0 { rootChildren[word] = value } else { continues[word] = true }
        }
        return flags.indices.map { id in
            WordEntry(flags: flags[id], rootChild: rootChildren[id] == 0 ? nil : rootChildren[id], continuesPhrase: continues[id])
        }
    }

    /// One bit per node, set where a name ends: the matcher asks at every
    /// step, and a few kilobytes of bits stay in cache where ``nodeEntries``
    /// would not.
    static func nameEnds(_ nodeEntries: [Range<Int32>]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: (nodeEntries.count + 63) / 64)
        for (node, entries) in nodeEntries.enumerated() where !entries.isEmpty {
            bits[node >> 6] |= 1 << UInt64(node & 63)
        }
        return bits
    }
}
