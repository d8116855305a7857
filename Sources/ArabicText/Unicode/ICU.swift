import CArabicICU

/// Swift access to the ICU functions the package uses, through the C shim.
///
/// Everything here is `internal`: callers see only the normalizer, tokenizer
/// and clitic analysis built on it.
enum ICU {
    /// The two Unicode normalization forms the normalizer builds on.
    enum Form: Sendable {
        case nfc, nfkc

        var shimValue: atx_normalization_form {
            self == .nfc ? ATX_FORM_NFC : ATX_FORM_NFKC
        }
    }

    /// ICU's quick-check answer for one scalar.
    enum QuickCheck: Sendable { case no, yes, maybe }

    /// Normalizes `scalars` to `form`.
    ///
    /// ICU works on UTF-16, so this converts both ways; it is the slow path,
    /// used only where tables cannot decide.
    static func normalize(_ scalars: some Collection<Unicode.Scalar>, form: Form) -> [Unicode.Scalar] {
        var source: [UInt16] = []
        source.reserveCapacity(scalars.count * 2)
        for scalar in scalars { source.append(contentsOf: UTF16.encode(scalar)!) }
        var capacity = max(16, source.count * 4)
        while true {
            var destination = [UInt16](repeating: 0, count: capacity)
            var overflow: Int32 = 0
            let length = atx_normalize(
                form.shimValue, source, Int32(source.count), &destination, Int32(capacity), &overflow)
            if overflow != 0 {
                capacity = Int(length) + 16
                continue
            }
            // ICU fails only on internal errors (no data); leave the text as it is then.
            guard length >= 0 else { return Array(scalars) }
            return Array(String(decoding: destination[..<Int(length)], as: UTF16.self).unicodeScalars)
        }
    }

    /// Whether `scalar` never interacts with what precedes it under `form`.
    static func hasBoundaryBefore(_ scalar: Unicode.Scalar, form: Form) -> Bool {
        atx_has_boundary_before(form.shimValue, scalar.value) != 0
    }

    /// The quick-check property of `scalar` for `form`.
    static func quickCheck(_ scalar: Unicode.Scalar, form: Form) -> QuickCheck {
        switch atx_quick_check(form.shimValue, scalar.value) {
        case 0: return .no
        case 2: return .maybe
        default: return .yes
        }
    }

    /// The canonical combining class of `scalar`.
    static func combiningClass(_ scalar: Unicode.Scalar) -> UInt8 {
        atx_combining_class(scalar.value)
    }

    /// Whether `scalar` has the White_Space property.
    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        atx_is_white_space(scalar.value) != 0
    }

    /// ICU's general category code (`UCharCategory`) of `scalar`.
    static func generalCategory(_ scalar: Unicode.Scalar) -> Int32 {
        atx_general_category(scalar.value)
    }

    /// ICU's script code (`UScriptCode`) of `scalar`.
    static func script(_ scalar: Unicode.Scalar) -> Int32 {
        atx_script(scalar.value)
    }

    /// The Unicode version of ICU's data, such as "15.0".
    static var unicodeVersion: String {
        var buffer = [CChar](repeating: 0, count: 16)
        atx_unicode_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// ICU's `UCharCategory` values that the package distinguishes.
enum GeneralCategory {
    static let uppercaseLetter: Int32 = 1
    static let lowercaseLetter: Int32 = 2
    static let titlecaseLetter: Int32 = 3
    static let modifierLetter: Int32 = 4
    static let otherLetter: Int32 = 5
    static let nonSpacingMark: Int32 = 6
    static let enclosingMark: Int32 = 7
    static let combiningSpacingMark: Int32 = 8
    static let decimalDigit: Int32 = 9
    static let letterNumber: Int32 = 10
    static let otherNumber: Int32 = 11
    static let format: Int32 = 16
    static let dashPunctuation: Int32 = 19
    static let startPunctuation: Int32 = 20
    static let endPunctuation: Int32 = 21
    static let connectorPunctuation: Int32 = 22
    static let otherPunctuation: Int32 = 23
    static let initialPunctuation: Int32 = 28
    static let finalPunctuation: Int32 = 29

    static func isLetter(_ category: Int32) -> Bool { (1...5).contains(category) }
    static func isMark(_ category: Int32) -> Bool { (6...8).contains(category) }
    static func isNumber(_ category: Int32) -> Bool { (9...11).contains(category) }
    static func isPunctuation(_ category: Int32) -> Bool {
        (19...23).contains(category) || category == 28 || category == 29
    }
}
