/// Receives, from the normalization loop, where each atom of output begins.
///
/// The loop is generic over its recorder, so the plain entry point, which
/// uses ``DiscardingRecorder``, compiles to a loop without any of this.
protocol AlignmentRecorder: ~Copyable {
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
    @inline(__always) mutating func linear(input: Int, output: Int, lastInput: Int) {}
    @inline(__always) mutating func opaque(input: Int, output: Int) {}
    @inline(__always) mutating func deletion(input: Int, output: Int) {}
    @inline(__always) mutating func attachMark(input: Int, output: Int) {}
    @inline(__always) mutating func rollback(input: Int, output: Int) {}
}

/// The recorder behind ``TextAlignment``: a list of segment starts, each
/// linear (byte i of the segment's input is byte i of its output) or opaque
/// (the segment's input and output map only as wholes).
struct SegmentRecorder: AlignmentRecorder {
    var segments: [TextAlignment.Segment] = []
    /// Where the last linear scalar started, to split it off when a removed
    /// mark attaches to it.
    private var previousInput = 0
    private var previousOutput = 0

    init(estimatedCount: Int = 0) {
        segments.reserveCapacity(estimatedCount)
    }

    @inline(__always)
    mutating func linear(input: Int, output: Int, lastInput: Int) {
        previousInput = lastInput
        previousOutput = output + (lastInput - input)
        if let last = segments.last, !last.isOpaque { return }
        segments.append(.init(input: input, output: output, isOpaque: false))
    }

    @inline(__always)
    mutating func opaque(input: Int, output: Int) {
        segments.append(.init(input: input, output: output, isOpaque: true))
    }

    @inline(__always)
    mutating func deletion(input: Int, output: Int) {
        // Consecutive removals form one atom.
        if let last = segments.last, last.isOpaque, last.output == output, last.input < input { return }
        segments.append(.init(input: input, output: output, isOpaque: true))
    }

    @inline(__always)
    mutating func attachMark(input: Int, output: Int) {
        guard let last = segments.last else {
            // A mark at the very start: an atom of its own.
            segments.append(.init(input: input, output: output, isOpaque: true))
            return
        }
        if last.isOpaque { return }  // it extends the atom already open
        if last.input == previousInput {
            segments[segments.count - 1].isOpaque = true
        } else {
            segments.append(.init(input: previousInput, output: previousOutput, isOpaque: true))
        }
    }

    mutating func rollback(input: Int, output: Int) {
        while let last = segments.last, last.input >= input, last.output >= output { segments.removeLast() }
        segments.append(.init(input: input, output: output, isOpaque: true))
    }
}
