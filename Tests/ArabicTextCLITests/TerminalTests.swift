import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The terminal conventions: a progress line on standard error only when it
/// is a terminal and standard output is not; color only when standard
/// output is a terminal (and NO_COLOR is not set); never an escape code or a
/// progress line in output that goes to a file or pipe.
@Suite struct TerminalTests {
    /// A pseudo-terminal: the tool writes to `follower` as to a terminal; a
    /// thread reads what it writes from `leader` as it comes (a terminal's
    /// buffer is small: an unread one would block the tool).
    final class PseudoTerminal: @unchecked Sendable {
        let leader: Int32
        let follower: FileHandle
        private let lock = NSLock()
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        // The C library's pseudo-terminal functions, which the Glibc module does not import.
        private typealias Open = @convention(c) (Int32) -> Int32
        private typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        private static func function<T>(_ name: String, as type: T.Type) throws -> T {
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { throw POSIXError(.ENOSYS) }
            return unsafeBitCast(symbol, to: type)
        }

        init() throws {
            leader = try Self.function("posix_openpt", as: Open.self)(O_RDWR | O_NOCTTY)
            guard leader >= 0, try Self.function("grantpt", as: Open.self)(leader) == 0,
                try Self.function("unlockpt", as: Open.self)(leader) == 0,
                let name = try Self.function("ptsname", as: Name.self)(leader)
            else { throw POSIXError(.ENODEV) }
            let descriptor = open(name, O_RDWR | O_NOCTTY)
            guard descriptor >= 0 else { throw POSIXError(.ENODEV) }
            follower = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            Thread { [self] in
                var buffer = [UInt8](repeating: 0, count: 4096)
                while true {
                    let count = read(leader, &buffer, buffer.count)
                    if count < 0 && errno == EINTR { continue }
                    // EIO once no process has the terminal open any more.
                    if count <= 0 { break }
                    lock.withLock { data.append(contentsOf: buffer[..<count]) }
                }
                done.signal()
            }.start()
        }

        /// Everything written to the terminal; call once the tool has exited.
        func written() throws -> Data {
            try follower.close()
            done.wait()
            return lock.withLock { data }
        }

        deinit { close(leader) }
    }

    /// Where a stream of the tool goes.
    enum Destination {
        case file, terminal(PseudoTerminal)
    }

    struct Result {
        var status: Int32
        var output: Data
        var error: Data
    }

    /// Runs the tool with `input` on standard input through a pipe, the
    /// second half `pause` seconds after the first (a long run however fast
    /// the build), and standard output and error as asked.
    static func run(
        _ arguments: [String], input: Data, pause: Double = 0, output: Destination = .file, error: Destination = .file,
        environment: [String: String] = [:]
    ) throws -> Result {
        let scratch = NSTemporaryDirectory() + "arabic-text-tty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tool.executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Tool.packageRoot)
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "NO_COLOR" }
            .merging(["TERM": "xterm"].merging(environment) { $1 }) { $1 }
        let stdin = Pipe()
        process.standardInput = stdin
        func handle(_ destination: Destination, _ name: String) -> FileHandle {
            switch destination {
            case .file:
                _ = FileManager.default.createFile(atPath: scratch + "/" + name, contents: nil)
                return FileHandle(forWritingAtPath: scratch + "/" + name)!
            case .terminal(let terminal):
                return terminal.follower
            }
        }
        process.standardOutput = handle(output, "out")
        process.standardError = handle(error, "err")
        try process.run()
        let half = input.count / 2
        let writer = Thread {
            stdin.fileHandleForWriting.write(input.prefix(half))
            Thread.sleep(forTimeInterval: pause)
            stdin.fileHandleForWriting.write(input.dropFirst(half))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        // A tool blocked on a terminal nobody reads must fail the test, not hang it.
        let watchdog = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        func read(_ destination: Destination, _ name: String) throws -> Data {
            switch destination {
            case .file: return try Data(contentsOf: URL(fileURLWithPath: scratch + "/" + name))
            case .terminal(let terminal): return try terminal.written()
            }
        }
        return Result(status: process.terminationStatus, output: try read(output, "out"), error: try read(error, "err"))
    }

    static let longInput = Data(String(repeating: "كَتَبَ ﷲ في الدوحة، ", count: 10_000).utf8)

    /// A one-line gazetteer, so that `entities` starts at once even in a debug build.
    static let smallGazetteer: [String] = {
        let path = NSTemporaryDirectory() + "arabic-text-tty-\(getpid()).tsv"
        try! "موسكو\tCITY\tgeonames:524901\n".write(toFile: path, atomically: true, encoding: .utf8)
        return ["--no-bundled", "--gazetteer", path]
    }()
    static let escape = Data([0x1B])

    @Test func noProgressWhenStandardErrorIsNotATerminal() throws {
        let result = try Self.run(["normalize"], input: Self.longInput, pause: 1)
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.output == Data(String(repeating: "كتب الله في الدوحه، ", count: 10_000).utf8))
        let jsonl = try Self.run(
            ["entities", "--format", "jsonl"] + Self.smallGazetteer,
            input: Data("{\"id\": 1, \"text\": \"وصل إلى موسكو\"}\n".utf8), pause: 1)
        #expect(jsonl.status == 0)
        #expect(jsonl.error.isEmpty)
        #expect(jsonl.output.firstRange(of: Self.escape) == nil)
    }

    @Test func noColorWhenStandardOutputIsNotATerminal() throws {
        let text = try Tool.run(
            ["entities", "--format", "text"] + Self.smallGazetteer, input: Data("زار الرئيس فلاديمير بوتين موسكو".utf8))
        #expect(text.status == 0)
        #expect(text.output.firstRange(of: Self.escape) == nil)
        #expect(text.text.contains("[موسكو](CITY"))
        #expect(text.error.isEmpty)
    }

    @Test func progressOnATerminalIsErasedAndStaysOutOfTheOutput() throws {
        let terminal = try PseudoTerminal()
        let result = try Self.run(["normalize"], input: Self.longInput, pause: 1.2, error: .terminal(terminal))
        #expect(result.status == 0)
        #expect(result.output == Data(String(repeating: "كتب الله في الدوحه، ", count: 10_000).utf8))
        let error = String(decoding: result.error, as: UTF8.self)
        // Redrawn in place with carriage returns, no escape codes, erased with spaces at the end.
        #expect(error.hasPrefix("\rarabic-text normalize: "), "\(error.debugDescription)")
        #expect(error.contains(" MB/s"))
        #expect(!error.contains("\n") && !error.contains("\u{1B}"))
        let lines = error.split(separator: "\r")
        #expect(lines.count >= 3)
        #expect(lines.last.map { $0.allSatisfy { $0 == " " } } == true)
    }

    @Test func noProgressWhenStandardOutputIsATerminalToo() throws {
        let output = try PseudoTerminal()
        let error = try PseudoTerminal()
        let result = try Self.run(
            ["normalize"], input: Self.longInput, pause: 1, output: .terminal(output), error: .terminal(error))
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(!result.output.isEmpty)
    }

    @Test func colorOnATerminalUnlessNoColorIsSet() throws {
        let input = Data("زار الرئيس فلاديمير بوتين موسكو\n".utf8)
        let terminal = try PseudoTerminal()
        let colored = try Self.run(
            ["entities", "--format", "text"] + Self.smallGazetteer, input: input, output: .terminal(terminal))
        #expect(colored.status == 0)
        #expect(colored.output.firstRange(of: Data("\u{1B}[".utf8)) != nil)
        let plainTerminal = try PseudoTerminal()
        let plain = try Self.run(
            ["entities", "--format", "text"] + Self.smallGazetteer, input: input, output: .terminal(plainTerminal),
            environment: ["NO_COLOR": "1"])
        #expect(plain.status == 0)
        #expect(plain.output.firstRange(of: Self.escape) == nil)
        #expect(String(decoding: plain.output, as: UTF8.self).contains("[موسكو](CITY"))
    }
}
