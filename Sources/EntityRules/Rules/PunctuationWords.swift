/// Punctuation the context rules read: the dashes and brackets of
/// fixtures and datelines.
extension Document {
    /// Whether word `index` is a hyphen, an en dash or an em dash.
    func isDash(_ index: Int) -> Bool {
        guard words[index].kind == .punctuation else { return false }
        let word = bytes[words[index].range]
        return word.elementsEqual([0x2D]) || word.elementsEqual([0xE2, 0x80, 0x93]) || word.elementsEqual([0xE2, 0x80, 0x94])
    }

    /// Whether word `index` is the one ASCII punctuation character `byte`.
    func isPunctuation(_ index: Int, _ byte: UInt8) -> Bool {
        words[index].kind == .punctuation && words[index].range.count == 1 && bytes[words[index].range.lowerBound] == byte
    }
}
