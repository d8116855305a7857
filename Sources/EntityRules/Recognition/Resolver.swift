/// Chooses among competing candidates: longer first (the longest match
/// wins), then higher priority, then earlier; a candidate is kept if none
/// of its words is taken.
enum Resolver {
    static func resolve(_ candidates: [Candidate], wordCount: Int, taken: [Bool]? = nil) -> [Candidate] {
        // The same span and type from several rules: keep the best, with any canonical ID one of them knows.
        var best: [SpanKey: Candidate] = [:]
        for candidate in candidates {
            let key = SpanKey(start: candidate.start, end: candidate.end, type: candidate.type)
            guard var existing = best[key] else {
                best[key] = candidate
                continue
            }
            let canonical = existing.canonical ?? candidate.canonical
            if candidate.priority > existing.priority { existing = candidate }
            existing.canonical = existing.canonical ?? canonical
            best[key] = existing
        }
        let ordered = best.values.sorted {
            if $0.words.count != $1.words.count { return $0.words.count > $1.words.count }
            if $0.priority != $1.priority { return $0.priority > $1.priority }
            if $0.start != $1.start { return $0.start < $1.start }
            return $0.type < $1.type
        }
        var taken = taken ?? [Bool](repeating: false, count: wordCount)
        var accepted: [Candidate] = []
        for candidate in ordered where !taken[candidate.words].contains(true) {
            accepted.append(candidate)
            for index in candidate.words { taken[index] = true }
        }
        return accepted.sorted { $0.start < $1.start }
    }

    private struct SpanKey: Hashable {
        var start: Int
        var end: Int
        var type: EntityType
    }
}
