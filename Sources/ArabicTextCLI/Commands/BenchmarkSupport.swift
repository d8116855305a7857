import ArabicText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The corpora the benchmark runs on, built from the seed articles.
enum BenchmarkCorpus {
    /// The text of every `.txt` file in `directory`, sorted by name.
    static func loadSeeds(directory: String) throws(CLIError) -> [String] {
        guard let handle = opendir(directory) else {
            throw .noInput("cannot read fixtures directory '\(directory)' (run from the package root or pass --fixtures)")
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".txt") { names.append(name) }
        }
        guard !names.isEmpty else { throw .noInput("no .txt files in '\(directory)'") }
        let paths = names.sorted().map { directory + "/" + $0 }
        let files = try InputFile.openAll(paths)
        defer { files.forEach { $0.close() } }
        var texts: [String] = []
        for file in files {
            do { texts.append(String(decoding: try file.readAll(), as: UTF8.self)) } catch let error as CLIError {
                throw error
            } catch { throw .noInput("cannot read '\(file.path)'") }
        }
        return texts
    }

    /// The texts repeated, as separate documents, until their total reaches `size` bytes.
    static func replicate(_ texts: [String], toBytes size: Int) -> [String] {
        var corpus: [String] = []
        var total = 0
        while total < size {
            for text in texts {
                // A fresh copy per document, as if each came from its own request.
                corpus.append(String(decoding: Array(text.utf8), as: UTF8.self))
                total += text.utf8.count
            }
        }
        return corpus
    }

    /// `text` with a diacritic after every Arabic letter, and a shadda before
    /// one in seven, chosen by a fixed pseudo-random sequence: the shape of
    /// fully vocalized text.
    static func diacritize(_ text: String) -> String {
        let marks: [Unicode.Scalar] = ["\u{064E}", "\u{064F}", "\u{0650}", "\u{0652}", "\u{064B}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(scalar)
            guard (0x0621...0x064A).contains(scalar.value) else { continue }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let draw = Int(state >> 33)
            if draw % 7 == 0 { result.append("\u{0651}") }
            result.append(marks[draw % marks.count])
        }
        return String(result)
    }
}

/// Timings of one benchmark run, reported as a Markdown table.
struct BenchmarkReport {
    let repetitions: Int
    /// Only stages whose name contains this run (the baseline always runs).
    let filter: String?
    private var rows: [(name: String, megabytesPerSecond: Double)] = []
    private var baseline: Double = 0

    init(repetitions: Int, filter: String? = nil) {
        self.repetitions = repetitions
        self.filter = filter
    }

    /// The best time of `repetitions` runs of `body`, in seconds.
    func bestTime(_ body: () -> Void) -> Double {
        var best = Double.infinity
        let clock = ContinuousClock()
        for _ in 0..<repetitions {
            let elapsed = clock.measure(body)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            best = min(best, seconds)
        }
        return best
    }

    /// Measures the baseline: every byte of every document through a
    /// 256-entry table into a new buffer.
    mutating func measureBaseline(_ corpus: [String]) {
        var table = [UInt8](repeating: 0, count: 256)
        for index in 0..<256 { table[index] = UInt8(index ^ (index >> 7)) }
        var checksum = 0
        let seconds = bestTime {
            for document in corpus {
                var document = document
                let output = document.withUTF8 { input in
                    [UInt8](unsafeUninitializedCapacity: input.count) { output, count in
                        table.withUnsafeBufferPointer { table in
                            for index in 0..<input.count { output[index] = table[Int(input[index])] }
                        }
                        count = input.count
                    }
                }
                checksum &+= Int(output.first ?? 0)
            }
        }
        precondition(checksum >= 0)
        baseline = Double(Self.byteCount(corpus)) / seconds / 1e6
        rows.append(("baseline: byte-table pass", baseline))
    }

    /// Measures `body` applied to each document of `corpus`.
    mutating func measure(_ name: String, corpus: [String], _ body: (String) -> Void) {
        if let filter, !name.contains(filter) { return }
        let seconds = bestTime {
            for document in corpus { body(document) }
        }
        rows.append((name, Double(Self.byteCount(corpus)) / seconds / 1e6))
    }

    static func byteCount(_ corpus: [String]) -> Int {
        corpus.reduce(0) { $0 + $1.utf8.count }
    }

    /// Adds a row measured elsewhere.
    mutating func add(_ name: String, megabytesPerSecond: Double) {
        rows.append((name, megabytesPerSecond))
    }

    func markdown() -> String {
        var lines = ["| stage | MB/s | ratio to baseline |", "|---|---:|---:|"]
        for row in rows {
            let ratio = baseline > 0 ? row.megabytesPerSecond / baseline : 0
            // A decimal below 100 MB/s, where one MB/s is a step worth seeing.
            let digits = row.megabytesPerSecond < 100 ? 1 : 0
            lines.append(
                "| \(row.name) | \(format(row.megabytesPerSecond, digits: digits)) | \(format(ratio, digits: 4)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `value` with `digits` decimals, without Foundation.
func format(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (value * scale).rounded()
    let integer = Int(scaled / scale)
    guard digits > 0 else { return String(Int(scaled)) }
    let fraction = Int(abs(scaled) - abs(Double(integer)) * scale)
    let fractionText = String(fraction)
    return "\(integer).\(String(repeating: "0", count: digits - fractionText.count))\(fractionText)"
}
