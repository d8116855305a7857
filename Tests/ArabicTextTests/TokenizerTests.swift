import Testing
import TestSupport

@testable import ArabicText

@Suite struct TokenizerTests {
    func tokens(_ text: String) -> [(TokenKind, String)] {
        Tokenizer().tokenize(text).map { ($0.kind, String($0.text(in: text))) }
    }

    @Test func arabicWordsNumbersAndPunctuation() {
        let result = tokens("زار الرئيسُ باكو في ١٢ أيار، 2024.")
        #expect(result.map(\.1) == ["زار", "الرئيسُ", "باكو", "في", "١٢", "أيار", "،", "2024", "."])
        #expect(result.map(\.0) == [
            .arabicWord, .arabicWord, .arabicWord, .arabicWord, .number, .arabicWord, .punctuation, .number,
            .punctuation,
        ])
    }

    @Test func marksTatweelAndJoinersStayInsideWords() {
        #expect(tokens("مُحَمَّدٌ").map(\.1) == ["مُحَمَّدٌ"])
        #expect(tokens("مـــرحبا").map(\.1) == ["مـــرحبا"])
        #expect(tokens("می\u{200C}خواهم").map(\.1) == ["می\u{200C}خواهم"])
    }

    @Test func invisibleBidiMarksAroundAWordAreNotPartOfIt() {
        let text = "\u{200E}المانيا\u{200F} \u{200E}امس"
        #expect(tokens(text).map(\.1) == ["المانيا", "امس"])
    }

    @Test func numbersKeepTheirSeparatorsOnlyBetweenDigits() {
        #expect(tokens("3.5 ١٬٠٠٠ ٣٫١٤ 10, 20.").map(\.1) == ["3.5", "١٬٠٠٠", "٣٫١٤", "10", ",", "20", "."])
        #expect(tokens("3.5 ١٬٠٠٠").allSatisfy { $0.0 == .number })
    }

    @Test func scriptChangesEndWords() {
        #expect(tokens("الـCNN").map(\.0) == [.arabicWord, .latinWord])
        #expect(tokens("G20 قمة").map(\.1) == ["G20", "قمة"])
        #expect(tokens("Привет שלום").map(\.0) == [.otherWord, .otherWord])
    }

    @Test func symbolsAndEmoji() {
        let result = tokens("رائع 👍🏽 + ok")
        #expect(result.map(\.1) == ["رائع", "👍🏽", "+", "ok"])
        #expect(result.map(\.0) == [.arabicWord, .symbol, .symbol, .latinWord])
    }

    @Test func arabicPunctuationIsPunctuation() {
        #expect(tokens("لماذا؟ نعم؛ «اقتباس»").map(\.0) == [
            .arabicWord, .punctuation, .arabicWord, .punctuation, .punctuation, .arabicWord, .punctuation,
        ])
    }

    @Test func rangesCoverTheTokensAndNothingElse() {
        var random = TestRandom(seed: 41)
        for _ in 0..<1000 {
            let text = ScalarPool.randomString(using: &random, maximumLength: 30)
            let found = Tokenizer().tokenize(text)
            var previousEnd = 0
            for token in found {
                #expect(token.utf8Range.lowerBound >= previousEnd)
                #expect(!token.utf8Range.isEmpty)
                previousEnd = token.utf8Range.upperBound
                // Tokens never start or end with white space.
                let tokenText = token.text(in: text)
                #expect(tokenText.first?.isWhitespace == false && tokenText.last?.isWhitespace == false)
            }
        }
    }
}
