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
    /// The entries, compactly; see ``GazetteerStorage``.
    private(set) var storage = GazetteerStorage()
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
        for entry in entries { storage.add(entry) }
    }

    /// Makes room for about `bytes` of entry text and `entries` entries.
    mutating func reserveCapacity(bytes: Int, entries: Int) {
        storage.text.reserveCapacity(bytes)
        storage.records.reserveCapacity(entries)
    }

    /// The entries, in the order they were added (removals not yet applied).
    public var entries: [GazetteerEntry] { storage.records.map(storage.entry) }

    /// The number of entries (removals not yet applied).
    public var count: Int { storage.records.count }

    /// Adds an entity name.
    public mutating func add(
        _ name: String, type: EntityType, canonical: String? = nil, attributes: [String: String] = [:]
    ) {
        add(GazetteerEntry(name: name, label: .entity(type), canonical: canonical, attributes: attributes))
    }

    /// Adds a cue word.
    public mutating func add(_ name: String, cue: Cue, canonical: String? = nil, attributes: [String: String] = [:]) {
        add(GazetteerEntry(name: name, label: .cue(cue), canonical: canonical, attributes: attributes))
    }

    /// Adds an entry.
    public mutating func add(_ entry: GazetteerEntry) {
        storage.add(entry)
    }

    /// Adds the entries of another gazetteer after these; its removals apply to both.
    public mutating func merge(_ other: Gazetteer) {
        let offset = count
        for entry in other.entries { storage.add(entry) }
        removals += other.removals.map { Removal(name: $0.name, label: $0.label, entryCount: $0.entryCount + offset) }
    }

    /// Removes every entry added so far whose name normalizes like `name`,
    /// of `type` only if given (entity entries only).
    public mutating func remove(_ name: String, type: EntityType? = nil) {
        let types = type.map { [$0] } ?? storage.labels.compactMap { label -> EntityType? in
            if case .entity(let type) = label { return type }
            return nil
        }
        for type in types { removals.append(Removal(name: name, label: .entity(type), entryCount: count)) }
    }

    /// Removes a cue word.
    public mutating func remove(_ name: String, cue: Cue) {
        removals.append(Removal(name: name, label: .cue(cue), entryCount: count))
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
        try TSVGazetteerParser.parse(bytes, source: source, into: &storage)
    }

    /// Loads spaCy EntityRuler phrase patterns, one JSON object per line:
    /// `{"label": "ORG", "pattern": "الأمم المتحدة", "id": "UN"}`. A pattern
    /// may also be a list of token objects with `ORTH`, `TEXT` or `LOWER`.
    public mutating func load(spaCyPatterns text: String, source: String = "jsonl") throws(GazetteerError) {
        try load(spaCyPatterns: Array(text.utf8), source: source)
    }

    /// Loads spaCy patterns from UTF-8 bytes.
    public mutating func load(spaCyPatterns bytes: [UInt8], source: String) throws(GazetteerError) {
        for entry in try SpacyPatternParser.parse(bytes, source: source) { storage.add(entry) }
    }
}
