/// A rule of the recognizer: a small, named unit that looks at a
/// ``Document`` and proposes ``Candidate``s. Docs/Rules.md describes each.
protocol RecognitionRule: Sendable {
    /// The name reported in ``Entity/rule`` for what the rule finds.
    var name: String { get }
    /// Rules that need the entities already accepted (propagation) run in a second round.
    var runsAfterResolution: Bool { get }
    /// Appends the rule's candidates; `accepted` is empty in the first round.
    func propose(in document: Document, accepted: [Candidate], into candidates: inout [Candidate])
}

extension RecognitionRule {
    var runsAfterResolution: Bool { false }
}
