import ArabicText
import Benchmark
import EntityRules

/// Throughput, allocations and peak memory of every stage, on corpora built
/// from the fixtures: one iteration processes the whole corpus (4 MiB of
/// news, as separate articles), so MB/s = throughput (iterations/s) × 4.19.
let benchmarks: @Sendable () -> Void = {
    let news = Corpus.news(megabytes: 4)
    let diacritized = Corpus.diacritized(megabytes: 4)
    let newsBytes = Corpus.byteCount(news)
    let diacritizedBytes = Corpus.byteCount(diacritized)

    // Relative thresholds: a change beyond these shows as a regression. They
    // are keyed by p90, the percentile `thresholds update` records in
    // Thresholds/*.p90.json: a metric without a tolerance at that percentile
    // would fail a check on any change at all.
    let thresholds: [BenchmarkMetric: BenchmarkThresholds] = [
        .throughput: .init(relative: [.p90: 15.0]),
        .wallClock: .init(relative: [.p90: 15.0]),
        .mallocCountTotal: .init(relative: [.p90: 5.0]),
        .peakMemoryResident: .init(relative: [.p90: 20.0]),
    ]
    func configuration(bytes: Int) -> Benchmark.Configuration {
        .init(
            metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident],
            timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(3),
            maxIterations: 20, thresholds: thresholds)
    }
    for profile in NormalizationProfile.all {
        let normalizer = ArabicNormalizer(profile: profile)
        Benchmark("normalize \(profile.name)", configuration: configuration(bytes: newsBytes)) { benchmark in
            for _ in benchmark.scaledIterations {
                for document in news { blackHole(normalizer.normalize(document)) }
            }
        }
        Benchmark("normalize \(profile.name), aligned", configuration: configuration(bytes: newsBytes)) { benchmark in
            for _ in benchmark.scaledIterations {
                for document in news { blackHole(normalizer.normalizeWithAlignment(document)) }
            }
        }
    }
    for profile in [NormalizationProfile.search, .display] {
        let normalizer = ArabicNormalizer(profile: profile)
        Benchmark("normalize \(profile.name), diacritized", configuration: configuration(bytes: diacritizedBytes)) {
            benchmark in
            for _ in benchmark.scaledIterations {
                for document in diacritized { blackHole(normalizer.normalize(document)) }
            }
        }
    }

    let tokenizer = Tokenizer()
    Benchmark("tokenize", configuration: configuration(bytes: newsBytes)) { benchmark in
        for _ in benchmark.scaledIterations {
            for document in news {
                var document = document
                var count = 0
                document.withUTF8 { buffer in tokenizer.forEachToken(inUTF8: buffer) { _ in count += 1 } }
                blackHole(count)
            }
        }
    }

    let analyzer = CliticAnalyzer(splitsArticle: false)
    let normalizedNews = news.map(ArabicNormalizer(profile: .ner).normalize)
    Benchmark("clitic analysis", configuration: configuration(bytes: newsBytes)) { benchmark in
        for _ in benchmark.scaledIterations {
            for document in normalizedNews {
                var document = document
                var count = 0
                document.withUTF8 { buffer in
                    tokenizer.forEachToken(inUTF8: buffer) { token in
                        guard token.kind == .arabicWord else { return }
                        analyzer.forEachSplit(ofWordAt: token.utf8Range, in: buffer) { _ in
                            count += 1
                            return true
                        }
                    }
                }
                blackHole(count)
            }
        }
    }

    let gazetteer = Gazetteer.bundled
    Benchmark(
        "compile bundled gazetteers",
        configuration: .init(
            metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], timeUnits: .milliseconds,
            maxDuration: .seconds(3), maxIterations: 20,
            thresholds: [
                .wallClock: .init(relative: [.p90: 25.0]), .mallocCountTotal: .init(relative: [.p90: 5.0]),
                .peakMemoryResident: .init(relative: [.p90: 20.0]),
            ])
    ) { _ in
        blackHole(EntityRecognizer(gazetteer: gazetteer))
    }

    let recognizer = EntityRecognizer()
    Benchmark("recognize entities", configuration: configuration(bytes: newsBytes)) { benchmark in
        for _ in benchmark.scaledIterations {
            for document in news { blackHole(recognizer.recognize(document)) }
        }
    }
}
