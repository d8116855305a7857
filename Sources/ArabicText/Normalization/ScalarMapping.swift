/// What steps 2 and 3 of a profile (removals, then mappings) do to one scalar
/// of already Unicode-normalized text.
enum MappedScalar: Equatable, Sendable {
    /// The scalar stays.
    case keep
    /// The scalar is removed.
    case delete
    /// The scalar becomes another one.
    case replace(Unicode.Scalar)
    /// The scalar is white space that ``NormalizationOptions/collapseWhitespace``
    /// turns into one space per run.
    case whitespace
}

/// The removals and mappings of a set of ``NormalizationOptions``, one scalar
/// at a time. Unicode normalization (step 1) happens before, in ICU or in the
/// normalizer's tables.
struct ScalarMapping: Sendable {
    let options: NormalizationOptions

    func map(_ scalar: Unicode.Scalar) -> MappedScalar {
        let value = scalar.value
        if isRemoved(value) { return .delete }
        if options.contains(.collapseWhitespace), ICU.isWhiteSpace(scalar) { return .whitespace }
        if options.contains(.removePunctuation), GeneralCategory.isPunctuation(ICU.generalCategory(scalar)) {
            return .delete
        }
        if let replacement = replacement(for: value) { return .replace(replacement) }
        return .keep
    }

    /// Step 2: the removals.
    private func isRemoved(_ value: UInt32) -> Bool {
        if options.contains(.removeDiacritics), (0x064B...0x065F).contains(value) || value == 0x0670 {
            return true
        }
        if options.contains(.removeQuranicMarks),
            (0x0610...0x061A).contains(value) || (0x06D6...0x06DC).contains(value)
                || (0x06DF...0x06E8).contains(value) || (0x06EA...0x06ED).contains(value)
        {
            return true
        }
        if options.contains(.removeTatweel), value == 0x0640 { return true }
        if options.contains(.removeFormatControls), Self.isInvisibleControl(value) { return true }
        return false
    }

    /// The invisible format and bidi controls that ``NormalizationOptions/removeFormatControls`` removes.
    static func isInvisibleControl(_ value: UInt32) -> Bool {
        (0x200B...0x200F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2060...0x2064).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x061C || value == 0xFEFF
    }

    /// Step 3: the letter and digit mappings.
    private func replacement(for value: UInt32) -> Unicode.Scalar? {
        let target: UInt32?
        switch value {
        case 0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673:  // أ إ آ ٱ ٲ ٳ
            target = options.contains(.foldAlef) ? 0x0627 : nil
        case 0x0649:  // ى
            target = options.contains(.foldAlefMaqsura) ? 0x064A : nil
        case 0x0629, 0x06C0:  // ة ۀ
            target = options.contains(.foldTehMarbuta) ? 0x0647 : nil
        case 0x06CC:  // ی
            target = options.contains(.foldFarsiYehAndKeheh) || options.contains(.foldPersianLetters) ? 0x064A : nil
        case 0x06A9:  // ک
            target = options.contains(.foldFarsiYehAndKeheh) || options.contains(.foldPersianLetters) ? 0x0643 : nil
        case 0x0660...0x0669:
            target = options.contains(.foldDigits) ? 0x30 + value - 0x0660 : nil
        case 0x06F0...0x06F9:
            target = options.contains(.foldDigits) ? 0x30 + value - 0x06F0 : nil
        case 0x0624:  // ؤ
            target = options.contains(.foldHamzaCarriers) ? 0x0648 : nil
        case 0x0626:  // ئ
            target = options.contains(.foldHamzaCarriers) ? 0x064A : nil
        default:
            target = options.contains(.foldPersianLetters) ? Self.persianLetterFolding[value] : nil
        }
        return target.flatMap(Unicode.Scalar.init)
    }

    /// ``NormalizationOptions/foldPersianLetters`` beyond farsi yeh and keheh.
    static let persianLetterFolding: [UInt32: UInt32] = [
        0x067E: 0x0628,  // پ → ب
        0x0686: 0x062C,  // چ → ج
        0x0698: 0x0632,  // ژ → ز
        0x06AF: 0x0643,  // گ → ك
        0x06A4: 0x0641,  // ڤ → ف
        0x06A5: 0x0641,  // ڥ → ف
        0x06A8: 0x0642,  // ڨ → ق
        0x06AD: 0x0643,  // ڭ → ك
        0x06C1: 0x0647,  // ہ → ه
        0x06BE: 0x0647,  // ھ → ه
        0x06D5: 0x0647,  // ە → ه
        0x06D2: 0x064A,  // ے → ي
        0x06D3: 0x064A,  // ۓ → ي
    ]

    /// Whether ``NormalizationOptions/foldPresentationForms`` applies to `value`.
    static func isPresentationForm(_ value: UInt32) -> Bool {
        (0xFB50...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value)
    }
}
