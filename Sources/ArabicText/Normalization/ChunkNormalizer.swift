/// The reference definition of a profile, applied to a short run of scalars.
///
/// It runs the three steps literally, with ICU doing the Unicode
/// normalization, and then restores normalization where a removal exposed a
/// base and a combining mark that compose (`a` + ZWNJ + U+0301 becomes `á`
/// once the ZWNJ is gone): the result is recomposed (NFC) and mapped again
/// until nothing changes, which makes every profile idempotent.
///
/// The table-driven fast path in ``NormalizationEngine`` calls this for the
/// rare stretches it cannot decide alone, and builds its tables with it.
struct ChunkNormalizer: Sendable {
    let form: ICU.Form
    let mapping: ScalarMapping

    init(options: NormalizationOptions) {
        self.form = options.contains(.foldCompatibility) ? .nfkc : .nfc
        self.mapping = ScalarMapping(options: options)
    }

    /// Normalizes `scalars`; `precededBySpace` tells white-space collapsing
    /// whether the output before them ends with a space.
    func normalize(_ scalars: [Unicode.Scalar], precededBySpace: Bool) -> [Unicode.Scalar] {
        var (result, changed) = applyMapping(to: unicodeNormalize(scalars), precededBySpace: precededBySpace)
        // Each round only composes (NFC) and removes or maps; two rounds settle
        // every case the tests know of, the bound is a guard.
        var rounds = 0
        while changed, rounds < 4 {
            let recomposed = ICU.normalize(result, form: .nfc)
            if recomposed == result { break }
            (result, changed) = applyMapping(to: recomposed, precededBySpace: precededBySpace)
            rounds += 1
        }
        return result
    }

    /// Step 1: NFKC, or NFC with presentation forms folded if the options say so.
    func unicodeNormalize(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let normalized = ICU.normalize(scalars, form: form)
        guard form == .nfc, mapping.options.contains(.foldPresentationForms),
            normalized.contains(where: { ScalarMapping.isPresentationForm($0.value) })
        else { return normalized }
        var folded: [Unicode.Scalar] = []
        for scalar in normalized {
            if ScalarMapping.isPresentationForm(scalar.value) {
                folded.append(contentsOf: ICU.normalize(CollectionOfOne(scalar), form: .nfkc))
            } else {
                folded.append(scalar)
            }
        }
        return ICU.normalize(folded, form: .nfc)
    }

    /// Steps 2 and 3 over a normalized run; reports whether anything changed.
    func applyMapping(to scalars: [Unicode.Scalar], precededBySpace: Bool) -> ([Unicode.Scalar], Bool) {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var changed = false
        var afterSpace = precededBySpace
        for scalar in scalars {
            switch mapping.map(scalar) {
            case .keep:
                result.append(scalar)
                afterSpace = scalar == " "
            case .delete:
                changed = true
            case .replace(let replacement):
                result.append(replacement)
                afterSpace = replacement == " "
                changed = true
            case .whitespace:
                if afterSpace {
                    changed = true
                } else {
                    result.append(" ")
                    changed = changed || scalar != " "
                    afterSpace = true
                }
            }
        }
        return (result, changed)
    }
}
