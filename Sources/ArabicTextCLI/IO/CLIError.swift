/// A failure the command line reports on stderr with a documented exit code
/// (listed by `arabic-text --help`).
struct CLIError: Error, CustomStringConvertible {
    /// Exit codes, following BSD's sysexits.h where one fits.
    enum Code: Int32 {
        /// A usage error: unknown option, profile or format.
        case usage = 64
        /// Input data that cannot be used: a malformed gazetteer or gold
        /// file, an invalid JSONL line with `--fail-fast`.
        case data = 65
        /// An input file that is missing or cannot be read.
        case noInput = 66
        /// Output that cannot be written, a closed pipe included.
        case io = 74
    }

    let code: Code
    let message: String

    var description: String { message }

    static func usage(_ message: String) -> CLIError { CLIError(code: .usage, message: message) }
    static func data(_ message: String) -> CLIError { CLIError(code: .data, message: message) }
    static func noInput(_ message: String) -> CLIError { CLIError(code: .noInput, message: message) }
    static func io(_ message: String) -> CLIError { CLIError(code: .io, message: message) }
}
