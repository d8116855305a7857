/// Runs a function over many inputs concurrently, keeping input order.
enum BatchRecognition {
    static func run<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], width: Int?, _ body: @escaping @Sendable (Input) -> Output
    ) async -> [Output] {
        let width = max(1, width ?? ProcessorCount.active)
        return await withTaskGroup(of: (Int, Output).self) { group in
            var results = [Output?](repeating: nil, count: inputs.count)
            var next = 0
            // Keep `width` tasks in flight; start another as each finishes.
            while next < min(width, inputs.count) {
                let index = next
                group.addTask { (index, body(inputs[index])) }
                next += 1
            }
            while let (index, output) = await group.next() {
                results[index] = output
                if next < inputs.count {
                    let index = next
                    group.addTask { (index, body(inputs[index])) }
                    next += 1
                }
            }
            return results.map { $0! }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The number of processors this process may run on.
public enum ProcessorCount {
    /// Online processors, at least 1.
    public static var active: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
