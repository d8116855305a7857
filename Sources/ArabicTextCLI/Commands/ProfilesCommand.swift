import ArabicText
import ArgumentParser

/// `arabic-text profiles`: what each normalization profile does.
struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles",
        abstract: "List the normalization profiles, or every character one changes.",
        discussion: """
            Without --changes, lists each profile and its steps. With --changes \
            NAME, prints one line per Unicode scalar that the profile changes when \
            it stands alone (hex code point, the scalar, its output, both as hex), \
            for all of Unicode: the exact table behind Docs/Normalization.md.

            Examples:
              arabic-text profiles
              arabic-text profiles --changes search > search-changes.tsv
            """
    )

    @Option(help: ArgumentHelp("Print every scalar this profile changes.", valueName: "name"))
    var changes: String?

    func run() throws {
        let output = OutputStream.standardOutput
        guard let name = changes else {
            for profile in NormalizationProfile.all {
                try output.write("\(profile.name)\t\(Self.describe(profile.options))\n")
            }
            return
        }
        let normalizer = ArabicNormalizer(profile: try ProfileOption.resolve(name))
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            let normalized = normalizer.normalize(text)
            guard !normalized.unicodeScalars.elementsEqual(text.unicodeScalars) else { continue }
            let hex = normalized.unicodeScalars.map { Self.hex($0.value) }.joined(separator: " ")
            let shown = String(normalized.unicodeScalars.map { $0.value < 0x20 ? "·" : Character($0) })
            try output.write("\(Self.hex(value))\t\(value < 0x20 ? "·" : String(scalar))\t\(shown)\t\(hex)\n")
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func describe(_ options: NormalizationOptions) -> String {
        let names: [(NormalizationOptions, String)] = [
            (.foldCompatibility, "NFKC"), (.foldPresentationForms, "presentation forms"),
            (.removeDiacritics, "remove diacritics"), (.removeQuranicMarks, "remove Quranic marks"),
            (.removeTatweel, "remove tatweel"), (.removeFormatControls, "remove format controls"),
            (.removePunctuation, "remove punctuation"), (.foldAlef, "alef"), (.foldAlefMaqsura, "alef maqsura"),
            (.foldTehMarbuta, "teh marbuta"), (.foldFarsiYehAndKeheh, "farsi yeh and keheh"),
            (.foldPersianLetters, "Persian letters"), (.foldHamzaCarriers, "hamza carriers"),
            (.foldDigits, "digits"), (.collapseWhitespace, "collapse white space"),
        ]
        var parts = [options.contains(.foldCompatibility) ? "NFKC" : "NFC"]
        parts += names.filter { options.contains($0.0) && $0.0 != .foldCompatibility }.map(\.1)
        return parts.joined(separator: ", ")
    }
}
