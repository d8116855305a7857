/// What a ``Token`` is made of.
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Arabic-script letters, with any marks, tatweel and joiners inside.
    case arabicWord
    /// Latin-script letters, with any marks, and digits that follow letters (`G20`).
    case latinWord
    /// Letters of any other script (Hebrew, Cyrillic, Han ...).
    case otherWord
    /// Digits of any script, with `.` `,` `٫` `٬` between digits (`3.5`, `١٬٠٠٠`).
    case number
    /// One punctuation character (`،` `؛` `؟` `.` `"` ...).
    case punctuation
    /// Symbols, emoji and anything else that is neither white space nor invisible.
    case symbol

    /// The name used in JSON output: `arabic`, `latin`, `other`, `number`, `punctuation`, `symbol`.
    public var description: String {
        switch self {
        case .arabicWord: "arabic"
        case .latinWord: "latin"
        case .otherWord: "other"
        case .number: "number"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        }
    }

    /// Whether the token is a word of any script.
    public var isWord: Bool { self == .arabicWord || self == .latinWord || self == .otherWord }
}

/// A token: its kind and where it is, as UTF-8 offsets into the tokenized text.
public struct Token: Sendable, Hashable {
    /// What the token is made of.
    public var kind: TokenKind
    /// The token's UTF-8 offsets in the text it came from.
    public var utf8Range: Range<Int>

    /// Creates a token.
    public init(kind: TokenKind, utf8Range: Range<Int>) {
        self.kind = kind
        self.utf8Range = utf8Range
    }

    /// The token's range of indices in `text`, the string it was found in.
    public func range(in text: String) -> Range<String.Index> {
        text.indexRange(utf8Offsets: utf8Range)
    }

    /// The token's text, taken from `text`, the string it was found in.
    public func text(in text: String) -> Substring {
        text[range(in: text)]
    }
}
