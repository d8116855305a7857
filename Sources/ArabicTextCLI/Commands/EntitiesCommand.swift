import ArabicText
import ArgumentParser
import EntityRules

/// `arabic-text entities`: finds PERSON, COUNTRY and CITY entities.
struct EntitiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Find people, countries and cities in Arabic text.",
        discussion: """
            Formats:
              json   {"entities": [{"type", "start", "end", "text", "canonical", "rule"}]}
                     with start/end in Unicode scalars, end-exclusive (the default);
                     with several files, {"documents": [{"file", "entities"}]}
              jsonl  reads {"id": ..., "text": ...} lines and writes one
                     {"id": ..., "entities": [...]} line per input line, in order;
                     a line that is not such an object gets
                     {"line": N, "error": "..."} (or stops the run with --fail-fast)
              conll  one token per line with its BIO label
              text   the text with entities marked, colored when standard output
                     is a terminal (unless NO_COLOR is set)
              html   a standalone right-to-left page with the entities highlighted
                     by type, a legend, and each entity's facts on hover

            Examples:
              arabic-text entities Fixtures/seeds/000_a5b943f2432fb324.txt
              arabic-text entities --format text article.txt
              arabic-text entities --gazetteer my-organizations.tsv --format json article.txt
              cat docs.jsonl | arabic-text entities --format jsonl --jobs 2 > out.jsonl
              arabic-text entities --format html article.txt > article.html
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, conll, text, html
    }

    @Option(help: ArgumentHelp("Output format: json, jsonl, conll, text or html.", valueName: "format"))
    var format: Format = .json

    @OptionGroup var gazetteerOptions: GazetteerOptions

    @Option(help: ArgumentHelp("Documents recognized at once in jsonl mode (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "In jsonl mode, stop at the first invalid line instead of writing an error record for it.")
    var failFast = false

    @Argument(help: "Files to read; standard input when none or '-'.")
    var files: [String] = []

    func validate() throws {
        if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be between 1 and 256") }
    }

    func run() async throws {
        let recognizer = try gazetteerOptions.recognizer()
        var inputs = try InputFile.openAll(files)
        defer { inputs.forEach { $0.close() } }
        let progress = ProgressMeter.attach("entities", to: &inputs)
        defer { progress?.finish() }
        let output = OutputStream.standardOutput
        if format == .jsonl {
            for input in inputs {
                try await JSONLines.run(input, recognizer: recognizer, jobs: jobs, failFast: failFast, output: output)
            }
            return
        }
        // Read every input before writing, so that a read error leaves no partial output.
        var documents: [(name: String, text: String)] = []
        for input in inputs {
            documents.append((input.path, String(decoding: try input.readAll(), as: UTF8.self)))
        }
        progress?.phase(documents.count == 1 ? "recognizing" : "recognizing \(documents.count) files")
        let results = await recognizer.recognize(documents.map(\.text), maximumConcurrency: jobs)
        progress?.finish()
        switch format {
        case .json where documents.count == 1:
            try output.write("{\"entities\": " + EntityOutput.jsonArray(results[0], in: documents[0].text) + "}\n")
        case .json:
            let items = zip(documents, results).map { document, entities in
                "{\"file\": \(JSON.quoted(document.name)), \"entities\": "
                    + EntityOutput.jsonArray(entities, in: document.text) + "}"
            }
            try output.write("{\"documents\": [" + items.joined(separator: ", ") + "]}\n")
        case .conll:
            for (document, entities) in zip(documents, results) {
                try output.write(EntityOutput.conll(entities, in: document.text))
            }
        case .text:
            for (document, entities) in zip(documents, results) {
                try output.write(EntityOutput.marked(entities, in: document.text, color: output.usesColor))
                if !document.text.hasSuffix("\n") { try output.write("\n") }
            }
        case .html:
            let pages = zip(documents, results).map { HTMLOutput.Document(name: $0.name, text: $0.text, entities: $1) }
            try output.write(HTMLOutput.page(pages))
        case .jsonl:
            break
        }
    }
}

/// The jsonl mode: a stateless line-in, line-out filter (what Spark's
/// `RDD.pipe`, Hadoop Streaming and GNU parallel expect). Lines are
/// recognized in chunks on up to `jobs` tasks and written in input order.
enum JSONLines {
    /// Lines per task: enough to make a task's cost negligible, few enough
    /// to keep memory small and every core busy to the end.
    static let linesPerTask = 64

    typealias LineResult = Result<[UInt8], LineFailure>

    static func run(
        _ input: InputFile, recognizer: EntityRecognizer, jobs: Int?, failFast: Bool, output: OutputStream
    ) async throws {
        let width = jobs ?? ProcessorCount.active
        var reader = input.lines()
        guard width > 1 else {
            while let (line, number) = try reader.next() {
                try write(process(line: line, number: number, recognizer: recognizer), failFast: failFast, to: output)
            }
            return
        }
        // A window of two chunks per job: while the jobs work, this task reads
        // the next chunks and writes finished ones, so no job waits for it.
        try await withThrowingTaskGroup(of: (Int, [LineResult]).self) { group in
            var finished: [Int: [LineResult]] = [:]
            var submitted = 0
            var written = 0
            var exhausted = false
            while true {
                while !exhausted, submitted - written < 2 * width {
                    var chunk: [(number: Int, line: [UInt8])] = []
                    chunk.reserveCapacity(linesPerTask)
                    while chunk.count < linesPerTask, let (line, number) = try reader.next() {
                        chunk.append((number, line))
                    }
                    exhausted = chunk.count < linesPerTask
                    guard !chunk.isEmpty else { break }
                    let index = submitted
                    group.addTask { (index, chunk.map { process(line: $0.line, number: $0.number, recognizer: recognizer) }) }
                    submitted += 1
                }
                guard let (index, results) = try await group.next() else { return }
                finished[index] = results
                while let results = finished.removeValue(forKey: written) {
                    for result in results { try write(result, failFast: failFast, to: output) }
                    written += 1
                }
            }
        }
    }

    /// Writes a line's record; under `--fail-fast` an invalid line stops the
    /// run instead, after the lines before it are written.
    private static func write(_ result: LineResult, failFast: Bool, to output: OutputStream) throws {
        switch result {
        case .success(let bytes):
            try bytes.withUnsafeBufferPointer { try output.write($0) }
        case .failure(let error):
            if failFast { throw error.error }
            try error.record.withUnsafeBufferPointer { try output.write($0) }
        }
    }

    /// An invalid line: the error, and the record written for it.
    struct LineFailure: Error {
        var error: CLIError
        var record: [UInt8]
    }

    /// One input line to one output line.
    static func process(line: [UInt8], number: Int, recognizer: EntityRecognizer) -> Result<[UInt8], LineFailure> {
        let request: JSONLRequest
        do {
            request = try JSONLRequest(line: line)
        } catch {
            let error = CLIError.data("line \(number): \(error.message)")
            var writer = JSONWriter()
            writer.raw("{\"line\": ")
            writer.integer(number)
            writer.raw(", \"error\": ")
            writer.string(error.message)
            writer.raw("}\n")
            return .failure(LineFailure(error: error, record: writer.bytes))
        }
        var writer = JSONWriter(capacity: request.text.utf8.count / 4 + 64)
        writer.raw("{\"id\": ")
        if let id = request.id { writer.raw(id) } else { writer.raw("null") }
        writer.raw(", \"entities\": ")
        EntityOutput.writeJSONArray(recognizer.recognize(request.text), in: request.text, to: &writer)
        writer.raw("}\n")
        return .success(writer.bytes)
    }
}
