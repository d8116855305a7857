import ArabicText
import ArgumentParser

/// `arabic-text normalize`: streams files or standard input through a normalization profile.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize Arabic text.",
        discussion: """
            Streams in bounded memory: inputs of any size, a single line of \
            gigabytes included. The output is byte-identical to normalizing the \
            whole input at once. Invalid UTF-8 becomes U+FFFD.

            Examples:
              arabic-text normalize article.txt
              cat *.txt | arabic-text normalize --profile ner > normalized.txt
              echo 'أَهْلاً' | arabic-text normalize          # اهلا
            """
    )

    @OptionGroup var profileOption: ProfileOption

    @Argument(help: "Files to normalize; standard input when none or '-'.")
    var files: [String] = []

    func run() throws {
        let normalizer = ArabicNormalizer(profile: try profileOption.resolved())
        var inputs = try InputFile.openAll(files)
        defer { inputs.forEach { $0.close() } }
        let progress = ProgressMeter.attach("normalize", to: &inputs)
        defer { progress?.finish() }
        let output = OutputStream.standardOutput
        var stream = StreamingNormalizer(normalizer: normalizer)
        for input in inputs {
            try input.forEachChunk { chunk in
                try stream.feed(chunk) { try output.write($0) }
            }
            try stream.finish { try output.write($0) }
        }
    }
}
