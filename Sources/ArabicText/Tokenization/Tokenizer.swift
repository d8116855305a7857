/// Splits text into words, numbers, punctuation and symbols, with the UTF-8
/// range of each.
///
/// ```swift
/// let text = "زار الرئيسُ باكو في 12 أيار، 2024."
/// for token in Tokenizer().tokenize(text) {
///     print(token.kind, token.text(in: text))
/// }
/// // arabic زار · arabic الرئيسُ · arabic باكو · arabic في · number 12
/// // arabic أيار · punctuation ، · number 2024 · punctuation .
/// ```
///
/// Arabic-aware: diacritics, tatweel, ZWNJ and ZWJ stay inside the word they
/// belong to; invisible bidi marks around a word are not part of it; Arabic
/// punctuation (، ؛ ؟ ٪) is punctuation and Arabic-Indic digits are numbers.
/// A word ends where the script changes (`الـCNN` gives `الـ` and `CNN`).
///
/// The tokenizer reads UTF-8 bytes with one table lookup per scalar.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {
        _ = ScalarClass.table  // build the table now rather than on the first token
    }

    /// The tokens of `text`, in order.
    public func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var text = text
        text.withUTF8 { buffer in
            forEachToken(inUTF8: buffer) { tokens.append($0) }
        }
        return tokens
    }

    /// Calls `body` with each token of `buffer` (valid UTF-8), in order.
    public func forEachToken(
        inUTF8 buffer: UnsafeBufferPointer<UInt8>, _ body: (Token) throws -> Void
    ) rethrows {
        var cursor = ScalarCursor(buffer)
        let classes = ScalarClass.table
        var current: TokenKind? = nil
        var start = 0
        // End of the current token's last visible scalar: trailing ignorables are not part of it.
        var end = 0

        func close() throws {
            if let kind = current { try body(Token(kind: kind, utf8Range: start..<end)) }
            current = nil
        }

        while let (value, position, next) = cursor.next() {
            let scalarClass = ScalarClass.of(value, in: classes)
            switch scalarClass {
            case .space:
                try close()
            case .ignorable:
                continue
            case .joiner, .mark:
                // Inside a word (or an emoji sequence) they extend it; elsewhere
                // a joiner is a symbol, a mark starts a symbol token.
                if current?.isWord == true || current == .symbol {
                    end = next
                } else {
                    try close()
                    current = value == 0x0640 ? .arabicWord : .symbol
                    start = position
                    end = next
                }
            case .arabicLetter, .latinLetter, .otherLetter:
                let kind: TokenKind =
                    scalarClass == .arabicLetter ? .arabicWord : scalarClass == .latinLetter ? .latinWord : .otherWord
                if current != kind {
                    try close()
                    current = kind
                    start = position
                }
                end = next
                if kind == .arabicWord {
                    // The rest of an Arabic word in one tight loop: the letters,
                    // marks and tatweel that only extend it, without this switch's
                    // indirect jump per letter (which the processor mispredicts
                    // as letters and spaces alternate).
                    end = cursor.skipWordBody(classes: classes) ?? end
                }
            case .digit:
                if current == .number || current == .latinWord {
                    end = next
                } else {
                    try close()
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
                    try close()
                    try body(Token(kind: .punctuation, utf8Range: position..<next))
                }
            case .punctuation:
                try close()
                try body(Token(kind: .punctuation, utf8Range: position..<next))
            case .symbol:
                if current != .symbol {
                    try close()
                    current = .symbol
                    start = position
                }
                end = next
            }
        }
        try close()
    }
}

/// Walks valid UTF-8 one scalar at a time, without building `Character`s.
struct ScalarCursor {
    let buffer: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    /// The next scalar's value, its start and its end; nil at the end.
    @inline(__always)
    mutating func next() -> (value: UInt32, start: Int, end: Int)? {
        guard position < buffer.count else { return nil }
        let start = position
        let value = UTF8Decoding.decode(buffer.baseAddress!, at: &position)
        return (value, start, position)
    }

    /// Moves past the two-byte scalars ahead (U+0080–U+07FF, which hold
    /// the Arabic block) of class arabic letter, mark or joiner: inside an
    /// Arabic word each of them does nothing but extend it. Returns the end
    /// of the last one, nil if there was none.
    @inline(__always)
    mutating func skipWordBody(classes: UnsafePointer<ScalarClass>) -> Int? {
        let base = buffer.baseAddress!
        var skipped: Int? = nil
        while position &+ 1 < buffer.count {
            let lead = base[position]
            guard lead >= 0xC2, lead < 0xE0 else { break }
            let value = UInt32(lead & 0x1F) << 6 | UInt32(base[position &+ 1] & 0x3F)
            switch classes[Int(value)] {
            case .arabicLetter, .mark, .joiner:
                position &+= 2
                skipped = position
            default:
                return skipped
            }
        }
        return skipped
    }

    /// The value of the next scalar, without moving.
    func peekValue() -> UInt32? {
        guard position < buffer.count else { return nil }
        var copy = position
        return UTF8Decoding.decode(buffer.baseAddress!, at: &copy)
    }
}
