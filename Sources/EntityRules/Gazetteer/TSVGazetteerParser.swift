/// Parses the TSV gazetteer format (Docs/GazetteerFormat.md).
enum TSVGazetteerParser {
    static func parse(_ bytes: [UInt8], source: String) throws(GazetteerError) -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            var line = bytes[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            if let entry = try parseLine(line, number: lineNumber, source: source) { entries.append(entry) }
            start = end + 1
        }
        return entries
    }

    static func parseLine(_ bytes: ArraySlice<UInt8>, number: Int, source: String) throws(GazetteerError)
        -> GazetteerEntry?
    {
        func fail(_ message: String) -> GazetteerError { GazetteerError(source: source, line: number, message: message) }
        // Work on bytes: splitting `String`s by `Character` would dominate start-up.
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let line = bytes.last == 0x0D ? bytes.dropLast() : bytes
        if line.first == UInt8(ascii: "#") { return nil }
        guard String(validating: line, as: UTF8.self) != nil else { throw fail("not valid UTF-8") }
        let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
        guard fields.count >= 2 else {
            throw fail("expected name<TAB>TYPE[<TAB>canonical[<TAB>attributes]], found no tab")
        }
        guard fields.count <= 4 else { throw fail("expected at most 4 tab-separated fields, found \(fields.count)") }
        let name = String(decoding: fields[0].trimmingSpaces(), as: UTF8.self)
        guard !name.isEmpty else { throw fail("empty name") }
        let labelText = String(decoding: fields[1].trimmingSpaces(), as: UTF8.self)
        guard let label = GazetteerLabel(labelText) else {
            throw fail(
                "invalid type '\(labelText)': use an upper-case name such as PERSON or ORGANIZATION, or one of "
                    + Cue.allCases.map(\.description).joined(separator: ", "))
        }
        let canonicalField = fields.count > 2 ? fields[2].trimmingSpaces() : []
        let canonical = canonicalField.isEmpty ? nil : String(decoding: canonicalField, as: UTF8.self)
        var attributeText = ""
        if fields.count > 3 {
            // Checked here, kept as text: GazetteerEntry reads it when asked.
            for item in fields[3].split(separator: UInt8(ascii: ";")) where !item.trimmingSpaces().isEmpty {
                guard let equals = item.firstIndex(of: UInt8(ascii: "=")), !item[..<equals].trimmingSpaces().isEmpty
                else {
                    throw fail("invalid attribute '\(String(decoding: item, as: UTF8.self))': expected key=value")
                }
            }
            attributeText = String(decoding: fields[3], as: UTF8.self)
        }
        return GazetteerEntry(
            name: name, label: label, canonical: canonical, attributeText: attributeText,
            source: source + ":" + String(number))
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
