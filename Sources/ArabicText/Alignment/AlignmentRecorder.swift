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
/// (the segment's input and output map only as wholes), written in the
/// coded form the alignment keeps (``SegmentWriter``).
struct SegmentRecorder: AlignmentRecorder, ~Copyable {
    static var recordsAlignment: Bool { true }
    private var writer: SegmentWriter
    /// Where the last linear scalar started, to split it off when a removed
    /// mark attaches to it.
    private var previousInput = 0
    private var previousOutput = 0

    /// Starts with the linear stretch at the very beginning, which every alignment has.
    init(estimatedCount: Int = 0) {
        writer = SegmentWriter(estimatedCount: estimatedCount)
        writer.append(.init(input: 0, output: 0, isOpaque: false))
    }

    @inline(__always)
    mutating func linear(input: Int, output: Int, lastInput: Int) {
        previousInput = lastInput
        previousOutput = output + (lastInput - input)
        if !writer.last.isOpaque { return }
        append(.init(input: input, output: output, isOpaque: false))
    }

    @inline(__always)
    mutating func opaque(input: Int, output: Int) {
        append(.init(input: input, output: output, isOpaque: true))
    }

    @inline(__always)
    mutating func deletion(input: Int, output: Int) {
        // Consecutive removals form one atom.
        let last = writer.last
        if last.isOpaque, last.output == output, last.input < input { return }
        append(.init(input: input, output: output, isOpaque: true))
    }

    @inline(__always)
    mutating func attachMark(input: Int, output: Int) {
        let last = writer.last
        if last.isOpaque { return }  // it extends the atom already open
        if input == 0 || last.input == previousInput {
            // The linear stretch is just the letter (or empty, at the very start): it becomes the atom.
            writer.setLastOpaque()
        } else {
            append(.init(input: previousInput, output: previousOutput, isOpaque: true))
        }
    }

    mutating func rollback(input: Int, output: Int) {
        while writer.segmentCount > 1, writer.last.input >= input, writer.last.output >= output { writer.removeLast() }
        append(.init(input: input, output: output, isOpaque: true))
    }

    /// The alignment, closed by its sentinel.
    consuming func finish(originalLength: Int, normalizedLength: Int) -> TextAlignment {
        writer.append(.init(input: originalLength, output: normalizedLength, isOpaque: true))
        return TextAlignment(words: writer.finish())
    }

    /// Appends a segment; one that starts where the last one does replaces it
    /// (the last one was empty).
    @inline(__always)
    private mutating func append(_ segment: TextAlignment.Segment) {
        let last = writer.last
        if last.input == segment.input && last.output == segment.output {
            writer.replaceLast(with: segment)
        } else {
            writer.append(segment)
        }
    }
}
