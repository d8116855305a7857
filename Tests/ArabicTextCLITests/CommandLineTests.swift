import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func normalizeReadsStandardInput() throws {
        let result = try Tool.run(["normalize"], input: Data("أَهْلاً ﻻ ٣\r\n".utf8))
        #expect(result.status == 0)
        #expect(result.output == Data("اهلا لا 3\r\n".utf8))
    }

    @Test func normalizeStreamsLargeInputIdenticallyToTheLibrary() throws {
        // Larger than the read size, with a marked letter across every 64 KiB boundary.
        let unit = "كَتَبَ ﷲ في الدوحة، "
        let input = String(repeating: unit, count: 20_000)
        let result = try Tool.run(["normalize", "--profile", "search"], input: Data(input.utf8))
        #expect(result.text == String(repeating: "كتب الله في الدوحه، ", count: 20_000))
    }

    @Test func usageErrorsExitWith64() throws {
        let unknownOption = try Tool.run(["normalize", "--frobnicate"])
        #expect(unknownOption.status == 64)
        #expect(!unknownOption.error.isEmpty)
        let unknownProfile = try Tool.run(["normalize", "--profile", "nope"], input: Data("x".utf8))
        #expect(unknownProfile.status == 64)
        #expect(unknownProfile.error.contains("unknown profile 'nope'"))
        #expect(unknownProfile.output.isEmpty)
    }

    @Test func missingFilesExitWith66BeforeAnyOutput() throws {
        let result = try Tool.run(["normalize", Tool.seed(0), "/nonexistent/file.txt"])
        #expect(result.status == 66)
        #expect(result.error.contains("/nonexistent/file.txt"))
        #expect(result.output.isEmpty)
        let directory = try Tool.run(["entities", "/tmp"])
        #expect(directory.status == 66)
    }

    @Test func aClosedOutputPipeIsReportedWith74() throws {
        let scratch = NSTemporaryDirectory() + "arabic-text-pipe-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        _ = FileManager.default.createFile(atPath: scratch + "/in", contents: Data(String(repeating: "باكو ", count: 400_000).utf8))
        _ = FileManager.default.createFile(atPath: scratch + "/err", contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Tool.executable)
        process.arguments = ["normalize"]
        let stdout = Pipe()
        process.standardInput = FileHandle(forReadingAtPath: scratch + "/in")
        process.standardOutput = stdout
        process.standardError = FileHandle(forWritingAtPath: scratch + "/err")
        // The reader goes away before the tool writes: every write meets a closed pipe.
        try stdout.fileHandleForReading.close()
        try process.run()
        process.waitUntilExit()
        let error = try String(contentsOfFile: scratch + "/err", encoding: .utf8)
        #expect(process.terminationStatus == 74)
        #expect(error.contains("broken pipe"))
    }

    @Test func tokenizeWritesJSONLinesWithScalarOffsets() throws {
        let result = try Tool.run(["tokenize", "--profile", "ner"], input: Data("وبالكويت، ١٢".utf8))
        let lines = result.text.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["kind"] as? String == "arabic")
        #expect(first["start"] as? Int == 0 && first["end"] as? Int == 8)
        #expect(first["normalized"] as? String == "وبالكويت")
        #expect((first["stems"] as? [String])?.contains("الكويت") == true)
        let number = try #require(try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any])
        #expect(number["text"] as? String == "١٢" && number["normalized"] as? String == "12")
    }

    @Test func versionAndHelp() throws {
        let version = try Tool.run(["--version"])
        #expect(version.status == 0 && !version.text.isEmpty)
        for command in [[], ["normalize"], ["tokenize"], ["entities"], ["eval"], ["bench"], ["profiles"]] {
            let help = try Tool.run(command + ["--help"])
            #expect(help.status == 0)
            #expect(help.text.contains("Examples:\n  "), "\(command)")
        }
    }

    @Test func evalScoresTheSeedGold() throws {
        let result = try Tool.run(["eval", "Fixtures/expected-entities.json", "--json"])
        #expect(result.status == 0, "\(result.error)")
        let scores = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: [String: Double]])
        #expect(Set(scores.keys) == ["PERSON", "COUNTRY", "CITY", "micro"])
    }
}
