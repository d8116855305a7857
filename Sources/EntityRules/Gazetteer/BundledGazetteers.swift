import CGazetteerData

extension Gazetteer {
    /// The gazetteers bundled with the library (Docs/Data.md gives each
    /// file's source and license), parsed once per process.
    public static var bundled: Gazetteer { bundledGazetteer }

    /// The bundled files' names and bytes, in load order.
    static var bundledFiles: [(name: String, bytes: [UInt8])] {
        (0..<gazetteer_file_count()).map { index in
            var length: Int32 = 0
            let bytes = Array(UnsafeBufferPointer(start: gazetteer_file_bytes(index, &length), count: Int(length)))
            return (String(cString: gazetteer_file_name(index)), bytes)
        }
    }

    /// The names of the bundled files, such as `countries.tsv`.
    public static var bundledFileNames: [String] {
        (0..<gazetteer_file_count()).map { String(cString: gazetteer_file_name($0)) }
    }

    /// The bundled gazetteers without the files named in `excluded` (from
    /// ``bundledFileNames``): for instance without `frequent-words.tsv`,
    /// whose CC BY-SA 4.0 license some users cannot accept (Docs/Data.md).
    public static func bundled(excluding excluded: Set<String>) -> Gazetteer {
        excluded.isEmpty ? bundledGazetteer : load(excluding: excluded)
    }

    private static let bundledGazetteer = load(excluding: [])

    private static func load(excluding excluded: Set<String>) -> Gazetteer {
        var gazetteer = Gazetteer()
        let files = bundledFiles.filter { !excluded.contains($0.name) }
        let total = files.reduce(0) { $0 + $1.bytes.count }
        gazetteer.reserveCapacity(bytes: total, entries: total / 40)
        for (name, bytes) in files {
            do {
                try gazetteer.load(tsv: bytes, source: name)
            } catch {
                // Every bundled file is checked by a test (everyBundledFileIsWellFormed):
                // a malformed one is a broken build, which must not go unnoticed.
                preconditionFailure("bundled gazetteer is malformed: \(error)")
            }
        }
        return gazetteer
    }
}
