import ArabicText
import ArgumentParser
import EntityRules

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
/// `RDD.pipe`, Hadoop Streaming and GNU parallel expect), in batches
/// recognized concurrently and written in input order.
enum JSONLines {
    struct Request: Decodable {
        var id: JSONValue?
        var text: String
    }

    static let batchSize = 256

    static func run(
        _ input: InputFile, recognizer: EntityRecognizer, jobs: Int?, failFast: Bool, output: OutputStream
    ) async throws {
        var reader = input.lines()
        var batch: [(number: Int, line: [UInt8])] = []
        while let (line, number) = try reader.next() {
            batch.append((number, line))
            if batch.count == batchSize {
                try await flush(&batch, recognizer: recognizer, jobs: jobs, failFast: failFast, output: output)
            }
        }
        try await flush(&batch, recognizer: recognizer, jobs: jobs, failFast: failFast, output: output)
    }

    /// Recognizes a batch and writes its lines, in order. Each line is
    /// decoded, recognized and encoded on its own task; only reading and
    /// writing stay on one. Under `--fail-fast` an invalid line stops the run
    /// after the lines before it are written.
    private static func flush(
        _ batch: inout [(number: Int, line: [UInt8])], recognizer: EntityRecognizer, jobs: Int?, failFast: Bool,
        output: OutputStream
    ) async throws {
        defer { batch.removeAll(keepingCapacity: true) }
        guard !batch.isEmpty else { return }
        let results = await ConcurrentMap.run(batch, width: jobs ?? ProcessorCount.active) { number, line in
            process(line: line, number: number, recognizer: recognizer)
        }
        for result in results {
            switch result {
            case .success(let bytes):
                try bytes.withUnsafeBufferPointer { try output.write($0) }
            case .failure(let error):
                if failFast { throw error.error }
                try error.record.withUnsafeBufferPointer { try output.write($0) }
            }
        }
    }

    /// An invalid line: the error, and the record written for it.
    struct LineFailure: Error {
        var error: CLIError
        var record: [UInt8]
    }

    /// One input line to one output line.
    static func process(line: [UInt8], number: Int, recognizer: EntityRecognizer) -> Result<[UInt8], LineFailure> {
        let request: Request
        do {
            request = try JSONDecoder().decode(Request.self, from: Data(line))
        } catch {
            let problem =
                String(validating: line, as: UTF8.self) == nil
                ? "not valid UTF-8" : "expected a JSON object with a string \"text\""
            let error = CLIError.data("line \(number): \(problem)")
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
        // The id as the line wrote it, so that every process writes the same bytes for it.
        if let range = RawJSON.valueRange(ofMember: "id".utf8, in: line) {
            writer.raw(String(decoding: line[range], as: UTF8.self))
        } else {
            writer.raw(request.id?.json ?? "null")
        }
        writer.raw(", \"entities\": ")
        EntityOutput.writeJSONArray(recognizer.recognize(request.text), in: request.text, to: &writer)
        writer.raw("}\n")
        return .success(writer.bytes)
    }
}

/// A map over many inputs on up to `width` tasks at once, in input order.
enum ConcurrentMap {
    static func run<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], width: Int, _ body: @escaping @Sendable (Input) -> Output
    ) async -> [Output] {
        guard width > 1, inputs.count > 1 else { return inputs.map(body) }
        return await withTaskGroup(of: (Int, Output).self) { group in
            var results = [Output?](repeating: nil, count: inputs.count)
            var next = 0
            while next < min(width, inputs.count) {
                let index = next
                group.addTask { (index, body(inputs[index])) }
                next += 1
            }
            while let (index, output) = await group.next() {
                results[index] = output
                if next < inputs.count {
                    let index = next
                    group.addTask { (index, body(inputs[index])) }
                    next += 1
                }
            }
            return results.map { $0! }
        }
    }
}
