import Foundation
import Testing

@testable import EntityRules

/// The embedded snapshot of the bundled lexicon (Sources/CGazetteerData/snapshot)
/// must be exactly what compiling the bundled gazetteers gives today.
///
/// With `RECORD_LEXICON_SNAPSHOT=1` in the environment the test rewrites the
/// file instead (`Scripts/data/lexicon-snapshot` does that and rebuilds).
@Suite struct LexiconSnapshotTests {
    static let snapshotPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CGazetteerData/snapshot/bundled-lexicon.bin")

    @Test func theEmbeddedSnapshotIsWhatCompilingGives() throws {
        let compiled = Lexicon(.bundled).snapshot(fingerprint: Lexicon.bundledFingerprint)
        if ProcessInfo.processInfo.environment["RECORD_LEXICON_SNAPSHOT"] == "1" {
            try Data(compiled).write(to: Self.snapshotPath)
            return
        }
        // The bytes this build embedded, which EntityRecognizer() loads.
        let embedded = try #require(Lexicon.embeddedSnapshot, "no lexicon snapshot: run Scripts/data/lexicon-snapshot")
        #expect(embedded.elementsEqual(compiled), "the lexicon snapshot is stale: run Scripts/data/lexicon-snapshot")
    }

    @Test func aSnapshotRoundTripsToTheSameLexicon() throws {
        var gazetteer = Gazetteer()
        try gazetteer.load(tsv: TestLexicon.tsv, source: "test.tsv")
        let lexicon = Lexicon(gazetteer)
        let bytes = lexicon.snapshot(fingerprint: 42)
        let loaded = try #require(bytes.withUnsafeBytes { Lexicon(snapshot: $0, fingerprint: 42) })
        #expect(loaded.snapshot(fingerprint: 42) == bytes)
        // The loaded lexicon recognizes what the compiled one does.
        let text = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن الكويت وأذربيجان"
        let expected = EntityRecognizer(lexicon: lexicon).recognize(text)
        #expect(!expected.isEmpty)
        #expect(EntityRecognizer(lexicon: loaded).recognize(text) == expected)
    }

    @Test func anotherFingerprintOrDamagedBytesAreRefused() {
        var gazetteer = Gazetteer()
        try! gazetteer.load(tsv: TestLexicon.tsv, source: "test.tsv")
        let bytes = Lexicon(gazetteer).snapshot(fingerprint: 42)
        #expect(bytes.withUnsafeBytes { Lexicon(snapshot: $0, fingerprint: 43) } == nil)
        // Every truncation, and a flipped byte in each of many places, is refused or
        // still loads a lexicon whose indices are all in bounds (never a trap).
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(Array(bytes[..<length]).withUnsafeBytes { Lexicon(snapshot: $0, fingerprint: 42) } == nil)
        }
        for position in stride(from: 16, to: bytes.count, by: max(1, bytes.count / 211)) {
            var damaged = bytes
            damaged[position] ^= 0xFF
            if let lexicon = damaged.withUnsafeBytes({ Lexicon(snapshot: $0, fingerprint: 42) }) {
                _ = EntityRecognizer(lexicon: lexicon).recognize("قال الرئيس فلاديمير بوتين في موسكو")
            }
        }
    }
}
