/// One name of a gazetteer: an entity's name, or a cue word.
public struct GazetteerEntry: Hashable, Sendable {
    /// The name as written (any spelling: it is normalized for matching).
    public var name: String
    /// What the name stands for.
    public var label: GazetteerLabel
    /// The canonical ID, if any.
    public var canonical: String?
    /// Where the entry came from: `file:line`, or `code` for entries added in code.
    public var source: String
    /// The attributes as gazetteer files write them: `key=value` pairs
    /// separated by `;`. Kept as text, and read only when asked for, so that
    /// loading tens of thousands of entries stays fast.
    private var attributeText: String

    /// Creates an entry.
    ///
    /// Attribute keys and values cannot contain `;`, `=`, tabs or line
    /// breaks (the file format's separators); such characters become spaces.
    public init(
        name: String, label: GazetteerLabel, canonical: String? = nil, attributes: [String: String] = [:],
        source: String = "code"
    ) {
        self.name = name
        self.label = label
        self.canonical = canonical
        self.source = source
        self.attributeText = Self.text(of: attributes)
    }

    /// Creates an entry from a file's already checked attribute text.
    init(name: String, label: GazetteerLabel, canonical: String?, attributeText: String, source: String) {
        self.name = name
        self.label = label
        self.canonical = canonical
        self.source = source
        self.attributeText = attributeText
    }

    /// Extra facts: `pop`, `cc`, `en`, `ambiguous=1`, `homonym=country` ...
    /// (Docs/GazetteerFormat.md lists the ones the rules read).
    public var attributes: [String: String] {
        get {
            var result: [String: String] = [:]
            for item in attributeText.split(separator: ";") {
                guard let equals = item.firstIndex(of: "=") else { continue }
                result[String(item[..<equals]).trimmingSpaces()] = String(item[item.index(after: equals)...]).trimmingSpaces()
            }
            return result
        }
        set { attributeText = Self.text(of: newValue) }
    }

    /// The value of one attribute, without building the dictionary.
    public func attribute(_ key: String) -> String? {
        var text = attributeText
        return text.withUTF8 { bytes -> String? in
            let key = Array(key.utf8)
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: ";")) ?? bytes.count
                let item = ArraySlice(bytes[start..<end]).trimmingSpaces()
                if let equals = item.firstIndex(of: UInt8(ascii: "=")),
                    item[..<equals].trimmingSpaces().elementsEqual(key)
                {
                    return String(decoding: item[(equals + 1)...].trimmingSpaces(), as: UTF8.self)
                }
                start = end + 1
            }
            return nil
        }
    }

    /// Whether the entry says its name is also an ordinary word (`ambiguous=1`).
    public var isAmbiguous: Bool { attribute("ambiguous") == "1" }

    private static func text(of attributes: [String: String]) -> String {
        func clean(_ text: String) -> String {
            String(text.unicodeScalars.map { ";=\t\r\n".unicodeScalars.contains($0) ? " " : Character($0) })
        }
        return attributes.sorted { $0.key < $1.key }.map { clean($0.key) + "=" + clean($0.value) }.joined(separator: ";")
    }
}
