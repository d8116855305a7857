#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files for the gazetteer loaders.
enum FileBytes {
    static func read(_ path: String) throws(GazetteerError) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw GazetteerError(source: path, line: nil, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count > 0 { bytes += buffer[..<count] }
            if count < buffer.count {
                if ferror(file) != 0 {
                    throw GazetteerError(source: path, line: nil, message: "cannot read: \(String(cString: strerror(errno)))")
                }
                return bytes
            }
        }
    }
}
