import ArabicText
import TestSupport
import Testing

@testable import EntityRules

/// The byte-level word tests the rules run on most words: each checked
/// against a plain reading of what it means, on random words over the
/// letters the tests look for.
@Suite struct WordShapeTests {
    static let letters = ["ا", "ل", "و", "ف", "ب", "ك", "م", "ي", "ه", "ن", "أ"]

    static func randomWords(count: Int, seed: UInt64) -> [String] {
        var random = TestRandom(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...7, using: &random)).map { _ in letters.randomElement(using: &random)! }.joined()
        }
    }

    /// `Document.article(_:)` as first written, with byte arrays.
    static func referenceArticle(_ word: ArraySlice<UInt8>) -> Document.ArticlePosition {
        let alefLam: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84]
        guard word.count > 6 else { return word.count > 4 && word.starts(with: alefLam) ? .atStart : .none }
        if word.starts(with: alefLam) { return .atStart }
        let afterOne = word.dropFirst(2)
        let afterTwo = word.dropFirst(4)
        let lam: [UInt8] = [0xD9, 0x84]
        let proclitics: [[UInt8]] = ["و", "ف", "ب", "ك"].map { Array($0.utf8) }
        if proclitics.contains(where: { word.starts(with: $0) }) {
            if afterOne.starts(with: alefLam) { return .afterProclitic }
            if afterOne.starts(with: lam + lam) { return .afterProclitic }
            if proclitics.contains(where: { afterOne.starts(with: $0) }) && afterTwo.starts(with: alefLam) {
                return .afterProclitic
            }
        }
        if word.starts(with: lam + lam) { return .afterProclitic }
        return .none
    }

    static func document(_ text: String) -> Document {
        Document(
            text, lexicon: TestLexicon.recognizer.lexicon, tokenizer: Tokenizer(),
            analyzer: CliticAnalyzer(splitsArticle: false, splitsEnclitics: true))
    }

    @Test func articleAgreesWithTheReading() {
        let words = Self.randomWords(count: 3000, seed: 5) + ["الكويت", "بالكويت", "وبالكويت", "للكويت", "ولل", "وللكويت", "ال", "الي"]
        let document = Self.document(words.joined(separator: " "))
        #expect(document.words.count == words.count)
        var positions: Set<String> = []
        for index in document.words.indices {
            let expected = Self.referenceArticle(document.bytes[document.words[index].range])
            #expect(document.article(index) == expected, "\(words[index])")
            positions.insert("\(expected)")
        }
        #expect(positions.count == 3)
    }

    @Test("an ending filter lets through every word that ends with one of its strings", arguments: [1, 4, 6])
    func endingFilter(minimumLength: Int) {
        var random = TestRandom(seed: 6)
        let words = Self.randomWords(count: 2000, seed: 7).map { Array($0.utf8) }
        for round in 0..<60 {
            // Whole words, or their endings, some shorter than four bytes.
            let strings = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                Array(words.randomElement(using: &random)!.suffix(Int.random(in: minimumLength...14, using: &random)))
            }.filter { !$0.isEmpty }
            var filter = EndingFilter()
            for string in strings { filter.insert(string) }
            var passed = 0
            for word in words + strings.map({ Array("وب".utf8) + $0 }) {
                let endsInOne = strings.contains { word.count >= $0.count && word.suffix($0.count).elementsEqual($0) }
                let mayEnd = word.withUnsafeBufferPointer { filter.mayEnd($0) }
                #expect(!endsInOne || mayEnd, "round \(round)")
                if word.count < strings.map(\.count).min()! { #expect(!mayEnd) }
                if mayEnd { passed += 1 }
            }
            // It rules words out, unless a string is too short to test.
            if strings.allSatisfy({ $0.count >= 4 }) { #expect(passed < words.count) }
        }
        #expect([UInt8]().withUnsafeBufferPointer { EndingFilter().mayEnd($0) } == false)
    }

    @Test func surnameEndingsAgreeWithAComparisonWithEachSuffix() {
        // The bundled suffixes, on random words and on words built to end with them.
        let document = Self.bundledDocument()
        let lexicon = document.lexicon
        #expect(!lexicon.surnameSuffixes.isEmpty)
        var found = 0
        for index in document.words.indices {
            let word = document.bytes[document.words[index].range]
            for strongOnly in [false, true] {
                let expected =
                    document.words[index].isArabic
                    && lexicon.surnameSuffixes.contains { suffix in
                        (!strongOnly || suffix.isStrong) && word.count >= suffix.bytes.count + 4
                            && word.suffix(suffix.bytes.count).elementsEqual(suffix.bytes)
                    }
                #expect(document.hasSurnameEnding(index, strongOnly: strongOnly) == expected)
                if expected { found += 1 }
            }
        }
        #expect(found > 20)
    }

    static func bundledDocument() -> Document {
        let lexicon = EntityRecognizer().lexicon
        var random = TestRandom(seed: 12)
        let suffixes = lexicon.surnameSuffixes.map { String(decoding: $0.bytes, as: UTF8.self) }
        let words = randomWords(count: 3000, seed: 13).map { word in
            Bool.random(using: &random) ? word + suffixes.randomElement(using: &random)! : word
        }
        return Document(
            words.joined(separator: " "), lexicon: lexicon, tokenizer: Tokenizer(),
            analyzer: CliticAnalyzer(splitsArticle: false, splitsEnclitics: true))
    }

    @Test func propagationFindsLaterMentionsWithAndWithoutClitics() {
        let recognizer = TestLexicon.recognizer
        let found = recognizer.found("قال الرئيس جيهون بيراموف إن. وبيراموف وصل. وصل بيراموف. ولبيراموف. بيراموفي")
        #expect(found.map(\.text) == ["جيهون بيراموف", "بيراموف", "بيراموف", "بيراموف"], "\(found)")
        #expect(Set(found.map(\.canonical)) == ["جيهون بيراموف"])
    }
}
