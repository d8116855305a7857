import ArabicText
import ArgumentParser

/// `arabic-text tokenize`: prints tokens as JSON lines.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Print the tokens of Arabic text as JSON lines.",
        discussion: """
            One JSON object per token: kind (arabic, latin, other, number, \
            punctuation, symbol), start and end (Unicode scalar offsets into the \
            input, end-exclusive) and text. With --profile, the text is normalized \
            first, tokens are found in the normalized text, and each line adds the \
            token's normalized form and its clitic splits; start, end and text \
            still refer to the input as given.

            Examples:
              arabic-text tokenize article.txt
              echo 'وبالكويت، 12 طالبًا' | arabic-text tokenize --profile ner
            """
    )

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Normalize with this profile first (\(NormalizationProfile.all.map(\.name).joined(separator: ", "))).",
            valueName: "name"))
    var profile: String?

    @Argument(help: "Files to tokenize; standard input when none or '-'.")
    var files: [String] = []

    func run() throws {
        let profile = try profile.map { name throws(CLIError) in try ProfileOption.resolve(name) }
        let normalizer = profile.map { ArabicNormalizer(profile: $0) }
        let tokenizer = Tokenizer()
        let analyzer = CliticAnalyzer(splitsArticle: false, splitsEnclitics: true)
        var inputs = try InputFile.openAll(files)
        defer { inputs.forEach { $0.close() } }
        let progress = ProgressMeter.attach("tokenize", to: &inputs)
        defer { progress?.finish() }
        let output = OutputStream.standardOutput
        for input in inputs {
            var chunker = WhitespaceChunker()
            let emit = { (text: String, base: Int) throws in
                try Self.writeTokens(
                    of: text, scalarBase: base, normalizer: normalizer, tokenizer: tokenizer,
                    analyzer: analyzer, to: output)
            }
            try input.forEachChunk { try chunker.feed($0, emit) }
            try chunker.finish(emit)
        }
    }

    private static func writeTokens(
        of text: String, scalarBase: Int, normalizer: ArabicNormalizer?, tokenizer: Tokenizer,
        analyzer: CliticAnalyzer, to output: OutputStream
    ) throws {
        var offsets = ScalarOffsetCounter(text)
        let original = Array(text.utf8)
        guard let normalizer else {
            for token in tokenizer.tokenize(text) {
                let start = scalarBase + offsets.scalarOffset(ofUTF8Offset: token.utf8Range.lowerBound)
                let end = scalarBase + offsets.scalarOffset(ofUTF8Offset: token.utf8Range.upperBound)
                try output.write(
                    JSON.object([
                        "kind": JSON.quoted(token.kind.description), "start": String(start), "end": String(end),
                        "text": JSON.quoted(String(decoding: original[token.utf8Range], as: UTF8.self)),
                    ]) + "\n")
            }
            return
        }
        let normalized = normalizer.normalizeWithAlignment(text)
        var normalizedText = normalized.normalized
        let normalizedBytes = Array(normalizedText.utf8)
        for token in tokenizer.tokenize(normalizedText) {
            let originalRange = normalized.originalUTF8Range(forNormalized: token.utf8Range)
            let start = scalarBase + offsets.scalarOffset(ofUTF8Offset: originalRange.lowerBound)
            let end = scalarBase + offsets.scalarOffset(ofUTF8Offset: originalRange.upperBound)
            var stems: [String] = []
            if token.kind == .arabicWord {
                normalizedText.withUTF8 { buffer in
                    analyzer.forEachSplit(ofWordAt: token.utf8Range, in: buffer) { split in
                        if !split.isWholeWord {
                            let stem = String(decoding: normalizedBytes[split.stemRange], as: UTF8.self)
                            stems.append(JSON.quoted(split.restoresArticleAlef ? "ا" + stem : stem))
                        }
                        return true
                    }
                }
            }
            try output.write(
                JSON.object([
                    "kind": JSON.quoted(token.kind.description), "start": String(start), "end": String(end),
                    "text": JSON.quoted(String(decoding: original[originalRange], as: UTF8.self)),
                    "normalized": JSON.quoted(String(decoding: normalizedBytes[token.utf8Range], as: UTF8.self)),
                    "stems": "[" + stems.joined(separator: ", ") + "]",
                ]) + "\n")
        }
    }
}
