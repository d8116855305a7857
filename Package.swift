// swift-tools-version:6.0
//
// ArabicText: exact, offset-preserving Arabic normalization, tokenization and
// clitic analysis; EntityRules: gazetteer-plus-rule recognition of PERSON,
// COUNTRY and CITY; `arabic-text`: the command-line tool over both.
//
// Dependencies point one way:
//   arabic-text (CLI) -> EntityRules -> ArabicText -> CArabicICU (ICU shim), CArabicSIMD
import PackageDescription

let package = Package(
    name: "swift-arabic-text",
    products: [
        .library(name: "ArabicText", targets: ["ArabicText"]),
        .library(name: "EntityRules", targets: ["EntityRules"]),
        .executable(name: "arabic-text", targets: ["ArabicTextCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // A C shim over ICU whose public header uses only plain C types, so that
        // Swift never imports ICU's own headers (they clash with Foundation's ICU).
        .target(
            name: "CArabicICU",
            linkerSettings: [
                .linkedLibrary("icuuc"),
                .linkedLibrary("icui18n"),
                .linkedLibrary("icudata"),
            ]
        ),
        // Vector kernels (AVX2 where the CPU has it) for the normalization
        // loop; Swift code does the same work where they cannot run.
        .target(name: "CArabicSIMD"),
        .target(
            name: "ArabicText",
            dependencies: ["CArabicICU", "CArabicSIMD"]
        ),
        // The bundled gazetteers: TSV files compiled into the binary with `#embed`,
        // so that no resource bundle has to be found at run time.
        .target(
            name: "CGazetteerData",
            exclude: ["gazetteers"]
        ),
        .target(
            name: "EntityRules",
            dependencies: ["ArabicText", "CGazetteerData"]
        ),
        .executableTarget(
            name: "ArabicTextCLI",
            dependencies: [
                "EntityRules",
                "ArabicText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share (a seeded random generator); no product uses it.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "ArabicTextTests",
            dependencies: ["ArabicText", "TestSupport"]
        ),
        .testTarget(
            name: "EntityRulesTests",
            dependencies: ["EntityRules", "ArabicText", "TestSupport"]
        ),
        .testTarget(
            name: "ArabicTextCLITests",
            dependencies: ["ArabicTextCLI"]
        ),
    ]
)
