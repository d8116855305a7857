import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writing to standard output that reports failures, a closed pipe
/// included, as ``CLIError/Code/io`` instead of dying on SIGPIPE. Safe to
/// use from several threads; each `write` lands whole.
final class OutputStream: Sendable {
    private let buffer = Mutex<[UInt8]>([])
    private let descriptor: Int32
    private static let flushThreshold = 1 << 16

    /// Standard output.
    static let standardOutput = OutputStream(descriptor: STDOUT_FILENO)

    init(descriptor: Int32) {
        self.descriptor = descriptor
        // A closed pipe must be an error the tool reports, not a signal that kills it.
        signal(SIGPIPE, SIG_IGN)
    }

    func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(CLIError) {
        try buffer.withLock { buffer throws(CLIError) in
            buffer.append(contentsOf: bytes)
            if buffer.count >= Self.flushThreshold { try drain(&buffer) }
        }
    }

    func write(_ text: String) throws(CLIError) {
        try buffer.withLock { buffer throws(CLIError) in
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= Self.flushThreshold { try drain(&buffer) }
        }
    }

    func flush() throws(CLIError) {
        try buffer.withLock { buffer throws(CLIError) in try drain(&buffer) }
    }

    private func drain(_ buffer: inout [UInt8]) throws(CLIError) {
        var offset = 0
        let error: CLIError? = buffer.withUnsafeBytes { bytes in
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno == EPIPE
                        ? .io("output closed before all of it was written (broken pipe)")
                        : .io("cannot write output: \(String(cString: strerror(errno)))")
                }
                offset += written
            }
            return nil
        }
        buffer.removeAll(keepingCapacity: true)
        if let error { throw error }
    }

    /// Whether the stream is a terminal.
    var isTerminal: Bool { isatty(descriptor) != 0 }

    /// Whether to color what is written: only on a terminal, and not when
    /// `NO_COLOR` is set to anything (https://no-color.org) or `TERM` is `dumb`.
    var usesColor: Bool {
        guard isTerminal else { return false }
        if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    var line = message
    line += "\n"
    _ = line.withUTF8 { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
}
