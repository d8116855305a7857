#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input the command line reads: a file, or standard input for `-` or no file.
struct InputFile {
    /// The path as given, or "-" for standard input.
    let path: String
    let descriptor: Int32
    /// Counts the bytes read, for the progress line on a terminal.
    var progress: ProgressMeter?

    /// The size of each read.
    static let chunkSize = 1 << 16

    /// Opens every path before anything is read or written, so that a
    /// missing file fails the command before it produces output.
    static func openAll(_ paths: [String]) throws(CLIError) -> [InputFile] {
        if paths.isEmpty { return [InputFile(path: "-", descriptor: STDIN_FILENO)] }
        var files: [InputFile] = []
        for path in paths {
            if path == "-" {
                files.append(InputFile(path: path, descriptor: STDIN_FILENO))
                continue
            }
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                let reason = String(cString: strerror(errno))
                files.forEach { $0.close() }
                throw .noInput("cannot read '\(path)': \(reason)")
            }
            var info = stat()
            if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                Glibc.close(descriptor)
                files.forEach { $0.close() }
                throw .noInput("cannot read '\(path)': it is a directory")
            }
            files.append(InputFile(path: path, descriptor: descriptor))
        }
        return files
    }

    /// Calls `body` with each piece of the input, in order, in bounded memory.
    func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.chunkSize)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, Self.chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw CLIError.noInput("cannot read '\(displayName)': \(String(cString: strerror(errno)))")
            }
            if count == 0 { return }
            progress?.advance(by: count)
            try body(UnsafeBufferPointer(start: buffer, count: count))
        }
    }

    /// Reads the next chunk; empty at the end.
    func readChunk() throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CLIError.noInput("cannot read '\(displayName)': \(String(cString: strerror(errno)))")
            }
            buffer.removeSubrange(count...)
            progress?.advance(by: count)
            return buffer
        }
    }

    /// Reads the whole input.
    func readAll() throws -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachChunk { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// A reader of the input's lines, in bounded memory per line.
    func lines() -> LineReader { LineReader(file: self) }

    /// The name used in messages.
    var displayName: String { path == "-" ? "standard input" : path }

    /// Closes the file (standard input stays open).
    func close() {
        if descriptor != STDIN_FILENO { Glibc.close(descriptor) }
    }
}

/// Reads an input line by line (without the terminator, "\n" or "\r\n"),
/// holding one read-sized chunk and the current line.
struct LineReader {
    let file: InputFile
    private var chunk: [UInt8] = []
    private var position = 0
    private var finished = false
    private(set) var lineNumber = 0

    init(file: InputFile) { self.file = file }

    /// The next line and its 1-based number, or nil at the end.
    mutating func next() throws -> (line: [UInt8], number: Int)? {
        var line: [UInt8] = []
        var sawAnything = false
        while true {
            if position == chunk.count {
                if finished { break }
                chunk = try file.readChunk()
                position = 0
                if chunk.isEmpty {
                    finished = true
                    break
                }
            }
            sawAnything = true
            if let newline = chunk[position...].firstIndex(of: 0x0A) {
                line += chunk[position..<newline]
                position = newline + 1
                if line.last == 0x0D { line.removeLast() }
                lineNumber += 1
                return (line, lineNumber)
            }
            line += chunk[position...]
            position = chunk.count
        }
        guard sawAnything, !line.isEmpty else { return nil }
        if line.last == 0x0D { line.removeLast() }
        lineNumber += 1
        return (line, lineNumber)
    }
}
