import CGazetteerData

extension Gazetteer {
    /// The gazetteers bundled with the library (Docs/Data.md gives each
    /// file's source and license), parsed once per process.
    public static var bundled: Gazetteer { bundledGazetteer }

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
        var total = 0
        for index in 0..<gazetteer_file_count() {
            var length: Int32 = 0
            _ = gazetteer_file_bytes(index, &length)
            total += Int(length)
        }
        gazetteer.reserveCapacity(bytes: total, entries: total / 40)
        for index in 0..<gazetteer_file_count() {
            let name = String(cString: gazetteer_file_name(index))
            guard !excluded.contains(name) else { continue }
            var length: Int32 = 0
            let bytes = Array(UnsafeBufferPointer(start: gazetteer_file_bytes(index, &length), count: Int(length)))
            do {
                try gazetteer.load(tsv: bytes, source: name)
            } catch {
                // The bundled files are checked by the tests; a broken build must not go unnoticed.
                preconditionFailure("bundled gazetteer is malformed: \(error)")
            }
        }
        return gazetteer
    }
}
