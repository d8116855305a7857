import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress line on standard error for long runs: the bytes read so far,
/// the share of the input when its size is known, and the average MB/s
/// (10^6 bytes). Drawn first after half a second, so that short runs show
/// nothing, then redrawn five times a second, and erased at the end. It is
/// only shown when standard error is a terminal and neither standard output
/// (the line would mix with the output) nor any input is one. It is written
/// with a carriage return and spaces only, no escape sequences.
final class ProgressMeter: Sendable {
    private let label: String
    private let total: Int?
    private let bytes = Atomic<Int>(0)
    private let state: Mutex<State>
    /// Thread-safe itself (cancelling it from any thread is allowed), set once.
    private nonisolated(unsafe) let timer = DispatchSource.makeTimerSource(
        queue: DispatchQueue(label: "arabic-text.progress"))

    private struct State {
        var start: ContinuousClock.Instant
        /// What the command does once the input is read, and since when.
        var phase: (text: String, start: ContinuousClock.Instant)?
        /// The width of the line on the screen; 0 when none is drawn.
        var width = 0
        var finished = false
    }

    /// The delay before the first line and between two lines.
    static let firstDraw = DispatchTimeInterval.milliseconds(500)
    static let interval = DispatchTimeInterval.milliseconds(200)

    /// Starts a meter for `command` reading `inputs` and makes them count
    /// what they read into it, or returns nil when no progress is to be shown.
    static func attach(_ command: String, to inputs: inout [InputFile]) -> ProgressMeter? {
        guard isatty(STDERR_FILENO) != 0, isatty(STDOUT_FILENO) == 0,
            !inputs.contains(where: { isatty($0.descriptor) != 0 })
        else { return nil }
        let meter = ProgressMeter(label: "arabic-text " + command, total: inputs.totalSize)
        for index in inputs.indices { inputs[index].progress = meter }
        meter.startTimer()
        return meter
    }

    private init(label: String, total: Int?) {
        self.label = label
        self.total = total
        self.state = Mutex(State(start: .now))
    }

    private func startTimer() {
        timer.schedule(deadline: .now() + Self.firstDraw, repeating: Self.interval)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    deinit { timer.cancel() }

    /// Counts `count` more bytes read.
    func advance(by count: Int) {
        bytes.add(count, ordering: .relaxed)
    }

    /// Says what the command does now that the input is read (the line
    /// then shows it and the time it has taken so far).
    func phase(_ text: String) {
        state.withLock { $0.phase = (text, .now) }
    }

    /// Erases the line, if one is drawn, and stops drawing. Call it before
    /// writing anything else to standard error.
    func finish() {
        timer.cancel()
        state.withLock { state in
            guard !state.finished else { return }
            state.finished = true
            if state.width > 0 { Self.write("\r" + String(repeating: " ", count: state.width) + "\r") }
            state.width = 0
        }
    }

    private func draw() {
        state.withLock { state in
            guard !state.finished else { return }
            let line = self.line(state)
            let padding = max(0, state.width - line.utf8.count)
            Self.write("\r" + line + String(repeating: " ", count: padding))
            state.width = line.utf8.count
        }
    }

    private func line(_ state: State) -> String {
        let now = ContinuousClock.now
        let done = bytes.load(ordering: .relaxed)
        var line = label + ": " + Self.megabytes(done)
        if let phase = state.phase {
            return line + " read; " + phase.text + ", " + format(Self.seconds(now - phase.start), digits: 1) + " s"
        }
        if let total, total > 0 {
            line += " of " + Self.megabytes(total) + " (\(min(100, done * 100 / total))%)"
        }
        let seconds = Self.seconds(now - state.start)
        return line + ", " + format(seconds > 0 ? Double(done) / 1e6 / seconds : 0, digits: 1) + " MB/s"
    }

    private static func megabytes(_ bytes: Int) -> String {
        format(Double(bytes) / 1e6, digits: 1) + " MB"
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    private static func write(_ text: String) {
        var text = text
        _ = text.withUTF8 { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}

extension [InputFile] {
    /// The inputs' total size in bytes, when every one is a regular file.
    fileprivate var totalSize: Int? {
        var total = 0
        for input in self {
            var info = stat()
            guard fstat(input.descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            total += Int(info.st_size)
        }
        return total
    }
}
