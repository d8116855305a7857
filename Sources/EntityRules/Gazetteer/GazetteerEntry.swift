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
    /// The attributes as gazetteer files write them: `key=value` pairs separated by `;`.
    private(set) var attributeText: String

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

    /// Whether the entry says its name is also an ordinary word (`ambiguous=1`).
    public var isAmbiguous: Bool { attributes["ambiguous"] == "1" }

    /// The file part of ``source``.
    var sourceFile: String {
        guard let colon = source.lastIndex(of: ":"), Int(source[source.index(after: colon)...]) != nil else { return source }
        return String(source[..<colon])
    }

    /// The line part of ``source``, if any.
    var sourceLine: Int? {
        source.lastIndex(of: ":").flatMap { Int(source[source.index(after: $0)...]) }
    }

    private static func text(of attributes: [String: String]) -> String {
        func clean(_ text: String) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.map { ";=\t\r\n".unicodeScalars.contains($0) ? " " : $0 }))
        }
        return attributes.sorted { $0.key < $1.key }.map { clean($0.key) + "=" + clean($0.value) }.joined(separator: ";")
    }
}
