import ArgumentParser
import EntityRules

/// `arabic-text eval`: precision, recall and F1 against reference annotations.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score entity recognition against a CoNLL file or the seed gold JSON.",
        discussion: """
            Scoring follows ../shared/gold/GUIDELINES.md: predicted spans are \
            widened to whole whitespace tokens (edge punctuation excluded), then \
            span and type must match exactly. A CoNLL file (token, BIO label, \
            more columns ignored) is read as one text: tokens joined by spaces, \
            sentences by line breaks. A .json file is the seed gold format; its \
            texts are looked up in --texts.

            Examples:
              arabic-text eval Fixtures/expected-entities.json
              arabic-text eval newsfane-dev.conll --errors
              arabic-text eval --json --gazetteer my-people.tsv dev.conll
            """
    )

    @Argument(help: "The reference: a .conll file or a seed gold .json file.")
    var gold: String

    @Option(help: ArgumentHelp("Directory of the texts a .json gold file names (default: its ../seeds, else Fixtures/seeds).", valueName: "dir"))
    var texts: String?

    @Flag(help: "List every false positive and false negative.")
    var errors = false

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @OptionGroup var gazetteerOptions: GazetteerOptions

    func run() throws {
        let recognizer = try gazetteerOptions.recognizer()
        let goldFile = try InputFile.openAll([gold])[0]
        defer { goldFile.close() }
        let bytes = try goldFile.readAll()
        let documents: [AnnotatedDocument]
        do {
            if gold.hasSuffix(".json") {
                documents = try AnnotatedDocument.seedGold(bytes, name: gold, textsDirectory: textsDirectory())
            } else {
                documents = [try AnnotatedDocument.conll(bytes, name: gold)]
            }
        } catch {
            throw CLIError.data("\(error)")
        }
        let evaluation = Evaluation(recognizer: recognizer, documents: documents)
        let output = OutputStream.standardOutput
        if json {
            let rows = (evaluation.types.map { ($0.rawValue, evaluation.counts[$0]!) } + [("micro", evaluation.micro)]).map {
                name, counts in
                "\(JSON.quoted(name)): {\"precision\": \(format(counts.precision, digits: 4)), \"recall\": \(format(counts.recall, digits: 4)), \"f1\": \(format(counts.f1, digits: 4)), \"tp\": \(counts.truePositives), \"fp\": \(counts.falsePositives), \"fn\": \(counts.falseNegatives)}"
            }
            try output.write("{" + rows.joined(separator: ", ") + "}\n")
        } else {
            var lines = ["| type | precision | recall | F1 | TP | FP | FN |", "|---|---:|---:|---:|---:|---:|---:|"]
            for (name, counts) in evaluation.types.map({ ($0.rawValue, evaluation.counts[$0]!) }) + [("micro", evaluation.micro)] {
                lines.append(
                    "| \(name) | \(format(counts.precision, digits: 3)) | \(format(counts.recall, digits: 3)) | \(format(counts.f1, digits: 3)) | \(counts.truePositives) | \(counts.falsePositives) | \(counts.falseNegatives) |"
                )
            }
            try output.write(lines.joined(separator: "\n") + "\n")
        }
        if errors {
            for mistake in evaluation.mistakes {
                try output.write(
                    "\(mistake.kind)\t\(mistake.type)\t\(mistake.text)\t\(mistake.rule ?? "-")\t\(mistake.context)\n")
            }
        }
    }

    private func textsDirectory() -> String {
        if let texts { return texts }
        let directory = gold.contains("/") ? String(gold[..<gold.lastIndex(of: "/")!]) : "."
        let sibling = directory + "/../seeds"
        return directoryExists(sibling) ? sibling : "Fixtures/seeds"
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether `path` is a directory.
func directoryExists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
}
