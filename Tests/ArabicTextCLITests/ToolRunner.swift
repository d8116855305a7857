import Foundation

/// Runs the `arabic-text` executable built next to the test bundle.
enum Tool {
    /// The package's root directory.
    static let packageRoot: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    /// The executable: beside the test bundle, whatever the build directory.
    static let executable: String = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0])
        var directory = bundle.deletingLastPathComponent()
        // swift-testing may run from inside the .xctest bundle.
        while !directory.path.isEmpty, directory.path != "/" {
            let candidate = directory.appendingPathComponent("arabic-text").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot + "/.build/debug/arabic-text"
    }()

    struct Result {
        var status: Int32
        var output: Data
        var error: String
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// Runs the tool with `arguments`, feeding `input` on standard input.
    static func run(_ arguments: [String], input: Data = Data(), directory: String = packageRoot) throws -> Result {
        // Standard input and error go through files, so that neither can block the other.
        let scratch = NSTemporaryDirectory() + "arabic-text-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        _ = FileManager.default.createFile(atPath: scratch + "/in", contents: input)
        _ = FileManager.default.createFile(atPath: scratch + "/err", contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let stdout = Pipe()
        process.standardInput = FileHandle(forReadingAtPath: scratch + "/in")
        process.standardOutput = stdout
        process.standardError = FileHandle(forWritingAtPath: scratch + "/err")
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let error = (try? String(contentsOfFile: scratch + "/err", encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, output: output, error: error)
    }

    /// A seed article's path.
    static func seed(_ index: Int) -> String {
        let names = try! FileManager.default.contentsOfDirectory(atPath: packageRoot + "/Fixtures/seeds").sorted()
        return packageRoot + "/Fixtures/seeds/" + names[index]
    }
}
