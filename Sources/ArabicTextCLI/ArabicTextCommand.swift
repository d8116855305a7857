import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `arabic-text`: normalization, tokenization and entity recognition for Arabic text.
@main
struct ArabicTextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arabic-text",
        abstract: "Normalize, tokenize and find entities in Arabic text.",
        discussion: """
            normalize, tokenize and entities read the files they are given, or \
            standard input when there are none (or for "-"); every subcommand \
            writes its results to standard output. On a long run whose standard \
            error is a terminal and standard output is not, a progress line \
            (bytes read, MB/s) is shown on standard error and erased at the end. \
            Exit codes: 0 success, 64 usage error, 65 unusable input data, 66 \
            missing or unreadable input, 74 output error (a closed pipe included).

            Examples:
              echo 'أَهْلاً بِكُمْ فِي الدَّوْحَةِ' | arabic-text normalize
              arabic-text entities --format text article.txt
              arabic-text entities --format jsonl --jobs 2 < docs.jsonl > entities.jsonl
              arabic-text help entities
            """,
        version: ArabicTextVersion.current,
        subcommands: [
            NormalizeCommand.self,
            TokenizeCommand.self,
            EntitiesCommand.self,
            EvalCommand.self,
            BenchCommand.self,
            ProfilesCommand.self,
        ]
    )

    /// Runs the command, turning ``CLIError`` into its message and exit code.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
            try OutputStream.standardOutput.flush()
        } catch let error as CLIError {
            try? OutputStream.standardOutput.flush()
            printError("arabic-text: \(error.message)")
            Glibc.exit(error.code.rawValue)
        } catch {
            try? OutputStream.standardOutput.flush()
            exit(withError: error)
        }
    }
}

/// The version `--version` prints.
enum ArabicTextVersion {
    static let current = "0.1.0"
}
