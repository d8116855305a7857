import Foundation

/// The corpora the benchmarks run on, built from the seed articles in
/// Fixtures/seeds: each article a document, replicated to a few megabytes,
/// and a fully diacritized variant.
enum Corpus {
    /// The repository's Fixtures/seeds directory, found from this file.
    static let seedsDirectory: String = {
        var path = #filePath
        for _ in 0..<4 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Fixtures/seeds"
    }()

    static let seeds: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seedsDirectory)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
            try? String(contentsOfFile: seedsDirectory + "/" + $0, encoding: .utf8)
        }
    }()

    /// About `megabytes` of news text, as separate documents.
    static func news(megabytes: Int) -> [String] {
        replicate(seeds, megabytes: megabytes)
    }

    /// The same with a diacritic after every Arabic letter.
    static func diacritized(megabytes: Int) -> [String] {
        replicate(seeds.map(diacritize), megabytes: megabytes)
    }

    static func byteCount(_ documents: [String]) -> Int {
        documents.reduce(0) { $0 + $1.utf8.count }
    }

    private static func replicate(_ texts: [String], megabytes: Int) -> [String] {
        precondition(!texts.isEmpty, "no seed articles in \(seedsDirectory)")
        var documents: [String] = []
        var total = 0
        while total < megabytes << 20 {
            for text in texts {
                documents.append(String(decoding: Array(text.utf8), as: UTF8.self))
                total += text.utf8.count
            }
        }
        return documents
    }

    private static func diacritize(_ text: String) -> String {
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
