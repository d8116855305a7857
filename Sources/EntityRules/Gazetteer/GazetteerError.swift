/// A gazetteer file or entry that cannot be used.
public struct GazetteerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (or source name) the problem is in.
    public var source: String
    /// The 1-based line number, when the problem is on one line.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(source: String, line: Int?, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    /// `source:line: message`, the way compilers report.
    public var description: String {
        if let line { return "\(source):\(line): \(message)" }
        return "\(source): \(message)"
    }
}
