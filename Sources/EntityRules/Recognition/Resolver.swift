/// Chooses among competing candidates: longer first (the longest match
/// wins), then higher priority, then earlier; a candidate is kept if none
/// of its words is taken.
enum Resolver {
    static func resolve(_ candidates: [Candidate], wordCount: Int, taken: [Bool]? = nil) -> [Candidate] {
        // Both sorts below order indices by small integer keys instead of the
        // candidates themselves: a candidate is large and holds references,
        // and comparing types compared their names as strings. The sort makes
        // the same decisions either way (its comparisons give the same
        // answers), so the order is the same, ties included.
        let typeRanks = Self.typeRanks(of: candidates)
        let spanKeys = candidates.indices.map { index in
            let candidate = candidates[index]
            return SpanKey(start: candidate.start, end: candidate.end, type: typeRanks[index], negatedPriority: -candidate.priority)
        }
        // The same span and type from several rules: keep the best, with any
        // canonical ID one of them knows.
        let bySpan = candidates.indices.sorted { spanKeys[$0] < spanKeys[$1] }
        var unique: [Candidate] = []
        var uniqueTypeRanks: [Int] = []
        unique.reserveCapacity(bySpan.count)
        uniqueTypeRanks.reserveCapacity(bySpan.count)
        for index in bySpan {
            let candidate = candidates[index]
            if let last = unique.last, last.start == candidate.start, last.end == candidate.end,
                uniqueTypeRanks.last == typeRanks[index]
            {
                if unique[unique.count - 1].canonical == nil { unique[unique.count - 1].canonical = candidate.canonical }
                unique[unique.count - 1].isKnown = unique[unique.count - 1].isKnown || candidate.isKnown
                continue
            }
            unique.append(candidate)
            uniqueTypeRanks.append(typeRanks[index])
        }
        let orderKeys = unique.indices.map { index in
            OrderKey(
                negatedLength: -unique[index].words.count, negatedPriority: -unique[index].priority,
                start: unique[index].start, type: uniqueTypeRanks[index])
        }
        // Indices again rather than copies of the candidates, up to the result.
        let ordered = unique.indices.sorted { orderKeys[$0] < orderKeys[$1] }
        var taken = taken ?? [Bool](repeating: false, count: wordCount)
        var accepted: [Int] = []
        for index in ordered where !taken[unique[index].words].contains(true) {
            accepted.append(index)
            for word in unique[index].words { taken[word] = true }
        }
        return accepted.sorted { unique[$0].start < unique[$1].start }.map { unique[$0] }
    }

    /// Each candidate's type as its rank among the candidates' types in
    /// name order: integers that compare as the names do.
    private static func typeRanks(of candidates: [Candidate]) -> [Int] {
        var types: [EntityType] = []
        for candidate in candidates where !types.contains(candidate.type) { types.append(candidate.type) }
        types.sort()
        return candidates.map { candidate in types.firstIndex(of: candidate.type)! }
    }

    /// What the first sort orders by: span, type, then priority, highest first.
    private struct SpanKey: Comparable {
        var start: Int
        var end: Int
        var type: Int
        var negatedPriority: Int

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.start, lhs.end, lhs.type, lhs.negatedPriority) < (rhs.start, rhs.end, rhs.type, rhs.negatedPriority)
        }
    }

    /// What the second sort orders by: longer first, then higher priority,
    /// then earlier, then type.
    private struct OrderKey: Comparable {
        var negatedLength: Int
        var negatedPriority: Int
        var start: Int
        var type: Int

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.negatedLength, lhs.negatedPriority, lhs.start, lhs.type)
                < (rhs.negatedLength, rhs.negatedPriority, rhs.start, rhs.type)
        }
    }
}
