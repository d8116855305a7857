/// The type of a named entity: one of the core types or any type a
/// gazetteer names.
///
/// ```swift
/// let organization: EntityType = "ORGANIZATION"
/// gazetteer.add("الأمم المتحدة", type: organization, canonical: "United Nations")
/// ```
///
/// Names are upper-case identifiers (`[A-Z][A-Z0-9_]*`), as in gazetteer files.
public struct EntityType: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The type's name, such as `PERSON`.
    public let rawValue: String
    /// Which of the five named types this is (1 to 5), 0 for any other: a
    /// function of the name, so that two named types compare as one byte
    /// rather than as strings (the rules compare types in their inner loops).
    private let code: UInt8

    /// Creates a type from its name; `nil` unless the name is an upper-case identifier.
    public init?(rawValue: String) {
        guard Self.isValidName(rawValue) else { return nil }
        self.rawValue = rawValue
        self.code = Self.code(of: rawValue)
    }

    /// Creates a type from a literal, which must be a valid name.
    public init(stringLiteral value: String) {
        precondition(Self.isValidName(value), "entity type names are upper-case identifiers: \(value)")
        self.rawValue = value
        self.code = Self.code(of: value)
    }

    /// One of the named types, without the checks: plain constants, which
    /// the compiler can lay out statically rather than initialize lazily.
    private init(named name: String, code: UInt8) {
        self.rawValue = name
        self.code = code
    }

    /// The code of the named type called `name`, 0 if none is.
    private static func code(of name: String) -> UInt8 {
        switch name {
        case "PERSON": 1
        case "COUNTRY": 2
        case "CITY": 3
        case "REGION": 4
        case "ORGANIZATION": 5
        default: 0
        }
    }

    /// Whether two types are the same: the same name.
    public static func == (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.code == rhs.code && (lhs.code != 0 || lhs.rawValue == rhs.rawValue)
    }

    /// Hashes the type's name.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The type's name.
    public var description: String { rawValue }

    /// Orders types by name.
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A person, full or partial name (`إلهام علييف`, later `علييف`).
    public static let person = EntityType(named: "PERSON", code: 1)
    /// A sovereign state, present or former; canonical ID: ISO 3166-1 alpha-2.
    public static let country = EntityType(named: "COUNTRY", code: 2)
    /// A city or town; canonical ID: `geonames:<id>` or a slug.
    public static let city = EntityType(named: "CITY", code: 3)
    /// A region, province, continent or other area that is not a city or country.
    public static let region = EntityType(named: "REGION", code: 4)
    /// An organization (the bundled list covers international bodies and major clubs).
    public static let organization = EntityType(named: "ORGANIZATION", code: 5)

    /// The three types the library is measured on.
    public static let core: [EntityType] = [.person, .country, .city]

    static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, (0x41...0x5A).contains(first), name.utf8.count <= 64 else { return false }
        return name.utf8.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F }
    }
}
