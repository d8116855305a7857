// Fuzzes the gazetteer file parsers (TSV and spaCy JSONL) and compiling
// what they accept.
//
// Input: byte 0 picks the format (even: TSV, odd: JSONL); the rest is the
// file's bytes.
import FuzzSupport

@testable import EntityRules

let probe = "زار الرئيس فلاديمير بوتين مدينة باكو في أذربيجان"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGazetteer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let jsonl = input.byte() & 1 == 1
    let bytes = input.rest()
    let lineCount = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
    var gazetteer = Gazetteer()
    gazetteer.add("باكو", type: .city)
    do {
        if jsonl {
            try gazetteer.load(spaCyPatterns: bytes, source: "fuzz.jsonl")
        } else {
            try gazetteer.load(tsv: bytes, source: "fuzz.tsv")
        }
    } catch {
        // Errors name the source and a line of the file; nothing is added.
        require(error.source == (jsonl ? "fuzz.jsonl" : "fuzz.tsv"), "error source \(error.source)")
        require(error.line.map { (1...lineCount).contains($0) } == true, "error line \(String(describing: error.line)) of \(lineCount): \(error)")
        require(!error.message.isEmpty, "empty message")
        require(gazetteer.count == 1 && gazetteer.storage.text.count == "باكو".utf8.count, "a failed load added entries")
        return 0
    }
    // What loads, compiles and works; entries read back.
    let entries = gazetteer.entries
    require(entries.count == gazetteer.count, "entries")
    for entry in entries.dropFirst() {
        require(entry.sourceLine.map { (1...lineCount).contains($0) } == true, "entry line \(entry.source)")
    }
    let recognizer = EntityRecognizer(gazetteer: gazetteer)
    let text = probe + " " + entries.prefix(20).map(\.name).joined(separator: " ، ")
    let entities = recognizer.recognize(text)
    for entity in entities {
        require(entity.utf8Range.upperBound <= text.utf8.count, "entity out of range")
    }
    return 0
}

@_cdecl("FuzzGazetteer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzzGazetteer)
}
