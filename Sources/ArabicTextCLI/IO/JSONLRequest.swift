/// One input line of `entities --format jsonl`: a JSON object with a string
/// member `text` and, optionally, an `id` of any JSON type.
///
/// The line is checked against the JSON grammar (RFC 8259) in one pass over
/// its bytes, without building a tree: nested values of other members are
/// validated and skipped, with an explicit stack, so that no depth of
/// nesting can exhaust the call stack. Only `text` is decoded. The `id` is
/// kept as the bytes the line wrote, and written back unchanged, so that an
/// id comes back byte for byte (key order, digits of a number beyond 64
/// bits and all), the same in every process that reads the line. When a
/// member appears twice, the last one counts, as in JavaScript's
/// `JSON.parse` and Python's `json`.
struct JSONLRequest {
    /// The `id` value as the line wrote it; nil when the line has no `id`.
    var id: ArraySlice<UInt8>?
    /// The decoded `text`.
    var text: String

    /// Why a line is not a request.
    enum Failure: Error, Equatable {
        /// A string of the line is not valid UTF-8, which JSON requires.
        case invalidUTF8
        /// Not a JSON object, or one without a string `text`.
        case notARequest
        /// A `\\u` escape of `text` is half of a surrogate pair without the other half.
        case unpairedSurrogate

        /// What is wrong, for the error record.
        var message: String {
            switch self {
            case .invalidUTF8: "not valid UTF-8"
            case .notARequest: "expected a JSON object with a string \"text\""
            case .unpairedSurrogate: "a \\u escape in \"text\" is an unpaired surrogate"
            }
        }
    }

    /// Parses `line` (without its line break). A UTF-8 byte order mark at
    /// the start is skipped, as JSON decoders do.
    init(line: [UInt8]) throws(Failure) {
        let parsed = line.withUnsafeBufferPointer { buffer -> Result<(id: Range<Int>?, text: String), Failure> in
            var parser = Parser(bytes: buffer)
            return parser.request()
        }
        let (idRange, text) = try parsed.get()
        self.id = idRange.map { line[$0] }
        self.text = text
    }
}

/// A single-pass JSON scanner over one line's bytes.
private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// Set when a string holds ill-formed UTF-8.
    var foundInvalidUTF8 = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// The top-level object: the ranges of its `id` value and the decoded `text`.
    mutating func request() -> Result<(id: Range<Int>?, text: String), JSONLRequest.Failure> {
        var id: Range<Int>?
        var text: (content: Range<Int>, escaped: Bool)?
        var isRequest = false
        scan: do {
            skipSpace()
            guard take(0x7B) else { break scan }
            skipSpace()
            if !take(0x7D) {
                while true {
                    skipSpace()
                    guard let key = string() else { break scan }
                    skipSpace()
                    guard take(0x3A) else { break scan }
                    skipSpace()
                    let start = position
                    let isText = isKey(key, "text")
                    if isText, position < bytes.count, bytes[position] == 0x22 {
                        // Its UTF-8 is checked once, when it is decoded.
                        guard let value = string(checkingUTF8: false) else { break scan }
                        text = value
                    } else {
                        guard value() else { break scan }
                        if isText { text = nil }  // a later "text" that is not a string
                        if isKey(key, "id") { id = start..<position }
                    }
                    skipSpace()
                    if take(0x2C) { continue }
                    guard take(0x7D) else { break scan }
                    break
                }
            }
            skipSpace()
            isRequest = position == bytes.count
        }
        if foundInvalidUTF8 { return .failure(.invalidUTF8) }
        guard isRequest, let text else { return .failure(.notARequest) }
        return decode(text).map { (id, $0) }
    }

    // MARK: Grammar

    mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position &+= 1
            default: return
            }
        }
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position &+= 1
        return true
    }

    /// A string literal: the range of its content (inside the quotes) and
    /// whether it has escapes. Control characters must be escaped; escapes
    /// must be JSON's. Content that is not valid UTF-8 sets ``foundInvalidUTF8``
    /// when `checkingUTF8`.
    mutating func string(checkingUTF8: Bool = true) -> (content: Range<Int>, escaped: Bool)? {
        guard take(0x22) else { return nil }
        let start = position
        var escaped = false
        var nonASCII = false
        while position < bytes.count {
            let byte = bytes[position]
            position &+= 1
            switch byte {
            case 0x22:
                let content = start..<(position &- 1)
                if checkingUTF8, nonASCII, String(validating: UnsafeBufferPointer(rebasing: bytes[content]), as: UTF8.self) == nil {
                    foundInvalidUTF8 = true
                }
                return (content, escaped)
            case 0x5C:
                escaped = true
                guard position < bytes.count else { return nil }
                let escape = bytes[position]
                position &+= 1
                switch escape {
                case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: break  // " \ / b f n r t
                case 0x75:  // u, four hex digits
                    guard position &+ 4 <= bytes.count,
                        (0..<4).allSatisfy({ Self.hexValue(bytes[position &+ $0]) != nil })
                    else { return nil }
                    position &+= 4
                default: return nil
                }
            case ..<0x20: return nil
            case 0x80...: nonASCII = true
            default: break
            }
        }
        return nil
    }

    /// Any value. Containers are validated with an explicit stack of the
    /// brackets still open, so that nesting depth costs memory, not stack.
    mutating func value() -> Bool {
        var open: [UInt8] = []
        while true {
            // A value starts here.
            skipSpace()
            guard position < bytes.count else { return false }
            switch bytes[position] {
            case 0x22:
                guard string() != nil else { return false }
            case 0x7B, 0x5B:
                let bracket = bytes[position]
                position &+= 1
                skipSpace()
                if take(bracket &+ 2) { break }  // {} or []: } is { + 2, ] is [ + 2
                open.append(bracket)
                if bracket == 0x7B, !memberKey() { return false }
                continue
            case 0x2D, 0x30...0x39:
                guard number() else { return false }
            case 0x74: guard literal("true") else { return false }
            case 0x66: guard literal("false") else { return false }
            case 0x6E: guard literal("null") else { return false }
            default: return false
            }
            // The value is complete: close containers or go on to the next element.
            while let bracket = open.last {
                skipSpace()
                if take(0x2C) {
                    if bracket == 0x7B, !memberKey() { return false }
                    break
                }
                guard take(bracket &+ 2) else { return false }
                open.removeLast()
            }
            if open.isEmpty { return true }
        }
    }

    /// A member's key and its colon.
    private mutating func memberKey() -> Bool {
        skipSpace()
        guard string() != nil else { return false }
        skipSpace()
        return take(0x3A)
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func number() -> Bool {
        _ = take(0x2D)
        if take(0x30) {
        } else {
            guard digits() else { return false }
        }
        if take(0x2E), !digits() { return false }
        if take(0x65) || take(0x45) {
            if !take(0x2B) { _ = take(0x2D) }
            guard digits() else { return false }
        }
        return true
    }

    /// One or more decimal digits.
    private mutating func digits() -> Bool {
        let start = position
        while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position &+= 1 }
        return position > start
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position &+ count <= bytes.count,
            UnsafeBufferPointer(rebasing: bytes[position..<(position &+ count)])
                .elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: count))
        else { return false }
        position &+= count
        return true
    }

    private func isKey(_ key: (content: Range<Int>, escaped: Bool), _ name: StaticString) -> Bool {
        if key.escaped { return (try? decode(key).get()) == String(describing: name) }
        return UnsafeBufferPointer(rebasing: bytes[key.content])
            .elementsEqual(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    // MARK: Decoding

    /// The content of a string the scanner accepted.
    func decode(_ string: (content: Range<Int>, escaped: Bool)) -> Result<String, JSONLRequest.Failure> {
        let content = UnsafeBufferPointer(rebasing: bytes[string.content])
        guard string.escaped else {
            return String(validating: content, as: UTF8.self).map { .success($0) } ?? .failure(.invalidUTF8)
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(content.count)
        var index = 0
        while index < content.count {
            let byte = content[index]
            index &+= 1
            guard byte == 0x5C else {
                decoded.append(byte)
                continue
            }
            let escape = content[index]
            index &+= 1
            switch escape {
            case 0x62: decoded.append(0x08)
            case 0x66: decoded.append(0x0C)
            case 0x6E: decoded.append(0x0A)
            case 0x72: decoded.append(0x0D)
            case 0x74: decoded.append(0x09)
            case 0x75:
                var value = hex4(content, at: index)
                index &+= 4
                if (0xD800..<0xDC00).contains(value) {
                    // A high surrogate needs an escaped low one right after it.
                    guard index &+ 6 <= content.count, content[index] == 0x5C, content[index &+ 1] == 0x75,
                        case let low = hex4(content, at: index &+ 2), (0xDC00..<0xE000).contains(low)
                    else { return .failure(.unpairedSurrogate) }
                    index &+= 6
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(value) {
                    return .failure(.unpairedSurrogate)
                }
                UTF8.encode(Unicode.Scalar(value)!) { decoded.append($0) }
            default: decoded.append(escape)  // " \ /
            }
        }
        return String(validating: decoded, as: UTF8.self).map { .success($0) } ?? .failure(.invalidUTF8)
    }

    private func hex4(_ content: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 << 4 | UInt32(Self.hexValue(content[index &+ $1])!) }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte &- 0x30
        case 0x61...0x66: byte &- 0x61 &+ 10
        case 0x41...0x46: byte &- 0x41 &+ 10
        default: nil
        }
    }
}
