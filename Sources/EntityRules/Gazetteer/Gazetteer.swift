/// The names a recognizer knows: entities with their types and canonical
/// IDs, and the cue words its rules use.
///
/// A gazetteer is a value: start from ``bundled`` (or empty), load files,
/// add, override and remove entries, then compile it into an
/// ``EntityRecognizer``.
///
/// ```swift
/// var gazetteer = Gazetteer.bundled
/// try gazetteer.load(contentsOf: "organizations.tsv")        // name<TAB>TYPE<TAB>canonical
/// try gazetteer.load(contentsOf: "patterns.jsonl")           // spaCy EntityRuler patterns
/// gazetteer.add("أرامكو", type: "ORGANIZATION", canonical: "Saudi Aramco")
/// gazetteer.add("جدة", type: .city, canonical: "geonames:105343")   // overrides the bundled entry
/// gazetteer.remove("صور", type: .city)
/// let recognizer = EntityRecognizer(gazetteer: gazetteer)
/// ```
///
/// Names are matched after normalization with the `ner` profile, so one
/// spelling covers its variants in hamza, alef, teh marbuta, alef maqsura,
/// diacritics and tatweel. When two entries have the same normalized name
/// and label, the later one wins: that is how an entry overrides another.
public struct Gazetteer: Sendable {
    /// The entries, in the order they were added.
    public private(set) var entries: [GazetteerEntry] = []
    /// Removals, applied when the gazetteer is compiled, in order with the entries.
    private(set) var removals: [Removal] = []

    /// A removal: every earlier entry with this normalized name (and label, if given).
    struct Removal: Sendable {
        var name: String
        var label: GazetteerLabel?
        /// How many entries existed when it was made: it applies to those only.
        var entryCount: Int
    }

    /// An empty gazetteer.
    public init() {}

    /// Creates a gazetteer from entries.
    public init(entries: [GazetteerEntry]) {
        self.entries = entries
    }

    /// The number of entries (removals not yet applied).
    public var count: Int { entries.count }

    /// Adds an entity name.
    public mutating func add(
        _ name: String, type: EntityType, canonical: String? = nil, attributes: [String: String] = [:]
    ) {
        entries.append(GazetteerEntry(name: name, label: .entity(type), canonical: canonical, attributes: attributes))
    }

    /// Adds a cue word.
    public mutating func add(_ name: String, cue: Cue, canonical: String? = nil, attributes: [String: String] = [:]) {
        entries.append(GazetteerEntry(name: name, label: .cue(cue), canonical: canonical, attributes: attributes))
    }

    /// Adds an entry.
    public mutating func add(_ entry: GazetteerEntry) {
        entries.append(entry)
    }

    /// Adds the entries of another gazetteer after these; its removals apply to both.
    public mutating func merge(_ other: Gazetteer) {
        let offset = entries.count
        entries += other.entries
        removals += other.removals.map { Removal(name: $0.name, label: $0.label, entryCount: $0.entryCount + offset) }
    }

    /// Removes every entry added so far whose name normalizes like `name`,
    /// of `type` only if given (entity entries only).
    public mutating func remove(_ name: String, type: EntityType? = nil) {
        if let type {
            removals.append(Removal(name: name, label: .entity(type), entryCount: entries.count))
        } else {
            for type in Set(entries.compactMap { entry -> EntityType? in
                if case .entity(let type) = entry.label { return type }
                return nil
            }) {
                removals.append(Removal(name: name, label: .entity(type), entryCount: entries.count))
            }
        }
    }

    /// Removes a cue word.
    public mutating func remove(_ name: String, cue: Cue) {
        removals.append(Removal(name: name, label: .cue(cue), entryCount: entries.count))
    }

    /// Removes every entry of a type (or cue class) added so far.
    public mutating func removeAll(_ label: GazetteerLabel) {
        entries.removeAll { $0.label == label }
    }

    /// Loads a file: spaCy EntityRuler patterns if its name ends in `.jsonl`
    /// or `.json`, the TSV format otherwise (Docs/GazetteerFormat.md).
    ///
    /// - Throws: ``GazetteerError`` naming the file and line of the first problem;
    ///   nothing is added then.
    public mutating func load(contentsOf path: String) throws(GazetteerError) {
        let bytes = try FileBytes.read(path)
        if path.hasSuffix(".jsonl") || path.hasSuffix(".json") {
            try load(spaCyPatterns: bytes, source: path)
        } else {
            try load(tsv: bytes, source: path)
        }
    }

    /// Loads entries in the TSV format: `name<TAB>TYPE[<TAB>canonical[<TAB>key=value;...]]`,
    /// `#` comments and blank lines ignored.
    public mutating func load(tsv text: String, source: String = "tsv") throws(GazetteerError) {
        try load(tsv: Array(text.utf8), source: source)
    }

    /// Loads TSV entries from UTF-8 bytes; ill-formed UTF-8 is an error.
    public mutating func load(tsv bytes: [UInt8], source: String) throws(GazetteerError) {
        entries += try TSVGazetteerParser.parse(bytes, source: source)
    }

    /// Loads spaCy EntityRuler phrase patterns, one JSON object per line:
    /// `{"label": "ORG", "pattern": "الأمم المتحدة", "id": "UN"}`. A pattern
    /// may also be a list of token objects with `ORTH`, `TEXT` or `LOWER`.
    public mutating func load(spaCyPatterns text: String, source: String = "jsonl") throws(GazetteerError) {
        try load(spaCyPatterns: Array(text.utf8), source: source)
    }

    /// Loads spaCy patterns from UTF-8 bytes.
    public mutating func load(spaCyPatterns bytes: [UInt8], source: String) throws(GazetteerError) {
        entries += try SpacyPatternParser.parse(bytes, source: source)
    }
}
