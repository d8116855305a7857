// swift-tools-version:6.1
//
// The benchmark suite, in a package of its own so that users of the
// library never resolve the benchmark harness. Run from the repository root:
//
//   swift package --package-path Benchmarks benchmark
//
// and check against the checked-in thresholds:
//
//   swift package --package-path Benchmarks benchmark thresholds check --path Benchmarks/Thresholds
import PackageDescription

let package = Package(
    name: "ArabicTextBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        // `name:` pins the identity, whatever the checkout's directory is called.
        .package(name: "swift-arabic-text", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ArabicTextBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ArabicText", package: "swift-arabic-text"),
                .product(name: "EntityRules", package: "swift-arabic-text"),
            ],
            path: "Benchmarks/ArabicTextBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
