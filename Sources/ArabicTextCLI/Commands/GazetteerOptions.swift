import ArgumentParser
import EntityRules

/// The `--gazetteer` option: extra gazetteer files on top of the bundled ones.
struct GazetteerOptions: ParsableArguments {
    @Option(
        name: .customLong("gazetteer"),
        help: ArgumentHelp(
            "A gazetteer to add: TSV (name<TAB>TYPE<TAB>canonical) or spaCy patterns (.jsonl). Repeatable.",
            valueName: "file"))
    var files: [String] = []

    @Flag(help: "Start from an empty gazetteer instead of the bundled one.")
    var noBundled = false

    /// The recognizer for these options, or a data error naming file and line.
    func recognizer() throws(CLIError) -> EntityRecognizer {
        if files.isEmpty && !noBundled { return EntityRecognizer() }
        var gazetteer = noBundled ? Gazetteer() : Gazetteer.bundled
        for file in files {
            do { try gazetteer.load(contentsOf: file) } catch {
                throw error.line == nil && error.message.hasPrefix("cannot") ? .noInput("\(error)") : .data("\(error)")
            }
        }
        return EntityRecognizer(gazetteer: gazetteer)
    }
}
