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
        guard let line = String(validating: bytes, as: UTF8.self) else { throw fail("not valid UTF-8") }
        if line.allSatisfy(\.isWhitespace) || line.first == "#" { return nil }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count >= 2 else {
            throw fail("expected name<TAB>TYPE[<TAB>canonical[<TAB>attributes]], found no tab")
        }
        guard fields.count <= 4 else { throw fail("expected at most 4 tab-separated fields, found \(fields.count)") }
        let name = fields[0].trimmingSpaces()
        guard !name.isEmpty else { throw fail("empty name") }
        guard let label = GazetteerLabel(fields[1]) else {
            throw fail(
                "invalid type '\(fields[1])': use an upper-case name such as PERSON or ORGANIZATION, or one of "
                    + Cue.allCases.map(\.description).joined(separator: ", "))
        }
        let canonical = fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil
        var attributes: [String: String] = [:]
        if fields.count > 3 {
            for item in fields[3].split(separator: ";") where !item.allSatisfy(\.isWhitespace) {
                let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, !parts[0].isEmpty else { throw fail("invalid attribute '\(item)': expected key=value") }
                attributes[String(parts[0]).trimmingSpaces()] = String(parts[1]).trimmingSpaces()
            }
        }
        return GazetteerEntry(
            name: name, label: label, canonical: canonical, attributes: attributes, source: "\(source):\(number)")
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
