/// One name of a gazetteer: an entity's name, or a cue word.
public struct GazetteerEntry: Hashable, Sendable {
    /// The name as written (any spelling: it is normalized for matching).
    public var name: String
    /// What the name stands for.
    public var label: GazetteerLabel
    /// The canonical ID, if any.
    public var canonical: String?
    /// Extra facts: `pop`, `cc`, `en`, `ambiguous=1`, `homonym=country` ...
    /// (Docs/GazetteerFormat.md lists the ones the rules read).
    public var attributes: [String: String]
    /// Where the entry came from: `file:line`, or `code` for entries added in code.
    public var source: String

    /// Creates an entry.
    public init(
        name: String, label: GazetteerLabel, canonical: String? = nil, attributes: [String: String] = [:],
        source: String = "code"
    ) {
        self.name = name
        self.label = label
        self.canonical = canonical
        self.attributes = attributes
        self.source = source
    }

    /// Whether the entry says its name is also an ordinary word (`ambiguous=1`).
    public var isAmbiguous: Bool { attributes["ambiguous"] == "1" }
}
