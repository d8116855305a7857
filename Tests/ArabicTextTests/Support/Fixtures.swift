/// The seed articles in Fixtures/seeds, read once.
enum Fixtures {
    /// The package's root directory, found from this file's path.
    static let packageRoot: String = {
        var path = #filePath
        for _ in 0..<4 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    static let seedNames = [
        "000_a5b943f2432fb324.txt", "001_0e9437e628f360eb.txt", "002_ef44bf7bd83e0590.txt",
        "003_baac64db82fb31fe.txt", "004_eecb044ba8684cbc.txt",
    ]

    /// The text of each seed article, in name order.
    static let seeds: [String] = seedNames.map { readFile(packageRoot + "/Fixtures/seeds/" + $0) }

    static func readFile(_ path: String) -> String {
        guard let file = fopen(path, "rb") else { fatalError("missing fixture \(path)") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
