// swift-tools-version:6.0
//
// libFuzzer harnesses for swift-arabic-text: one executable per harness,
// built with -sanitize=fuzzer,address. Build and run them with
// Scripts/fuzz (see Docs/Robustness.md); a plain `swift build` of this
// package without those flags is not meant to work.
//
// The harnesses check internal invariants too, so the main package is built
// with -enable-testing (Scripts/fuzz passes it) and imported @testable.
import PackageDescription

let fuzzerFlags: [String] = ["-sanitize=fuzzer,address", "-parse-as-library"]

func harness(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            "FuzzSupport",
            .product(name: "ArabicText", package: "swift-arabic-text"),
            .product(name: "EntityRules", package: "swift-arabic-text"),
        ],
        swiftSettings: [.unsafeFlags(fuzzerFlags)],
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
    )
}

let package = Package(
    name: "ArabicTextFuzz",
    dependencies: [
        .package(name: "swift-arabic-text", path: "..")
    ],
    targets: [
        .target(name: "FuzzSupport", swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]),
        harness("FuzzNormalizer"),
        harness("FuzzTokenizer"),
        harness("FuzzRecognizer"),
        harness("FuzzGazetteer"),
    ]
)
