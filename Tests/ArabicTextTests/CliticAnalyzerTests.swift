import Testing

@testable import ArabicText

@Suite struct CliticAnalyzerTests {
    let analyzer = CliticAnalyzer()
    let keepingArticle = CliticAnalyzer(splitsArticle: false, splitsEnclitics: false)

    @Test func theWholeWordComesFirst() {
        for word in ["بكين", "بريطانيا", "لبنان", "فرنسا", "كندا", "وارسو"] {
            #expect(analyzer.analyses(of: word).first?.stem == word)
            #expect(analyzer.analyses(of: word).first?.split.isWholeWord == true)
        }
    }

    @Test func prepositionsAndConjunctionsSplitOff() {
        let stems = keepingArticle.analyses(of: "وبالكويت").map(\.stem)
        #expect(stems == ["وبالكويت", "بالكويت", "الكويت"])
        #expect(keepingArticle.analyses(of: "لأذربيجان").map(\.stem) == ["لأذربيجان", "أذربيجان"])
        #expect(keepingArticle.analyses(of: "وروسيا").map(\.stem) == ["وروسيا", "روسيا"])
        #expect(keepingArticle.analyses(of: "فبموسكو").map(\.stem) == ["فبموسكو", "بموسكو", "موسكو"])
    }

    @Test func lamBeforeTheArticleRestoresItsAlef() {
        let analyses = keepingArticle.analyses(of: "للكويت")
        // ل + لكويت is a candidate too (as ل + لحم is): the lexicon decides.
        #expect(analyses.map(\.stem) == ["للكويت", "لكويت", "الكويت"])
        let split = analyses[2].split
        #expect(split.proclitics == [.li])
        #expect(split.restoresArticleAlef)
        // The stem's range starts at the article's lam: "لكويت" of "للكويت".
        #expect(split.stemRange == 2..<12)
        #expect(keepingArticle.analyses(of: "وللعراق").map(\.stem).contains("العراق"))
    }

    @Test func theArticleSplitsWhenAsked() {
        #expect(analyzer.analyses(of: "بالكويت").map(\.stem).contains("كويت"))
        #expect(analyzer.analyses(of: "للكويت").map(\.stem) == ["للكويت", "لكويت", "كويت"])
        let split = analyzer.analyses(of: "للكويت").last!.split
        #expect(split.proclitics == [.li, .article])
    }

    @Test func encliticsSplitOffAndNeverFollowTheArticle() {
        let stems = analyzer.analyses(of: "كتابهم").map(\.stem)
        #expect(stems.contains("كتاب"))
        #expect(analyzer.analyses(of: "وكتابها").map(\.split.enclitic?.rawValue).contains("ها"))
        // An article and a possessive suffix do not combine: "الكتابه" never yields "كتاب" + ه.
        #expect(!analyzer.analyses(of: "الكتابه").contains { $0.split.proclitics.contains(.article) && $0.split.enclitic != nil })
    }

    @Test func stemsKeepAMinimumLength() {
        #expect(analyzer.analyses(of: "بي").map(\.stem) == ["بي"])
        #expect(analyzer.analyses(of: "وله").allSatisfy { $0.stem.unicodeScalars.count >= 2 })
    }

    @Test func theFutureMarkerSplitsOnlyBeforeAnImperfectPrefix() {
        #expect(analyzer.analyses(of: "سيقول").map(\.stem).contains("يقول"))
        #expect(!analyzer.analyses(of: "سوريا").map(\.stem).contains("وريا"))
        // The four imperfect prefixes ي ت ن ا (أ after normalization), and the conjunctions before س.
        for (word, stem) in [("ستكون", "تكون"), ("سنعود", "نعود"), ("ساعود", "اعود"), ("وسيقول", "يقول"), ("فستكون", "تكون")] {
            #expect(analyzer.analyses(of: word).map(\.stem).contains(stem), "\(word)")
        }
        for (word, stem) in [("سلام", "لام"), ("سمير", "مير"), ("وسلام", "لام")] {
            #expect(!analyzer.analyses(of: word).map(\.stem).contains(stem), "\(word)")
        }
    }

    @Test func stemRangesPointIntoTheAnalyzedText() {
        var text = "قال إن وبالكويت"
        let wordStart = "قال إن ".utf8.count
        text.withUTF8 { buffer in
            let word = wordStart..<buffer.count  // "وبالكويت"
            var stems: [String] = []
            keepingArticle.forEachSplit(ofWordAt: word, in: buffer) { split in
                stems.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[split.stemRange]), as: UTF8.self))
                return true
            }
            #expect(stems == ["وبالكويت", "بالكويت", "الكويت"])
        }
    }

    @Test func forEachSplitStopsWhenAsked() {
        var text = "وبالكويت"
        var count = 0
        text.withUTF8 { buffer in
            analyzer.forEachSplit(ofWordAt: 0..<buffer.count, in: buffer) { _ in
                count += 1
                return count < 2
            }
        }
        #expect(count == 2)
    }
}
