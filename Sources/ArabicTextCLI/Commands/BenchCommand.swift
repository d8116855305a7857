import ArabicText
import ArgumentParser
import EntityRules

/// `arabic-text bench`: throughput of every stage on a corpus built from the fixtures.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput on a corpus built from the bundled fixtures.",
        discussion: """
            Replicates the seed articles to the requested size (each article a \
            separate document, as a service would see them), adds a fully \
            diacritized variant, and reports MB/s for each stage (best of the \
            repetitions, one thread) with its ratio to a plain byte-table pass \
            over the same bytes, measured in the same run. Build with -c release \
            for meaningful figures.

            Examples:
              swift run -c release arabic-text bench
              arabic-text bench --megabytes 64 --repetitions 7
            """
    )

    @Option(help: ArgumentHelp("Directory of the seed articles.", valueName: "dir"))
    var fixtures: String = "Fixtures/seeds"

    @Option(help: "Corpus size in megabytes.")
    var megabytes: Int = 32

    @Option(help: "Runs per measurement; the best one counts.")
    var repetitions: Int = 5

    @Option(help: ArgumentHelp("Run only the stages whose name contains this text.", valueName: "text"))
    var only: String?

    func validate() throws {
        guard (1...4096).contains(megabytes) else { throw ValidationError("--megabytes must be between 1 and 4096") }
        guard (1...100).contains(repetitions) else { throw ValidationError("--repetitions must be between 1 and 100") }
    }

    func run() throws {
        let seeds = try BenchmarkCorpus.loadSeeds(directory: fixtures)
        let news = BenchmarkCorpus.replicate(seeds, toBytes: megabytes << 20)
        let diacritized = BenchmarkCorpus.replicate(seeds.map(BenchmarkCorpus.diacritize), toBytes: megabytes << 20)
        var report = BenchmarkReport(repetitions: repetitions, filter: only)
        report.measureBaseline(news)
        for profile in NormalizationProfile.all {
            let normalizer = ArabicNormalizer(profile: profile)
            report.measure("normalize \(profile.name)", corpus: news) { _ = normalizer.normalize($0) }
            report.measure("normalize \(profile.name), aligned", corpus: news) {
                _ = normalizer.normalizeWithAlignment($0)
            }
        }
        for profile in [NormalizationProfile.search, .display] {
            let normalizer = ArabicNormalizer(profile: profile)
            report.measure("normalize \(profile.name), diacritized", corpus: diacritized) { _ = normalizer.normalize($0) }
            report.measure("normalize \(profile.name), diacritized, aligned", corpus: diacritized) {
                _ = normalizer.normalizeWithAlignment($0)
            }
        }
        let tokenizer = Tokenizer()
        report.measure("tokenize", corpus: news) { text in
            var text = text
            var count = 0
            text.withUTF8 { buffer in tokenizer.forEachToken(inUTF8: buffer) { _ in count += 1 } }
            precondition(count > 0)
        }
        let analyzer = CliticAnalyzer(splitsArticle: false)
        let normalizedNews = news.map(ArabicNormalizer(profile: .ner).normalize)
        report.measure("tokenize + clitic splits (ner text)", corpus: normalizedNews) { text in
            var text = text
            var count = 0
            text.withUTF8 { buffer in
                tokenizer.forEachToken(inUTF8: buffer) { token in
                    guard token.kind == .arabicWord else { return }
                    analyzer.forEachSplit(ofWordAt: token.utf8Range, in: buffer) { _ in
                        count += 1
                        return true
                    }
                }
            }
            precondition(count > 0)
        }
        let recognizer = EntityRecognizer()
        report.measure("entities (normalize, tokenize, look up, rules)", corpus: news) { _ = recognizer.recognize($0) }
        var output = report.markdown()
        if only == nil || "gazetteer".contains(only!) {
            // Compiling the bundled gazetteers (parsed once per process, as start-up does).
            let gazetteer = Gazetteer.bundled
            let seconds = report.bestTime { _ = EntityRecognizer(gazetteer: gazetteer) }
            output += "\ncompiling the bundled gazetteers (\(gazetteer.count) entries): \(format(seconds * 1000, digits: 1)) ms\n"
        }
        try OutputStream.standardOutput.write(output)
    }
}
