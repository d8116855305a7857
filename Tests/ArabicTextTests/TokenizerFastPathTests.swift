import TestSupport
import Testing

@testable import ArabicText

/// The tokenizer reads the body of an Arabic word in a loop of its own; its
/// tokens must be exactly those of the general loop, which is kept here as
/// the reference, on random texts that mix Arabic letters with every
/// two-byte scalar class the fast loop must stop at.
@Suite struct TokenizerFastPathTests {
    /// `Tokenizer.forEachToken` as it was before the fast loop.
    static func referenceTokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var text = text
        text.withUTF8 { buffer in
            var cursor = ScalarCursor(buffer)
            let classes = ScalarClass.table
            var current: TokenKind? = nil
            var start = 0
            var end = 0
            func close() {
                if let kind = current { tokens.append(Token(kind: kind, utf8Range: start..<end)) }
                current = nil
            }
            while let (value, position, next) = cursor.next() {
                let scalarClass = ScalarClass.of(value, in: classes)
                switch scalarClass {
                case .space:
                    close()
                case .ignorable:
                    continue
                case .joiner, .mark:
                    if current?.isWord == true || current == .symbol {
                        end = next
                    } else {
                        close()
                        current = value == 0x0640 ? .arabicWord : .symbol
                        start = position
                        end = next
                    }
                case .arabicLetter, .latinLetter, .otherLetter:
                    let kind: TokenKind =
                        scalarClass == .arabicLetter ? .arabicWord : scalarClass == .latinLetter ? .latinWord : .otherWord
                    if current != kind {
                        close()
                        current = kind
                        start = position
                    }
                    end = next
                case .digit:
                    if current == .number || current == .latinWord {
                        end = next
                    } else {
                        close()
                        current = .number
                        start = position
                        end = next
                    }
                case .numberSeparator:
                    if current == .number, end == position, let following = cursor.peekValue(),
                        ScalarClass.of(following, in: classes) == .digit
                    {
                        end = next
                    } else {
                        close()
                        tokens.append(Token(kind: .punctuation, utf8Range: position..<next))
                    }
                case .punctuation:
                    close()
                    tokens.append(Token(kind: .punctuation, utf8Range: position..<next))
                case .symbol:
                    if current != .symbol {
                        close()
                        current = .symbol
                        start = position
                    }
                    end = next
                }
            }
            close()
        }
        return tokens
    }

    /// Arabic letters and marks, tatweel, joiners, and two-byte scalars of
    /// other classes: Arabic-Indic digits, the Arabic comma and decimal
    /// separator, a soft hyphen (ignorable), Latin, Greek and Hebrew
    /// letters, a combining accent, and symbols.
    static let pieces: [String] = [
        "ب", "ا", "ل", "ي", "ة", "ى", "ء", "\u{064E}", "\u{0651}", "\u{0670}", "\u{0640}", "\u{200C}", "\u{200D}",
        "\u{200F}", "١", "٢", "،", "٫", "؟", "\u{00AD}", "é", "a", "α", "ש", "\u{0301}", "©", "°", " ", "\n", ".", "3",
        "ۀ", "ڤ", "\u{06DD}", "\u{0600}", "😀",
    ]

    @Test func theFastLoopGivesTheSameTokens() {
        var random = TestRandom(seed: 11)
        let tokenizer = Tokenizer()
        for _ in 0..<3000 {
            let count = Int.random(in: 0...16, using: &random)
            // Mostly Arabic letters, so that words are long enough to take the fast loop.
            let text = (0..<count).map { _ in
                Int.random(in: 0..<3, using: &random) == 0
                    ? Self.pieces.randomElement(using: &random)! : Self.pieces[Int.random(in: 0..<4, using: &random)]
            }.joined()
            #expect(tokenizer.tokenize(text) == Self.referenceTokens(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func aWordBodyStopsAtTheFirstScalarThatIsNotALetterMarkOrJoiner() {
        let text = "بَيْتُـه١ ب\u{00AD}ت"
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            var cursor = ScalarCursor(UnsafeBufferPointer(buffer))
            cursor.position = 2  // after ب
            // Through the marks, teh, damma, tatweel and heh; not the digit.
            #expect(cursor.skipWordBody(classes: ScalarClass.table) == Array("بَيْتُـه".utf8).count)
            #expect(cursor.skipWordBody(classes: ScalarClass.table) == nil)
        }
        #expect(Tokenizer().tokenize(text) == Self.referenceTokens(text))
    }
}
