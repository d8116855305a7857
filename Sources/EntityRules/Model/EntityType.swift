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

    /// Creates a type from its name; `nil` unless the name is an upper-case identifier.
    public init?(rawValue: String) {
        guard Self.isValidName(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Creates a type from a literal, which must be a valid name.
    public init(stringLiteral value: String) {
        precondition(Self.isValidName(value), "entity type names are upper-case identifiers: \(value)")
        self.rawValue = value
    }

    /// The type's name.
    public var description: String { rawValue }

    /// Orders types by name.
    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// A person, full or partial name (`إلهام علييف`, later `علييف`).
    public static let person: EntityType = "PERSON"
    /// A sovereign state, present or former; canonical ID: ISO 3166-1 alpha-2.
    public static let country: EntityType = "COUNTRY"
    /// A city or town; canonical ID: `geonames:<id>` or a slug.
    public static let city: EntityType = "CITY"
    /// A region, province, continent or other area that is not a city or country.
    public static let region: EntityType = "REGION"
    /// An organization (the bundled list covers international bodies and major clubs).
    public static let organization: EntityType = "ORGANIZATION"

    /// The three types the library is measured on.
    public static let core: [EntityType] = [.person, .country, .city]

    static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, (0x41...0x5A).contains(first), name.utf8.count <= 64 else { return false }
        return name.utf8.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F }
    }
}
