import Testing

@testable import EntityRules

/// What the phrase matcher reads instead of the trie itself: each word's
/// first step and whether it continues a phrase, and the bits of the nodes
/// where a name ends. Each must agree with the trie's edges and entries, for
/// a compiled lexicon and for one loaded from a snapshot.
@Suite struct LexiconTrieTests {
    static func lexicons() throws -> [Lexicon] {
        let compiled = Lexicon(TestLexicon.gazetteer())
        let bytes = compiled.snapshot(fingerprint: 7)
        let loaded = try #require(bytes.withUnsafeBytes { Lexicon(snapshot: $0, fingerprint: 7) })
        return [compiled, loaded]
    }

    @Test func wordEntriesAgreeWithTheEdges() throws {
        for lexicon in try Self.lexicons() {
            var rootChildren: [Int32: Int32] = [:]
            var continuing: Set<Int32> = []
            lexicon.edges.forEach { key, value in
                let word = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
                if key >> 32 == 0 { rootChildren[word] = value } else { continuing.insert(word) }
            }
            #expect(!continuing.isEmpty)
            #expect(lexicon.words.count == lexicon.vocabulary.count)
            for id in lexicon.words.indices {
                let entry = lexicon.words[id]
                #expect(entry.rootChild == rootChildren[Int32(id)])
                #expect(lexicon.child(of: 0, word: Int32(id)) == rootChildren[Int32(id)])
                #expect(entry.continuesPhrase == continuing.contains(Int32(id)))
            }
        }
    }

    @Test func theVocabularyKeepsEachWordsEntry() throws {
        for lexicon in try Self.lexicons() {
            for id in lexicon.words.indices {
                let key = try #require(lexicon.vocabulary.key(of: Int32(id)))
                let found = try #require(key.withUnsafeBufferPointer { lexicon.entry(of: $0) })
                #expect(found.id == Int32(id))
                #expect(found.entry.rawValue == lexicon.words[id].rawValue)
                #expect(Lexicon.WordEntry(rawValue: found.entry.rawValue).rawValue == found.entry.rawValue)
            }
        }
    }

    @Test func aNodesChildMaskLetsThroughEveryEdge() throws {
        for lexicon in try Self.lexicons() {
            #expect(lexicon.childMasks.count == lexicon.nodeEntries.count)
            var edges = 0
            lexicon.edges.forEach { key, value in
                let node = Int32(truncatingIfNeeded: key >> 32)
                let word = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
                #expect(lexicon.mayHaveChild(node, word: word))
                #expect(lexicon.child(of: node, word: word) == value)
                edges += 1
            }
            // Most pairs of a node and a word have no edge, and most are told by the mask.
            var ruledOut = 0
            var pairs = 0
            for node in 1..<Int32(lexicon.nodeEntries.count) {
                for word in 0..<Int32(lexicon.words.count) {
                    pairs += 1
                    if !lexicon.mayHaveChild(node, word: word) {
                        ruledOut += 1
                        #expect(lexicon.child(of: node, word: word) == nil)
                    }
                }
            }
            #expect(edges > 0 && ruledOut > pairs / 2)
        }
    }

    @Test func nameEndsAgreeWithTheEntries() throws {
        for lexicon in try Self.lexicons() {
            var ends = 0
            for node in lexicon.nodeEntries.indices {
                #expect(lexicon.endsName(Int32(node)) == !lexicon.entries(at: Int32(node)).isEmpty)
                if lexicon.endsName(Int32(node)) { ends += 1 }
            }
            #expect(ends > 0 && ends < lexicon.nodeEntries.count)
        }
    }

    @Test("a word entry keeps its flags, its first step and its continuation bit", arguments: [
        (nil, false), (nil, true), (1, false), (1, true), (Int32.max, false), (Int32.max, true),
    ] as [(Int32?, Bool)])
    func wordEntryPacking(rootChild: Int32?, continuesPhrase: Bool) {
        let flags: TokenFlags = [.title, .frequent, .personNamePart]
        let entry = Lexicon.WordEntry(flags: flags, rootChild: rootChild, continuesPhrase: continuesPhrase)
        #expect(entry.flags == flags)
        #expect(entry.rootChild == rootChild)
        #expect(entry.continuesPhrase == continuesPhrase)
        let copy = Lexicon.WordEntry(rawValue: entry.rawValue)
        #expect(copy.flags == flags && copy.rootChild == rootChild && copy.continuesPhrase == continuesPhrase)
    }

    @Test func eachWordsMatchesAndCuePhrasesAreThoseThatStartThere() {
        let document = WordShapeTests.document(
            "قال وزير الخارجية الروسي إن جمهورية إيران الإسلامية وروسيا الاتحادية. السيد عبد الله بن علي في تل أبيب وباكو")
        #expect(document.matchStarts.count == document.words.count + 1)
        #expect(document.cuePhraseStarts.count == document.words.count + 1)
        #expect(document.matches.count > 5 && !document.cuePhrases.isEmpty)
        var seen = 0
        for index in document.words.indices {
            let here = document.matches(at: index)
            #expect(here.allSatisfy { $0.start == index })
            seen += here.count
            let phrases = document.cuePhrases(at: index)
            let expected = document.matches.filter { $0.start == index && $0.end - $0.start > 1 }.flatMap { match in
                document.entries(of: match).compactMap { entry -> Cue? in
                    if case .cue(let cue) = entry.label { return cue } else { return nil }
                }
            }
            #expect(phrases.map(\.cue) == expected)
        }
        #expect(seen == document.matches.count)
    }

    @Test func phrasesAreFoundThroughEveryStep() {
        // Three words, two, and one, whole and behind a proclitic; a phrase is
        // cut by a sentence end and by a word that continues no phrase.
        let recognizer = TestLexicon.recognizer
        #expect(recognizer.found("زار جمهورية إيران الإسلامية أمس").map(\.text) == ["جمهورية إيران الإسلامية"])
        #expect(recognizer.found("وصل إلى الإمارات العربية المتحدة").map(\.canonical) == ["AE"])
        #expect(recognizer.found("غادر وروسيا الاتحادية").map(\.text) == ["روسيا الاتحادية"])
        #expect(recognizer.found("مدينة تل أبيب").map(\.text) == ["تل أبيب"])
        #expect(recognizer.found("قصف تل. أبيب").map(\.text) == [])
        #expect(recognizer.found("روسيا كبير الاتحادية").map(\.text) == ["روسيا"])
    }
}
