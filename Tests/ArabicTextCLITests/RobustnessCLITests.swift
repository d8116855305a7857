import Foundation
import Testing

/// The command line's error contract (Docs/Robustness.md): every failure has a
/// message on stderr and a documented exit code (64 usage, 65 bad data, 66
/// missing input, 74 output closed), no output is written before a failure
/// found up front, and no JSONL input line is dropped silently.
/// CommandLineTests and EntitiesCommandTests cover the first cases of each;
/// these cover the rest of the commands and formats.
@Suite struct RobustnessCLITests {
    /// A scratch directory, removed when `body` returns.
    static func withDirectory<T>(_ body: (String) throws -> T) throws -> T {
        let directory = NSTemporaryDirectory() + "arabic-text-robust-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return try body(directory)
    }

    /// A two-line gazetteer instead of the bundled one, so that each run of
    /// `entities` starts at once even in a debug or sanitizer build.
    static let small: [String] = {
        let path = NSTemporaryDirectory() + "arabic-text-robust-\(getpid()).tsv"
        try! "باكو\tCITY\tgeonames:587084\nموسكو\tCITY\tgeonames:524901\n".write(toFile: path, atomically: true, encoding: .utf8)
        return ["--no-bundled", "--gazetteer", path]
    }()

    /// `command` with the small gazetteer when it is `entities`.
    static func light(_ command: [String]) -> [String] {
        command.first == "entities" ? command + small : command
    }

    @Test(arguments: [
        ["tokenize"], ["entities"], ["entities", "--format", "jsonl"], ["entities", "--format", "conll"],
        ["entities", "--format", "html"],
    ])
    func aMissingFileExitsWith66BeforeAnyOutput(command: [String]) throws {
        let result = try Tool.run(Self.light(command) + [Tool.seed(0), "/nonexistent/input.txt"])
        #expect(result.status == 66)
        #expect(result.error.contains("/nonexistent/input.txt"))
        #expect(result.output.isEmpty)
    }

    @Test func usageErrorsOfEveryCommandExitWith64() throws {
        for arguments in [
            ["entities", "--format", "xml"], ["entities", "--frobnicate"], ["tokenize", "--profile", "nope"],
            ["no-such-command"], ["entities", "--jobs", "many"],
        ] {
            let result = try Tool.run(arguments, input: Data("باكو".utf8))
            #expect(result.status == 64, "\(arguments)")
            #expect(!result.error.isEmpty, "\(arguments)")
            #expect(result.output.isEmpty, "\(arguments)")
        }
    }

    @Test func malformedOrMissingGazetteersNameTheFileAndLine() throws {
        try Self.withDirectory { directory in
            let jsonl = directory + "/bad.jsonl"
            try """
                {"label": "ORG", "pattern": "الأمم المتحدة"}
                {"label": "ORG", "pattern": [{"POS": "NOUN"}]}

                """.write(toFile: jsonl, atomically: true, encoding: .utf8)
            let bad = try Tool.run(["entities", "--no-bundled", "--gazetteer", jsonl], input: Data("باكو".utf8))
            #expect(bad.status == 65)
            #expect(bad.error.contains("bad.jsonl:2:"))
            #expect(bad.output.isEmpty)
            let type = directory + "/type.tsv"
            try "باكو\tCITY\n# comment\nموسكو\tcity\n".write(toFile: type, atomically: true, encoding: .utf8)
            let lowerCase = try Tool.run(["entities", "--no-bundled", "--gazetteer", type], input: Data("باكو".utf8))
            #expect(lowerCase.status == 65)
            #expect(lowerCase.error.contains("type.tsv:3:"))
            let missing = try Tool.run(["entities", "--no-bundled", "--gazetteer", directory + "/none.tsv"], input: Data("باكو".utf8))
            #expect(missing.status == 66)
            #expect(missing.error.contains("none.tsv"))
            #expect(missing.output.isEmpty)
        }
    }

    @Test func everyJSONLLineGetsARecordInOrder() throws {
        // Valid lines, a blank line, a record without text, invalid UTF-8 inside
        // a string, a line that is not JSON, and a last line without a line break.
        var input = Data("{\"id\": 1, \"text\": \"باكو\"}\n\n{\"id\": 2}\n{\"id\": 3, \"text\": \"".utf8)
        input += Data([0xFF, 0xD8])
        input += Data("\"}\nnot json\n{\"id\": 6, \"text\": \"موسكو\"}".utf8)
        let result = try Tool.run(["entities", "--format", "jsonl"] + Self.small, input: input)
        #expect(result.status == 0)
        let records = try result.text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.count == 6)
        #expect(records.first?["id"] as? Int == 1 && records.last?["id"] as? Int == 6)
        for (index, line) in [2, 3, 4, 5].enumerated() {
            let record = records[index + 1]
            #expect(record["line"] as? Int == line)
            #expect((record["error"] as? String)?.hasPrefix("line \(line):") == true)
        }
        #expect((records[3]["error"] as? String)?.contains("UTF-8") == true)
        // --fail-fast: the records before the bad line, its message, exit 65.
        let stopped = try Tool.run(["entities", "--format", "jsonl", "--fail-fast"] + Self.small, input: input)
        #expect(stopped.status == 65)
        #expect(stopped.error.contains("line 2"))
        #expect(stopped.text.split(separator: "\n").count == 1)
    }

    /// JSONL lines are JSON (RFC 8259): what a JSON parser accepts is a
    /// request, whatever its spacing, escapes, nesting or member order; what
    /// it rejects gets an error record. Ids come back as the line wrote them.
    @Test func jsonlLinesFollowTheJSONGrammar() throws {
        let accepted: [(line: String, id: String, city: String?)] = [
            (#"{"id": 1, "text": "باكو"}"#, "1", "باكو"),
            (#"  {"text":"باكو","id":"a"}  "#, #""a""#, "باكو"),
            (#"{"id": {"b": [1, 2.5e-3, true, null], "a": {}}, "text": "في باكو"}"#,
             #"{"b": [1, 2.5e-3, true, null], "a": {}}"#, "باكو"),
            (#"{"id": 123456789012345678901234567890, "text": "x"}"#, "123456789012345678901234567890", nil),
            // Escapes: \u0628 is ب, a surrogate pair, \" and \n; an escaped key.
            (#"{"id": -0.5, "t\u0065xt": "\u0628\u0627\u0643\u0648 \ud83d\ude00 \"\n"}"#, "-0.5", "باكو"),
            (#"{"text": "x", "text": "موسكو"}"#, "null", "موسكو"),  // the last member counts
            ("\u{FEFF}{\"id\": [], \"text\": \"باكو\"}", "[]", "باكو"),  // a byte order mark
            (#"{"id": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]], "text": ""}"#,
             "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", nil),
        ]
        let rejected = [
            #"{"id": 1}"#, #"{"text": 5}"#, #"{"text": "a", "text": null}"#, #"["text", "a"]"#, #""text""#,
            #"{"text": "a",}"#, #"{"text": "a"} x"#, #"{"text": "a""#, #"{'text': 'a'}"#, #"{text: "a"}"#,
            #"{"id": 01, "text": "a"}"#, #"{"id": 1., "text": "a"}"#, #"{"id": +1, "text": "a"}"#,
            #"{"id": tru, "text": "a"}"#, #"{"id": [1,], "text": "a"}"#, #"{"id": {"a"}, "text": "a"}"#,
            #"{"id": [1}, "text": "a"}"#, #"{"text": "\x41"}"#, #"{"text": "\u12"}"#, "{\"text\": \"a\tb\"}",
            String(repeating: "[", count: 100_000),
        ]
        // Well-formed JSON, but no text can hold half a surrogate pair.
        let unpaired = [#"{"text": "\ud800"}"#, #"{"text": "\udc00\ud800"}"#]
        let lines = accepted.map(\.line) + rejected + unpaired
        let result = try Tool.run(
            ["entities", "--format", "jsonl"] + Self.small, input: Data(lines.joined(separator: "\n").utf8))
        #expect(result.status == 0)
        let records = result.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        try #require(records.count == lines.count)
        for (index, expected) in accepted.enumerated() {
            #expect(records[index].hasPrefix("{\"id\": \(expected.id), \"entities\": "), "line \(index + 1)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(records[index].utf8)) as? [String: Any])
            let texts = (object["entities"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
            #expect(texts == (expected.city.map { [$0] } ?? []), "line \(index + 1)")
        }
        for index in accepted.count..<lines.count {
            let problem = index < accepted.count + rejected.count ? "expected a JSON object" : #"a \\u escape"#
            #expect(records[index].hasPrefix("{\"line\": \(index + 1), \"error\": \"line \(index + 1): \(problem)"),
                "line \(index + 1): \(lines[index].prefix(40))")
        }
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        // Maximal subparts: FF, then E2 82 (a truncated euro sign), then C0, then the truncated D8 at the end.
        let input = Data([0xFF, 0x61, 0xE2, 0x82, 0x62, 0xC0, 0xAF]) + Data(" باكو ".utf8) + Data([0xD8])
        let normalized = try Tool.run(["normalize"], input: input)
        #expect(normalized.status == 0)
        #expect(normalized.text == "\u{FFFD}a\u{FFFD}b\u{FFFD}\u{FFFD} باكو \u{FFFD}")
        // Entity offsets count each U+FFFD as one scalar of the decoded text.
        let entities = try Tool.run(["entities", "--format", "json"] + Self.small, input: input)
        #expect(entities.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: entities.output) as? [String: Any])
        let first = try #require((object["entities"] as? [[String: Any]])?.first)
        #expect(first["text"] as? String == "باكو")
        #expect(first["start"] as? Int == 7 && first["end"] as? Int == 11)
    }

    @Test(arguments: [
        ["normalize"], ["tokenize"], ["entities", "--format", "jsonl"], ["entities", "--format", "json"],
        ["entities", "--format", "conll"], ["entities", "--format", "text"],
    ])
    func aReaderThatGoesAwayMidStreamGives74AndNoSignal(command: [String]) throws {
        try Self.withDirectory { directory in
            let jsonl = command.contains("jsonl")
            let line = jsonl ? "{\"id\": 1, \"text\": \"زار الرئيس باكو وموسكو\"}\n" : "زار الرئيس فلاديمير بوتين باكو وموسكو.\n"
            _ = FileManager.default.createFile(atPath: directory + "/in", contents: Data(String(repeating: line, count: 20_000).utf8))
            _ = FileManager.default.createFile(atPath: directory + "/err", contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Tool.executable)
            process.arguments = Self.light(command) + [directory + "/in"]
            let stdout = Pipe()
            process.standardOutput = stdout
            process.standardError = FileHandle(forWritingAtPath: directory + "/err")
            try process.run()
            // Like `| head -c1`: read one byte, then close the pipe.
            let first = try stdout.fileHandleForReading.read(upToCount: 1)
            #expect(first?.count == 1)
            try stdout.fileHandleForReading.close()
            process.waitUntilExit()
            let error = try String(contentsOfFile: directory + "/err", encoding: .utf8)
            #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
            #expect(process.terminationStatus == 74)
            #expect(error.contains("broken pipe"))
        }
    }
}
