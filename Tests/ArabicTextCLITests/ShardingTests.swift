import Foundation
import Testing

/// `entities --format jsonl` is a stateless line-in, line-out filter: the
/// contract that Spark's `RDD.pipe`, Hadoop Streaming and GNU parallel rely
/// on (Docs/Scaling.md). Cutting the input anywhere between lines, running
/// the pieces as separate processes at the same time and concatenating
/// their outputs gives the bytes of a single run, whatever `--jobs` is.
@Suite struct ShardingTests {
    /// The jsonl input: the seed articles' sentences (one or two per line,
    /// now and then with a line break escaped inside the text) under ids of every
    /// JSON kind, an object with unsorted keys and a 64-bit unsigned integer
    /// among them; a few lines end in CRLF and the last has no line break.
    /// Returns the lines and each line's id as written.
    static func input(lineCount: Int) throws -> (lines: [String], ids: [String]) {
        var sentences: [String] = []
        for index in 0..<5 {
            let text = try String(contentsOfFile: Tool.seed(index), encoding: .utf8)
            for paragraph in text.split(separator: "\n") {
                sentences += paragraph.split(separator: ". ").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
            }
        }
        let ids = [
            "7", "\"doc-7\"", "null",
            "{\"shard\": 3, \"doc\": \"a\", \"zeta\": [1, 2.50], \"b\": {\"y\": 1, \"x\": 2}}",
            "18446744073709551615", "1.50", "[\"x\", 7]", "true",
        ]
        var lines: [String] = []
        var written: [String] = []
        for number in 0..<lineCount {
            var text = sentences[number % sentences.count]
            if number % 5 == 0 { text += ". " + sentences[(number * 7 + 3) % sentences.count] }
            if number % 97 == 0 { text += "\n" + sentences[(number + 1) % sentences.count] }
            let quoted = String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
            let id = ids[number % ids.count].replacingOccurrences(of: "7", with: String(number))
            switch number % 11 {
            case 3: lines.append("{\"text\": \(quoted)}")  // no id: null
            case 5: lines.append("{\"text\": \(quoted), \"id\": \(id), \"lang\": \"ar\"}")
            default: lines.append("{\"id\": \(id), \"text\": \(quoted)}")
            }
            written.append(number % 11 == 3 ? "null" : id)
        }
        return (lines, written)
    }

    /// The gazetteers of the runs. Every process compiles its gazetteer at
    /// start-up, which takes seconds for all the bundled files in a debug
    /// build; these are enough for every rule to fire. (The bundled set is
    /// what the other jsonl tests run with.)
    static let gazetteerArguments: [String] = {
        let files = ["countries", "cities", "demonyms", "geo-cues", "people", "given-names", "person-cues", "rule-cues"]
        let directory = Tool.packageRoot + "/Sources/CGazetteerData/gazetteers/"
        return ["--no-bundled"] + files.flatMap { ["--gazetteer", directory + $0 + ".tsv"] }
    }()

    /// A run of the tool reading `input` and writing `output` (files).
    struct Run {
        let process = Process()
        let output: String
        let error: String

        init(_ arguments: [String], input: String, output: String) throws {
            self.output = output
            self.error = output + ".err"
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            _ = FileManager.default.createFile(atPath: error, contents: nil)
            process.executableURL = URL(fileURLWithPath: Tool.executable)
            process.arguments = arguments
            process.standardInput = FileHandle(forReadingAtPath: input)
            process.standardOutput = FileHandle(forWritingAtPath: output)
            process.standardError = FileHandle(forWritingAtPath: error)
            try process.run()
        }

        func finish() throws -> (status: Int32, output: Data, error: String) {
            process.waitUntilExit()
            return (
                process.terminationStatus, try Data(contentsOf: URL(fileURLWithPath: output)),
                try String(contentsOfFile: error, encoding: .utf8)
            )
        }
    }

    @Test func shardsRunInParallelConcatenateToASingleRunAndJobsDoNotChangeTheBytes() throws {
        let scratch = NSTemporaryDirectory() + "arabic-text-shards-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        let (lines, ids) = try Self.input(lineCount: 1_500)
        func ending(_ number: Int) -> String {
            number == lines.count - 1 ? "" : number % 13 == 0 ? "\r\n" : "\n"
        }
        let whole = lines.indices.map { lines[$0] + ending($0) }.joined()
        try whole.write(toFile: scratch + "/all.jsonl", atomically: false, encoding: .utf8)
        // Uneven shards, cut inside the tool's chunks of 64 lines.
        let cuts = [0, 500, 1_001, lines.count]
        for shard in 0..<(cuts.count - 1) {
            let text = (cuts[shard]..<cuts[shard + 1]).map { lines[$0] + ending($0) }.joined()
            try text.write(toFile: scratch + "/shard\(shard).jsonl", atomically: false, encoding: .utf8)
        }

        // Every process at once: the shards and the two single runs.
        let arguments = ["entities", "--format", "jsonl"] + Self.gazetteerArguments
        let shardRuns = try (0..<(cuts.count - 1)).map {
            try Run(arguments + ["--jobs", "1"], input: scratch + "/shard\($0).jsonl", output: scratch + "/out\($0)")
        }
        let oneJob = try Run(arguments + ["--jobs", "1"], input: scratch + "/all.jsonl", output: scratch + "/one")
        let twoJobs = try Run(arguments + ["--jobs", "2"], input: scratch + "/all.jsonl", output: scratch + "/two")

        var concatenated = Data()
        for run in shardRuns {
            let result = try run.finish()
            #expect(result.status == 0 && result.error.isEmpty, "\(result.error)")
            concatenated += result.output
        }
        let single = try oneJob.finish()
        #expect(single.status == 0 && single.error.isEmpty, "\(single.error)")
        let parallel = try twoJobs.finish()
        #expect(parallel.status == 0 && parallel.error.isEmpty, "\(parallel.error)")

        // One line out per line in, each with its id exactly as written.
        let output = String(decoding: single.output, as: UTF8.self)
        let records = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(output.hasSuffix("\n"))
        #expect(records.count == lines.count)
        for (record, id) in zip(records, ids) {
            #expect(record.hasPrefix("{\"id\": \(id), \"entities\": ["), "\(record.prefix(120))")
        }
        // Real work was done: lines with entities of every core type (345, 212 and 669 when written).
        for type in ["PERSON", "CITY", "COUNTRY"] {
            #expect(records.filter { $0.contains("\"type\": \"\(type)\"") }.count > 100, "\(type)")
        }

        #expect(concatenated == single.output, "the concatenated shards differ from a single run")
        #expect(parallel.output == single.output, "--jobs 2 differs from --jobs 1")
    }
}
