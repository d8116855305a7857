#if canImport(Glibc)
import Glibc
#endif

/// Reads a fuzzer's input as a few parameter bytes followed by a payload.
public struct FuzzInput {
    public let bytes: UnsafeBufferPointer<UInt8>
    public private(set) var position = 0

    public init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
    }

    /// The next byte, 0 once the input is used up.
    public mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// Everything not yet read.
    public mutating func rest() -> [UInt8] {
        defer { position = bytes.count }
        return position < bytes.count ? Array(bytes[position...]) : []
    }
}

/// A small deterministic generator (SplitMix64) seeded from the input, for
/// choices the input should decide without spending many of its bytes.
public struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Stops the process with a message when an invariant fails: libFuzzer then
/// saves the input as a crash artifact.
@inline(__always)
public func require(
    _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
) {
    if !condition() {
        let text = "INVARIANT FAILED at \(file):\(line): \(message())\n"
        _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        abort()
    }
}

/// Scalar values of `bytes` (valid UTF-8), for messages.
public func describe(_ text: some StringProtocol) -> String {
    "[" + text.unicodeScalars.prefix(200).map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
        + (text.unicodeScalars.count > 200 ? " ..." : "") + "]"
}

/// UTF-8 offsets where a Unicode scalar starts, plus the end.
public func scalarBoundaries(_ text: String) -> Set<Int> {
    var result: Set<Int> = [text.utf8.count]
    var offset = 0
    for scalar in text.unicodeScalars {
        result.insert(offset)
        offset += UTF8.width(scalar)
    }
    return result
}

/// UTF-8 offsets where a `Character` (extended grapheme cluster) starts, plus the end.
public func characterBoundaries(_ text: String) -> Set<Int> {
    var result: Set<Int> = [text.utf8.count]
    var index = text.startIndex
    while index < text.endIndex {
        result.insert(text.utf8.distance(from: text.utf8.startIndex, to: index))
        index = text.index(after: index)
    }
    return result
}

/// libFuzzer's driver (in the runtime `-sanitize=fuzzer` links).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the process's arguments.
///
/// SwiftPM links an executable target with its entry point renamed to
/// `<Target>_main` (`--defsym main=<Target>_main`), so a harness cannot
/// rely on libFuzzer's own `main`: each defines `<Target>_main` and calls this.
public func runFuzzer(
    argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
}
