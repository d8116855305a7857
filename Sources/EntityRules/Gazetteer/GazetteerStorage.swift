/// The compact form a ``Gazetteer`` keeps its entries in: all their text in
/// one byte arena, and per entry a record of ranges into it.
///
/// Loading a file appends its bytes once and records where each line's
/// fields are: no `String`, dictionary or array is made per entry, which is
/// what keeps loading and compiling tens of thousands of entries within a
/// few milliseconds. ``GazetteerEntry`` values are made only when asked for.
struct GazetteerStorage: Sendable {
    /// One entry: where its fields are in ``text``.
    struct Record: Sendable {
        var name: Range<Int32>
        /// Empty when the entry has none.
        var canonical: Range<Int32>
        var attributes: Range<Int32>
        /// Index into ``labels``.
        var label: UInt16
        /// Index into ``sources``.
        var source: UInt16
        /// 1-based line in the source, 0 for entries added in code.
        var line: Int32
    }

    var text: [UInt8] = []
    var records: [Record] = []
    /// The distinct labels, by first use.
    var labels: [GazetteerLabel] = []
    /// Their names as bytes, to recognize labels in files without making strings.
    private var labelBytes: [[UInt8]] = []
    /// File names, and `code`.
    var sources: [String] = []

    /// The index of `label`, added if new.
    mutating func labelIndex(_ label: GazetteerLabel) -> UInt16 {
        if let index = labels.firstIndex(of: label) { return UInt16(index) }
        labels.append(label)
        labelBytes.append(Array(label.description.utf8))
        return UInt16(labels.count - 1)
    }

    /// The index of the label written `bytes`, if it is a valid label.
    mutating func labelIndex(bytes: ArraySlice<UInt8>) -> UInt16? {
        if let index = labelBytes.firstIndex(where: { $0.elementsEqual(bytes) }) { return UInt16(index) }
        guard let label = GazetteerLabel(String(decoding: bytes, as: UTF8.self)) else { return nil }
        return labelIndex(label)
    }

    mutating func sourceIndex(_ name: String) -> UInt16 {
        if let index = sources.lastIndex(of: name) { return UInt16(index) }
        sources.append(name)
        return UInt16(sources.count - 1)
    }

    /// Appends `string` to the arena and returns where it is.
    mutating func append(_ string: String) -> Range<Int32> {
        let start = Int32(text.count)
        text.append(contentsOf: string.utf8)
        return start..<Int32(text.count)
    }

    /// Adds an entry given as values.
    mutating func add(_ entry: GazetteerEntry) {
        let name = append(entry.name)
        let canonical = entry.canonical.map { append($0) } ?? Int32(text.count)..<Int32(text.count)
        let attributes = append(entry.attributeText)
        records.append(
            Record(
                name: name, canonical: canonical, attributes: attributes, label: labelIndex(entry.label),
                source: sourceIndex(entry.sourceFile), line: Int32(entry.sourceLine ?? 0)))
    }

    // MARK: Reading records

    func string(_ range: Range<Int32>) -> String {
        text.withUnsafeBufferPointer { String(decoding: $0[Int(range.lowerBound)..<Int(range.upperBound)], as: UTF8.self) }
    }

    func bytes(_ range: Range<Int32>) -> ArraySlice<UInt8> {
        text[Int(range.lowerBound)..<Int(range.upperBound)]
    }

    func label(of record: Record) -> GazetteerLabel { labels[Int(record.label)] }

    func canonical(of record: Record) -> String? {
        record.canonical.isEmpty ? nil : string(record.canonical)
    }

    /// The value of attribute `key` of `record`, read from the arena.
    func attribute(_ key: StaticString, of record: Record) -> ArraySlice<UInt8>? {
        AttributeText.value(of: key, in: bytes(record.attributes))
    }

    /// `record` as a value.
    func entry(_ record: Record) -> GazetteerEntry {
        GazetteerEntry(
            name: string(record.name), label: label(of: record), canonical: canonical(of: record),
            attributeText: string(record.attributes),
            source: record.line > 0 ? sources[Int(record.source)] + ":" + String(record.line) : sources[Int(record.source)])
    }
}

/// The `key=value;key=value` text of gazetteer attributes.
enum AttributeText {
    /// The value of `key` in `text`, trimmed, if present.
    static func value(of key: StaticString, in text: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let key = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        var start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex(of: UInt8(ascii: ";")) ?? text.endIndex
            let item = text[start..<end]
            if let equals = item.firstIndex(of: UInt8(ascii: "=")), item[..<equals].trimmingSpaces().elementsEqual(key) {
                return item[(equals + 1)...].trimmingSpaces()
            }
            start = end + 1
        }
        return nil
    }

    /// Whether `text` is well formed: every non-blank item has a non-empty key before an `=`.
    /// Returns the first malformed item otherwise.
    static func firstMalformedItem(in text: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        var start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex(of: UInt8(ascii: ";")) ?? text.endIndex
            let item = text[start..<end]
            start = end + 1
            if item.trimmingSpaces().isEmpty { continue }
            guard let equals = item.firstIndex(of: UInt8(ascii: "=")), !item[..<equals].trimmingSpaces().isEmpty else {
                return item
            }
        }
        return nil
    }
}
