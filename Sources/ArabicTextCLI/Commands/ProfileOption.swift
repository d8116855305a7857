import ArabicText
import ArgumentParser

/// The `--profile` option shared by the subcommands that normalize.
struct ProfileOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Normalization profile: \(NormalizationProfile.all.map(\.name).joined(separator: ", ")).",
            valueName: "name"))
    var profile: String = NormalizationProfile.search.name

    /// The named profile, or a usage error listing the known ones.
    func resolved() throws(CLIError) -> NormalizationProfile {
        try Self.resolve(profile)
    }

    /// The profile called `profile`, or a usage error listing the known ones.
    static func resolve(_ profile: String) throws(CLIError) -> NormalizationProfile {
        guard let resolved = NormalizationProfile.named(profile) else {
            throw .usage(
                "unknown profile '\(profile)'; known profiles: \(NormalizationProfile.all.map(\.name).joined(separator: ", "))"
            )
        }
        return resolved
    }
}
