/// Finds a member of a JSON object in the object's own bytes, so that its
/// value can be copied to the output exactly as the input wrote it: the `id`
/// of a jsonl line comes back byte for byte (key order of an object, digits
/// of a number beyond 64 bits and all), the same in every process that reads
/// the line.
enum RawJSON {
    /// The byte range of the value of the top-level member called `name` (the
    /// first, if several are), or nil when `bytes` is not an object written
    /// as this scanner expects (it assumes JSON that a decoder has already
    /// accepted) or has no member whose key is written exactly `name`,
    /// without escapes.
    static func valueRange(ofMember name: some Collection<UInt8>, in bytes: [UInt8]) -> Range<Int>? {
        var scanner = Scanner(bytes: bytes)
        // A byte order mark, which decoders skip.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.position = 3 }
        scanner.skipSpace()
        guard scanner.take(0x7B) else { return nil }
        scanner.skipSpace()
        if scanner.take(0x7D) { return nil }
        var found: Range<Int>?
        while true {
            scanner.skipSpace()
            guard let key = scanner.string() else { return nil }
            scanner.skipSpace()
            guard scanner.take(0x3A) else { return nil }
            scanner.skipSpace()
            let start = scanner.position
            guard scanner.value() else { return nil }
            if found == nil, bytes[(key.lowerBound + 1)..<(key.upperBound - 1)].elementsEqual(name) {
                found = start..<scanner.position
            }
            scanner.skipSpace()
            if scanner.take(0x2C) { continue }
            return scanner.take(0x7D) ? found : nil
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        mutating func skipSpace() {
            while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// A string literal, quotes included.
        mutating func string() -> Range<Int>? {
            let start = position
            guard take(0x22) else { return nil }
            while position < bytes.count {
                let byte = bytes[position]
                position += byte == 0x5C ? 2 : 1
                if byte == 0x22 { return start..<position }
            }
            return nil
        }

        /// Any value: a string, an object or array (nested ones skipped
        /// whole), or a number or literal.
        mutating func value() -> Bool {
            guard position < bytes.count else { return false }
            switch bytes[position] {
            case 0x22:
                return string() != nil
            case 0x7B, 0x5B:
                var depth = 0
                while position < bytes.count {
                    switch bytes[position] {
                    case 0x22:
                        guard string() != nil else { return false }
                        continue
                    case 0x7B, 0x5B: depth += 1
                    case 0x7D, 0x5D: depth -= 1
                    default: break
                    }
                    position += 1
                    if depth == 0 { return true }
                }
                return false
            default:
                let start = position
                while position < bytes.count, ![0x2C, 0x7D, 0x5D, 0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) {
                    position += 1
                }
                return position > start
            }
        }
    }
}
