// swift-tools-version:6.0
//
// QuickStart: a first program using swift-arabic-text's two libraries,
// ArabicText (normalization with alignment) and EntityRules (entities).
// It depends on the repository it lives in by path; an app of your own
// would write instead
//     .package(url: "<the repository's URL>", from: "0.1.0")
import PackageDescription

let package = Package(
    name: "QuickStart",
    dependencies: [
        .package(name: "swift-arabic-text", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "QuickStart",
            dependencies: [
                .product(name: "ArabicText", package: "swift-arabic-text"),
                .product(name: "EntityRules", package: "swift-arabic-text"),
            ]
        ),
    ]
)
