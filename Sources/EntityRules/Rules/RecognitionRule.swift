/// A rule of the recognizer: a small, named unit that looks at a
/// ``Document`` and proposes ``Candidate``s. Docs/Rules.md describes each.
protocol RecognitionRule: Sendable {
    /// The rule, as its candidates carry it (``name`` is its public name).
    var id: RuleID { get }
    /// Rules that need the entities already accepted (propagation) run in a second round.
    var runsAfterResolution: Bool { get }
    /// Appends the rule's candidates; `accepted` is empty in the first round.
    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate])
}

extension RecognitionRule {
    var runsAfterResolution: Bool { false }
    /// The name reported in ``Entity/rule`` for what the rule finds.
    var name: String { id.name }
}

/// Which rule found a candidate: a one-byte value that candidates carry and
/// compare (a `String` there cost reference counting on every copy of a
/// candidate, and string comparisons), turned into the public name only
/// when an ``Entity`` is built.
enum RuleID: UInt8, CaseIterable, Sendable, CustomStringConvertible {
    case gazetteer, designatorCountry, designatorName, titleName, givenName, demonymName, surnamePattern, personVerb,
        propagation, coordination, quarter

    /// The name reported in ``Entity/rule``.
    var name: String {
        switch self {
        case .gazetteer: "gazetteer"
        case .designatorCountry: "designator+country"
        case .designatorName: "designator+name"
        case .titleName: "title+name"
        case .givenName: "given-name+name"
        case .demonymName: "demonym+name"
        case .surnamePattern: "surname-pattern"
        case .personVerb: "person-verb+name"
        case .propagation: "propagation"
        case .coordination: "coordination"
        case .quarter: "quarter"
        }
    }

    var description: String { name }
}
