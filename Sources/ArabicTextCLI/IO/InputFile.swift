#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input the command line reads: a file, or standard input for `-` or no file.
struct InputFile {
    /// The path as given, or "-" for standard input.
    let path: String
    private let descriptor: Int32

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
            try body(UnsafeBufferPointer(start: buffer, count: count))
        }
    }

    /// Reads the whole input.
    func readAll() throws -> [UInt8] {
        var bytes: [UInt8] = []
        try forEachChunk { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Calls `body` with each line (without its line terminator, "\n" or
    /// "\r\n") and its 1-based number, in bounded memory per line.
    func forEachLine(_ body: (_ line: [UInt8], _ number: Int) throws -> Void) throws {
        var line: [UInt8] = []
        var number = 0
        try forEachChunk { chunk in
            var start = 0
            for index in 0..<chunk.count where chunk[index] == 0x0A {
                line.append(contentsOf: chunk[start..<index])
                if line.last == 0x0D { line.removeLast() }
                number += 1
                try body(line, number)
                line.removeAll(keepingCapacity: true)
                start = index + 1
            }
            line.append(contentsOf: chunk[start...])
        }
        if !line.isEmpty {
            if line.last == 0x0D { line.removeLast() }
            try body(line, number + 1)
        }
    }

    /// The name used in messages.
    var displayName: String { path == "-" ? "standard input" : path }

    /// Closes the file (standard input stays open).
    func close() {
        if descriptor != STDIN_FILENO { Glibc.close(descriptor) }
    }
}
