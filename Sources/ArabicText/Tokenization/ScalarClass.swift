/// How the tokenizer sees one scalar.
enum ScalarClass: UInt8, Sendable {
    case space
    /// Invisible format characters (bidi marks, ZWSP, BOM): they neither make
    /// nor end tokens.
    case ignorable
    /// ZWNJ, ZWJ and tatweel: part of a word they stand inside or at the end of.
    case joiner
    case arabicLetter
    case latinLetter
    case otherLetter
    case mark
    case digit
    /// `.` `,` `٫` `٬`: inside a number when a digit follows.
    case numberSeparator
    case punctuation
    case symbol

    /// The classes of the BMP, computed once from ICU's properties, in
    /// memory that lives as long as the process and is never written again
    /// (hence `nonisolated(unsafe)`). A pointer rather than an array: the
    /// tokenizer loads it once per text and then reads it for every scalar
    /// without the lazy-global check or bounds check an array read costs.
    nonisolated(unsafe) static let table: UnsafePointer<ScalarClass> = {
        let table = UnsafeMutablePointer<ScalarClass>.allocate(capacity: 0x10000)
        for value in 0..<0x10000 {
            table[value] = Unicode.Scalar(UInt32(value)).map(classify) ?? .symbol
        }
        return UnsafePointer(table)
    }()

    /// The class of scalar `value`, with `table` being ``table``.
    @inline(__always)
    static func of(_ value: UInt32, in table: UnsafePointer<ScalarClass>) -> ScalarClass {
        value < 0x10000 ? table[Int(value)] : classify(Unicode.Scalar(value)!)
    }

    static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        switch value {
        case 0x200C, 0x200D, 0x0640: return .joiner
        case 0x2E, 0x2C, 0x066B, 0x066C: return .numberSeparator
        default: break
        }
        if ICU.isWhiteSpace(scalar) { return .space }
        let category = ICU.generalCategory(scalar)
        if category == GeneralCategory.format { return .ignorable }
        if category == GeneralCategory.decimalDigit { return .digit }
        if GeneralCategory.isMark(category) { return .mark }
        if GeneralCategory.isLetter(category) {
            switch ICU.script(scalar) {
            case ATXScript.arabic: return .arabicLetter
            case ATXScript.latin: return .latinLetter
            default: return .otherLetter
            }
        }
        if GeneralCategory.isPunctuation(category) { return .punctuation }
        if category == 0 || category == 15 || category == 17 || category == 18 {
            // Unassigned, controls, private use and surrogates: controls such as
            // tab are white space already; the rest count as symbols.
            return value < 0x20 || (0x7F...0x9F).contains(value) ? .space : .symbol
        }
        return .symbol
    }
}

/// ICU script codes the tokenizer distinguishes.
enum ATXScript {
    static let arabic: Int32 = 2
    static let latin: Int32 = 25
}
