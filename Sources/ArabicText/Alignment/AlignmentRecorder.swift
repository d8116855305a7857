/// Receives, from the normalization loop, where each atom of output begins.
///
/// The loop is generic over its recorder, so the plain entry point, which
/// uses ``DiscardingRecorder``, compiles to a loop without any of this.
protocol AlignmentRecorder: ~Copyable {
    /// Whether the recorder keeps anything: loops skip their bookkeeping when not.
    static var recordsAlignment: Bool { get }
    /// A run of scalars copied or replaced by ones of the same UTF-8 length
    /// starts at `input` and `output`; its last scalar starts at `lastInput`:
    /// part of a linear stretch.
    mutating func linear(input: Int, output: Int, lastInput: Int)
    /// An atom that maps as a whole (an expansion, a contraction, an ICU
    /// chunk) starts at `input` and `output`.
    mutating func opaque(input: Int, output: Int)
    /// A removed scalar that is not a combining mark starts at `input`; the
    /// output position is `output`.
    mutating func deletion(input: Int, output: Int)
    /// A removed combining mark at `input` joins the atom of the scalar before it.
    mutating func attachMark(input: Int, output: Int)
    /// Everything from `input` and `output` on is being redone as one atom.
    mutating func rollback(input: Int, output: Int)
}

/// The recorder of the plain entry point: records nothing.
struct DiscardingRecorder: AlignmentRecorder {
    static var recordsAlignment: Bool { false }
    /// Not empty on purpose: ThreadSanitizer instruments `inout` accesses,
    /// and an empty struct passed `inout` can have a bogus address, on which
    /// the TSan runtime crashes (SEGV in `__tsan::ExternalAccess`).
    private var unused: UInt8 = 0
    @inline(__always) mutating func linear(input: Int, output: Int, lastInput: Int) {}
    @inline(__always) mutating func opaque(input: Int, output: Int) {}
    @inline(__always) mutating func deletion(input: Int, output: Int) {}
    @inline(__always) mutating func attachMark(input: Int, output: Int) {}
    @inline(__always) mutating func rollback(input: Int, output: Int) {}
}

/// The recorder behind ``TextAlignment``: a list of segment starts, each
/// linear (byte i of the segment's input is byte i of its output) or opaque
/// (the segment's input and output map only as wholes).
///
/// The list lives in a raw buffer it grows itself: the normalization loop
/// calls it for every removed diacritic of vocalized text, where an array's
/// uniqueness and bounds checks would cost more than the normalization.
struct SegmentRecorder: AlignmentRecorder, ~Copyable {
    static var recordsAlignment: Bool { true }
    private var buffer: UnsafeMutablePointer<TextAlignment.Segment>
    private var capacity: Int
    private var count = 0
    /// Where the last linear scalar started, to split it off when a removed
    /// mark attaches to it.
    private var previousInput = 0
    private var previousOutput = 0

    /// Starts with the linear stretch at the very beginning, which every alignment has.
    init(estimatedCount: Int = 0) {
        capacity = max(estimatedCount, 16)
        buffer = .allocate(capacity: capacity)
        buffer.initialize(to: .init(input: 0, output: 0, isOpaque: false))
        count = 1
    }

    deinit { buffer.deallocate() }

    private var last: TextAlignment.Segment {
        @inline(__always) get { buffer[count &- 1] }
    }

    @inline(__always)
    mutating func linear(input: Int, output: Int, lastInput: Int) {
        previousInput = lastInput
        previousOutput = output + (lastInput - input)
        if !last.isOpaque { return }
        append(.init(input: input, output: output, isOpaque: false))
    }

    @inline(__always)
    mutating func opaque(input: Int, output: Int) {
        append(.init(input: input, output: output, isOpaque: true))
    }

    @inline(__always)
    mutating func deletion(input: Int, output: Int) {
        // Consecutive removals form one atom.
        let last = self.last
        if last.isOpaque, last.output == output, last.input < input { return }
        append(.init(input: input, output: output, isOpaque: true))
    }

    @inline(__always)
    mutating func attachMark(input: Int, output: Int) {
        let last = self.last
        if last.isOpaque { return }  // it extends the atom already open
        if input == 0 || last.input == previousInput {
            // The linear stretch is just the letter (or empty, at the very start): it becomes the atom.
            buffer[count &- 1].isOpaque = true
        } else {
            append(.init(input: previousInput, output: previousOutput, isOpaque: true))
        }
    }

    mutating func rollback(input: Int, output: Int) {
        while count > 1, last.input >= input, last.output >= output { count -= 1 }
        append(.init(input: input, output: output, isOpaque: true))
    }

    /// The segments with the closing sentinel.
    mutating func finish(originalLength: Int, normalizedLength: Int) -> [TextAlignment.Segment] {
        var segments = Array(UnsafeBufferPointer(start: buffer, count: count))
        segments.append(.init(input: originalLength, output: normalizedLength, isOpaque: true))
        return segments
    }

    /// Appends a segment; one that starts where the last one does replaces it
    /// (the last one was empty).
    @inline(__always)
    private mutating func append(_ segment: TextAlignment.Segment) {
        let last = self.last
        if last.input == segment.input && last.output == segment.output {
            buffer[count &- 1] = segment
            return
        }
        if count == capacity { grow() }
        (buffer + count).initialize(to: segment)
        count &+= 1
    }

    @inline(never)
    private mutating func grow() {
        let newCapacity = capacity * 2
        let newBuffer = UnsafeMutablePointer<TextAlignment.Segment>.allocate(capacity: newCapacity)
        newBuffer.moveInitialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = newBuffer
        capacity = newCapacity
    }
}
