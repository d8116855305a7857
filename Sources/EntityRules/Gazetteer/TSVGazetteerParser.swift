/// Parses the TSV gazetteer format (Docs/GazetteerFormat.md) straight into
/// ``GazetteerStorage``: the file's bytes are appended once and each line
/// becomes a record of ranges.
enum TSVGazetteerParser {
    static func parse(_ bytes: [UInt8], source: String, into storage: inout GazetteerStorage) throws(GazetteerError) {
        // Append in place (a copy would copy the whole arena) and undo on error.
        let base = storage.text.count
        let recordCount = storage.records.count
        storage.text += bytes
        let sourceIndex = storage.sourceIndex(source)
        do {
            try parseLines(bytes, base: base, source: source, sourceIndex: sourceIndex, into: &storage)
        } catch {
            storage.text.removeSubrange(base...)
            storage.records.removeSubrange(recordCount...)
            throw error
        }
    }

    private static func parseLines(
        _ bytes: [UInt8], base: Int, source: String, sourceIndex: UInt16, into storage: inout GazetteerStorage
    ) throws(GazetteerError) {
        let valid = String(validating: bytes, as: UTF8.self) != nil
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            var line = bytes[start..<end]
            start = end + 1
            if line.last == 0x0D { line = line.dropLast() }
            if line.first == UInt8(ascii: "#") || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            func fail(_ message: String) -> GazetteerError {
                GazetteerError(source: source, line: lineNumber, message: message)
            }
            if !valid, String(validating: line, as: UTF8.self) == nil { throw fail("not valid UTF-8") }
            // Up to four tab-separated fields, found without allocating.
            var tabs: (Int, Int, Int) = (line.endIndex, line.endIndex, line.endIndex)
            var tabCount = 0
            for index in line.indices where line[index] == 0x09 {
                switch tabCount {
                case 0: tabs.0 = index
                case 1: tabs.1 = index
                case 2: tabs.2 = index
                default: throw fail("expected at most 4 tab-separated fields, found more")
                }
                tabCount += 1
            }
            guard tabCount > 0 else { throw fail("expected name<TAB>TYPE[<TAB>canonical[<TAB>attributes]], found no tab") }
            let name = line[line.startIndex..<tabs.0].trimmingSpaces()
            guard !name.isEmpty else { throw fail("empty name") }
            let labelField = line[(tabs.0 + 1)..<tabs.1].trimmingSpaces()
            guard let label = storage.labelIndex(bytes: labelField) else {
                throw fail(
                    "invalid type '\(String(decoding: labelField, as: UTF8.self))': use an upper-case name such as "
                        + "PERSON or ORGANIZATION, or one of " + Cue.allCases.map(\.description).joined(separator: ", "))
            }
            let canonical = tabCount > 1 ? line[(tabs.1 + 1)..<tabs.2].trimmingSpaces() : line[line.endIndex...]
            let attributes = tabCount > 2 ? line[(tabs.2 + 1)...] : line[line.endIndex...]
            if let item = AttributeText.firstMalformedItem(in: attributes) {
                throw fail("invalid attribute '\(String(decoding: item, as: UTF8.self))': expected key=value")
            }
            func range(_ slice: ArraySlice<UInt8>) -> Range<Int32> {
                Int32(base + slice.startIndex)..<Int32(base + slice.endIndex)
            }
            storage.records.append(
                GazetteerStorage.Record(
                    name: range(name), canonical: range(canonical), attributes: range(attributes), label: label,
                    source: sourceIndex, line: Int32(lineNumber)))
        }
    }
}

extension ArraySlice<UInt8> {
    /// The bytes without leading and trailing spaces and carriage returns.
    func trimmingSpaces() -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x0D }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        return self[first...lastIndex(where: { !isSpace($0) })!]
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[first...last])
    }
}
