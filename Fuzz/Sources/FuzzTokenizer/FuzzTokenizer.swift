// Fuzzes Tokenizer and CliticAnalyzer on raw and normalized text.
//
// Input: byte 0 picks the analyzer's settings; the rest is the text (any bytes).
import FuzzSupport

@testable import ArabicText

let tokenizer = Tokenizer()
let ner = ArabicNormalizer(profile: .ner)
let analyzers = [true, false].flatMap { article in
    [true, false].flatMap { enclitics in
        [1, 2, 3].map { CliticAnalyzer(splitsArticle: article, splitsEnclitics: enclitics, minimumStemLength: $0) }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let analyzer = analyzers[Int(input.byte()) % analyzers.count]
    let text = String(decoding: input.rest(), as: UTF8.self)
    check(text, analyzer: analyzer)
    check(ner.normalize(text), analyzer: analyzer)
    return 0
}

func check(_ text: String, analyzer: CliticAnalyzer) {
    let tokens = tokenizer.tokenize(text)
    let bytes = Array(text.utf8)
    let boundaries = scalarBoundaries(text)
    var streamed: [Token] = []
    var copy = text
    copy.withUTF8 { buffer in tokenizer.forEachToken(inUTF8: buffer) { streamed.append($0) } }
    require(streamed == tokens, "forEachToken and tokenize differ")
    var previousEnd = 0
    for token in tokens {
        let range = token.utf8Range
        require(range.lowerBound >= previousEnd, "tokens overlap or are out of order: \(range) after \(previousEnd)")
        require(!range.isEmpty && range.upperBound <= bytes.count, "token range \(range) in \(bytes.count) bytes")
        require(boundaries.contains(range.lowerBound) && boundaries.contains(range.upperBound), "token \(range) cuts a scalar")
        previousEnd = range.upperBound
        // Tokens never contain white space.
        let tokenText = token.text(in: text)
        require(!tokenText.unicodeScalars.contains { $0 == " " || $0 == "\n" || $0 == "\t" }, "space inside \(describe(tokenText))")
        guard token.kind == .arabicWord else { continue }
        checkSplits(of: range, in: bytes, boundaries: boundaries, analyzer: analyzer)
        // The String entry point on the word alone agrees.
        let analyses = analyzer.analyses(of: String(tokenText))
        require(analyses.first?.split.isWholeWord == true, "first analysis is not the whole word")
    }
}

func checkSplits(of range: Range<Int>, in bytes: [UInt8], boundaries: Set<Int>, analyzer: CliticAnalyzer) {
    var splits: [CliticSplit] = []
    bytes.withUnsafeBufferPointer { buffer in
        analyzer.forEachSplit(ofWordAt: range, in: buffer) { splits.append($0); return true }
    }
    require(splits.first?.isWholeWord == true && splits.first?.stemRange == range, "the whole word comes first")
    var previousRemoved = 0
    for split in splits {
        let stem = split.stemRange
        require(stem.lowerBound >= range.lowerBound && stem.upperBound <= range.upperBound, "stem \(stem) outside word \(range)")
        require(!stem.isEmpty, "empty stem")
        require(boundaries.contains(stem.lowerBound) && boundaries.contains(stem.upperBound), "stem \(stem) cuts a scalar")
        require(stem.count >= analyzer.minimumStemLength * 2 || split.isWholeWord, "stem shorter than the minimum")
        let removed = range.count - stem.count
        require(removed >= previousRemoved, "splits not ordered by letters removed")
        previousRemoved = removed
        // The clitics removed are the ones the split names.
        // (after ل the article is written ل: لل).
        let proclitics = split.proclitics
        var written = ""
        for (index, proclitic) in proclitics.enumerated() {
            written += proclitic == .article && index > 0 && proclitics[index - 1] == .li ? "ل" : proclitic.rawValue
        }
        require(
            bytes[range.lowerBound..<stem.lowerBound].elementsEqual(written.utf8),
            "prefix bytes are not \(written)")
        let suffix = split.enclitic?.rawValue ?? ""
        require(bytes[stem.upperBound..<range.upperBound].elementsEqual(suffix.utf8), "suffix bytes are not \(suffix)")
    }
    // Stopping early stops.
    var calls = 0
    bytes.withUnsafeBufferPointer { buffer in
        analyzer.forEachSplit(ofWordAt: range, in: buffer) { _ in calls += 1; return false }
    }
    require(calls == 1, "forEachSplit went on after false")
}

@_cdecl("FuzzTokenizer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzzTokenizer)
}
