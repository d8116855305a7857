/// Chooses among competing candidates: longer first (the longest match
/// wins), then higher priority, then earlier; a candidate is kept if none
/// of its words is taken.
enum Resolver {
    static func resolve(_ candidates: [Candidate], wordCount: Int, taken: [Bool]? = nil) -> [Candidate] {
        // The same span and type from several rules: keep the best, with any
        // canonical ID one of them knows.
        let bySpan = candidates.sorted {
            ($0.start, $0.end, $0.type.rawValue, -$0.priority) < ($1.start, $1.end, $1.type.rawValue, -$1.priority)
        }
        var unique: [Candidate] = []
        unique.reserveCapacity(bySpan.count)
        for candidate in bySpan {
            if let last = unique.last, last.start == candidate.start, last.end == candidate.end, last.type == candidate.type {
                if unique[unique.count - 1].canonical == nil { unique[unique.count - 1].canonical = candidate.canonical }
                unique[unique.count - 1].isKnown = unique[unique.count - 1].isKnown || candidate.isKnown
                continue
            }
            unique.append(candidate)
        }
        let ordered = unique.sorted {
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
}
