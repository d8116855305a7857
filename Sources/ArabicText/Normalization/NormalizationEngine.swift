import CArabicSIMD

/// The normalization loop: UTF-8 in, UTF-8 out, one table lookup per scalar.
///
/// Almost every scalar of real text is decided by its ``ScalarAction`` alone:
/// a starter with a normalization boundary before it is copied, replaced or
/// dropped; a combining mark is dropped, or kept, and moved into canonical
/// order among the kept marks before it when it came out of order. What
/// cannot be decided that way (a mark that composes with its base, a mark
/// out of order after output the loop did not copy itself, a character
/// whose normalization depends on its neighbours) sends the stretch from
/// the last kept starter to the next one
/// through ``ChunkNormalizer``, which is the reference definition; the
/// output written for that stretch so far is rolled back first.
///
/// Runs without a kept starter are cut after ``maximumRunLength`` scalars
/// (Unicode's Stream-Safe Text Format, UAX #15 §13): this bounds the work
/// and memory per chunk on hostile input such as a million combining marks.
/// When the first output after such a cut is a combining mark, a COMBINING
/// GRAPHEME JOINER (U+034F) is written before it, as the Stream-Safe format
/// prescribes, so that the mark can never interact with what precedes the
/// cut: normalizing the output again changes nothing. A run of marks that
/// an expansion makes longer than the limit (U+0F73 is two marks) is cut
/// the same way.
struct NormalizationEngine {
    let table: NormalizationTable

    /// Whether the block fast path runs the vector kernel rather than its
    /// Swift equivalent; both give the same output (tests run both).
    var usesBlockKernel = NormalizationEngine.blockKernelAvailable

    /// The longest run of scalars without a kept starter that is normalized as one piece.
    static let maximumRunLength = 30

    /// Where a caller may safely cut the input: before the scalar at
    /// `input`, whose output begins at `output`; nothing after it can change
    /// output before it.
    struct SafePoint: Equatable {
        var input: Int
        var output: Int
        /// The point is a stream-safe cut that no output has followed yet: a
        /// run restarted here must write the joiner the cut calls for.
        var joinerPending = false
    }

    /// Normalizes `input` (valid UTF-8) into `output`, telling `recorder`
    /// where each atom begins. `precededBySpace` is the white-space
    /// collapsing context of the text before `input`, `joinerPending` that of
    /// a restart at a safe point (``SafePoint/joinerPending``). Returns the
    /// last safe point.
    @discardableResult
    func run<Recorder: AlignmentRecorder & ~Copyable>(
        _ input: UnsafeBufferPointer<UInt8>,
        into output: inout OutputBuffer,
        recorder: inout Recorder,
        precededBySpace: Bool = false,
        joinerPending: Bool = false
    ) -> SafePoint {
        guard let source = input.baseAddress, !input.isEmpty else {
            return SafePoint(input: 0, output: output.count)
        }
        return table.actions.withUnsafeBufferPointer { actions in
            table.replacementPool.withUnsafeBufferPointer { pool in
                table.pairs.withUnsafeBufferPointer { pairs in
                    table.windows.withUnsafeBufferPointer { windows in
                        withUnsafePointer(to: table.blockClasses) { classes in
                            var loop = Loop(
                                table: table, actions: actions.baseAddress!, pool: pool.baseAddress!,
                                pairs: pairs.baseAddress!, windows: windows.baseAddress!,
                                blockClasses: usesBlockKernel ? classes : nil, source: source,
                                count: input.count, outputStart: output.count, precededBySpace: precededBySpace,
                                joinerPending: joinerPending)
                            loop.run(into: &output, recorder: &recorder)
                            return loop.safe
                        }
                    }
                }
            }
        }
    }
}

/// The state of one run of the loop; see ``NormalizationEngine``.
private struct Loop {
    let table: NormalizationTable
    let actions: UnsafePointer<ScalarAction>
    let pool: UnsafePointer<UInt8>
    let pairs: UnsafePointer<UInt32>
    let windows: UnsafePointer<UInt32>
    /// The vector block kernel's tables, or nil to run the block path in Swift.
    let blockClasses: UnsafePointer<atx_block_classes>?
    let source: UnsafePointer<UInt8>
    let count: Int
    let outputStart: Int
    let precededBySpace: Bool

    /// The rollback point: the last kept starter (or run cut).
    var safe: NormalizationEngine.SafePoint
    /// Combining class of the last kept output scalar since `safe`, 0 if none.
    var lastCombiningClass: UInt8 = 0
    /// Scalars since `safe` that did not start a new safe point.
    var runLength = 0
    /// A stream-safe cut was made and no output has followed it yet: if the
    /// next output begins with a combining mark, a COMBINING GRAPHEME JOINER
    /// goes before it, so that the mark can never reach back across the cut.
    var joinerPending = false

    init(
        table: NormalizationTable, actions: UnsafePointer<ScalarAction>, pool: UnsafePointer<UInt8>,
        pairs: UnsafePointer<UInt32>, windows: UnsafePointer<UInt32>,
        blockClasses: UnsafePointer<atx_block_classes>?, source: UnsafePointer<UInt8>,
        count: Int, outputStart: Int, precededBySpace: Bool, joinerPending: Bool
    ) {
        self.windows = windows
        self.blockClasses = blockClasses
        self.table = table
        self.actions = actions
        self.pool = pool
        self.pairs = pairs
        self.source = source
        self.count = count
        self.outputStart = outputStart
        self.precededBySpace = precededBySpace
        self.safe = .init(input: 0, output: outputStart, joinerPending: joinerPending)
        self.joinerPending = joinerPending
    }

    /// Bytes per block of the block fast path.
    static let blockSize = 32

    mutating func run<Recorder: AlignmentRecorder & ~Copyable>(into output: inout OutputBuffer, recorder: inout Recorder) {
        reserveForRest(from: 0, in: &output)
        var i = 0
        // Until the fast path first stops, treat the start like a dense stretch.
        var denseEnd = Self.denseStretch
        while i < count {
            if i >= denseEnd {
                let start = i
                let blockEnd: Int
                (i, blockEnd) = transduceBlocks(from: i, into: &output, recorder: &recorder)
                guard i < count else { break }
                if i &- start >= Self.sparseStretch {
                    // A lone scalar stopped the fast path: handle it and go on.
                    i = step(at: i, into: &output, recorder: &recorder)
                    continue
                }
                // The blocks stop often here (diacritized text, say): stay with
                // the run loop for a while rather than redo blocks that fail.
                denseEnd = max(blockEnd, i &+ Self.denseStretch)
            }
            i = copyRun(from: i, limit: denseEnd, into: &output, recorder: &recorder)
            if i < count, i < denseEnd { i = step(at: i, into: &output, recorder: &recorder) }
        }
    }

    /// How far the run loop goes on once the blocks have stopped early.
    static let denseStretch = 256

    /// How many bytes the fast path must have taken before a stop for the
    /// stop to count as a lone scalar rather than a dense stretch.
    static let sparseStretch = 16

    /// The block fast path: transduces whole blocks of one- and two-byte
    /// scalars that the profile keeps or maps to two-byte starters. Returns
    /// where it stopped (the end of the input, or the first scalar of a block
    /// it could not take, everything before which is done) and the end of
    /// that block.
    ///
    /// The trick: each output byte is a function of the input byte at its
    /// position and the one before, so every position is one load from
    /// ``NormalizationTable/windows`` and one store, with no dependency from
    /// one position to the next (unlike decoding scalar by scalar, where
    /// each scalar's start waits on the previous load). Stores past the
    /// accepted part are overwritten later. `start` must be a scalar
    /// boundary after the first byte.
    @inline(__always)
    private mutating func transduceBlocks<Recorder: AlignmentRecorder & ~Copyable>(
        from start: Int, into output: inout OutputBuffer, recorder: inout Recorder
    ) -> (stop: Int, blockEnd: Int) {
        if let blockClasses {
            // The same work, 32 bytes per step: copy, then rewrite the
            // positions the tables select (see CArabicSIMD.h).
            let delta = output.count &- start
            let stop = atx_transduce_blocks(source, start, count, output.base, delta, windows, blockClasses)
            if stop > start { accept(from: start, to: stop, delta: delta, into: &output, recorder: &recorder) }
            return (stop, stop &+ Self.blockSize)
        }
        var i = start
        let destination = UnsafeMutableRawPointer(output.base)
        while i &+ Self.blockSize < count {
            var end = i &+ Self.blockSize
            // Keep a two-byte scalar whole; a longer one is flagged anyway.
            if source[end] & 0xC0 == 0x80 { end &+= 1 }
            let delta = output.count &- i
            var flags: UInt32 = 0
            for j in i..<end {
                let entry = windows[window(at: j)]
                flags |= entry
                let back = Int(truncatingIfNeeded: entry &>> 17 & 1)
                destination.storeBytes(
                    of: UInt16(truncatingIfNeeded: entry).littleEndian, toByteOffset: delta &+ j &- back,
                    as: UInt16.self)
            }
            // Accept the block, or the part of it before the first flagged scalar.
            var accepted = end
            if flags & NormalizationTable.windowFlag != 0 {
                accepted = i
                while windows[window(at: accepted)] & NormalizationTable.windowFlag == 0 { accepted &+= 1 }
                // A flagged continuation byte flags the scalar its lead began.
                if source[accepted] & 0xC0 == 0x80 { accepted &-= 1 }
            }
            if accepted > i { accept(from: i, to: accepted, delta: delta, into: &output, recorder: &recorder) }
            if accepted < end { return (accepted, end) }
            i = end
        }
        return (i, i &+ Self.blockSize)
    }

    /// Takes the block path's output for `start..<end` (written at `delta`
    /// from the input offsets, byte for byte): records it and moves the
    /// output and the safe point past it.
    @inline(__always)
    private mutating func accept<Recorder: AlignmentRecorder & ~Copyable>(
        from start: Int, to end: Int, delta: Int, into output: inout OutputBuffer, recorder: inout Recorder
    ) {
        let lastStart = source[end &- 1] & 0xC0 == 0x80 ? end &- 2 : end &- 1
        recorder.linear(input: start, output: delta &+ start, lastInput: lastStart)
        output.count = delta &+ end
        safe = .init(input: lastStart, output: delta &+ lastStart)
        lastCombiningClass = 0
        runLength = 0
        joinerPending = false
    }

    /// The index into ``NormalizationTable/windows`` for position `j`: the
    /// byte before it and the byte at it, as a little-endian `UInt16`.
    @inline(__always)
    private func window(at j: Int) -> Int {
        Int(UInt16(littleEndian: UnsafeRawPointer(source + (j &- 1)).loadUnaligned(as: UInt16.self)))
    }

    /// Keeps room for the rest of the input plus slack: kept scalars never
    /// write more than they read (the fast path writes one byte ahead), so
    /// only expansions need to call this again.
    @inline(__always)
    private func reserveForRest(from i: Int, in output: inout OutputBuffer, extra: Int = 0) {
        output.reserve(count &- i &+ extra &+ 8)
    }

    /// Copies the run of one- and two-byte scalars starting at `start`, and
    /// before `limit`, that the profile keeps, maps to another scalar of the
    /// same length, or removes outright (diacritics), and returns where the
    /// run ends.
    ///
    /// The trick: the scalars of each 64-byte chunk are found at once, as
    /// the bits of a mask of the bytes that are not continuation bytes;
    /// iterating over set bits (count trailing zeros, clear the lowest bit)
    /// gives each scalar's start without waiting on a memory load, so the
    /// table lookups of successive scalars overlap. Each lookup reads the
    /// scalar's first two bytes as one `UInt16` index into
    /// ``NormalizationTable/pairs``, whose entry says what to write.
    @inline(__always)
    private mutating func copyRun<Recorder: AlignmentRecorder & ~Copyable>(
        from start: Int, limit: Int, into output: inout OutputBuffer, recorder: inout Recorder
    ) -> Int {
        let limit = min(limit, count &- 1)
        var o = output.count
        var lastKept = -1
        var lastKeptOutput = 0
        // The linear stretch being copied, which a removal ends.
        var stretchInput = start
        var stretchOutput = o
        var removedSinceKept = runLength
        let destination = UnsafeMutableRawPointer(output.base)
        // Locals, not fields: the recorder's stores could alias `self`, so
        // fields would be reloaded before every lookup.
        let source = self.source
        let pairs = self.pairs
        var chunk = start
        var stop = limit
        scan: while chunk < limit {
            let chunkEnd = min(chunk &+ 64, limit)
            var starts = Self.scalarStarts(source + chunk, count: chunkEnd &- chunk)
            while starts != 0 {
                let i = chunk &+ starts.trailingZeroBitCount
                starts &= starts &- 1
                let pair = UInt16(littleEndian: UnsafeRawPointer(source + i).loadUnaligned(as: UInt16.self))
                let entry = pairs[Int(pair)]
                guard entry & NormalizationTable.pairTakes != 0 else {
                    stop = i
                    break scan
                }
                // Branch-free: a removal writes its (empty) output too, and moves nothing.
                let removes = entry & NormalizationTable.pairRemoves != 0
                if Recorder.recordsAlignment && removes {
                    let removesMark = entry & NormalizationTable.pairRemovesMark != 0
                    if removesMark && lastKept == stretchInput {
                        // The common case of vocalized text, a mark right after
                        // the one letter copied since the last removal: what
                        // `linear` and `attachMark` would record, in one call.
                        recorder.opaque(input: lastKept, output: lastKeptOutput)
                    } else {
                        if lastKept >= stretchInput {
                            recorder.linear(input: stretchInput, output: stretchOutput, lastInput: lastKept)
                        }
                        if removesMark {
                            recorder.attachMark(input: i, output: o)
                        } else {
                            recorder.deletion(input: i, output: o)
                        }
                    }
                    stretchInput = i &+ 1 &+ Int(source[i] &>> 7)
                    stretchOutput = o
                }
                destination.storeBytes(
                    of: UInt16(truncatingIfNeeded: entry).littleEndian, toByteOffset: o, as: UInt16.self)
                lastKeptOutput = removes ? lastKeptOutput : o
                lastKept = removes ? lastKept : i
                removedSinceKept = removes ? removedSinceKept &+ 1 : 0
                o &+= Int(entry &>> 16 & 3)
                if removedSinceKept >= NormalizationEngine.maximumRunLength {
                    stop = i &+ 1 &+ Int(source[i] &>> 7)  // the full loop makes the stream-safe cut
                    break scan
                }
            }
            chunk = chunkEnd
        }
        // The run may end inside the last two-byte scalar: move to its end.
        if stop == limit, stop < count, source[stop] & 0xC0 == 0x80 { stop &+= 1 }
        if lastKept >= stretchInput {
            recorder.linear(input: stretchInput, output: stretchOutput, lastInput: lastKept)
        }
        output.count = o
        if lastKept >= 0 {
            safe = .init(input: lastKept, output: lastKeptOutput)
            lastCombiningClass = 0
            joinerPending = false
        }
        runLength = removedSinceKept
        return stop
    }

    /// A bit per byte of `bytes` (at most 64): set where a scalar starts, that
    /// is, where the byte is not a continuation byte (10xxxxxx).
    @inline(__always)
    static func scalarStarts(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var mask: UInt64 = 0
        var offset = 0
        // Eight bytes at a time: a byte's top two bits are 10 only in a
        // continuation byte; fold "not 10" into bit 7 of each byte, then
        // gather the eight bits with a multiplication.
        while offset &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes + offset).loadUnaligned(as: UInt64.self))
            let top = (word & 0xC0C0_C0C0_C0C0_C0C0) ^ 0x8080_8080_8080_8080
            let flags = ((top | (top &<< 1)) & 0x8080_8080_8080_8080) &>> 7
            mask |= ((flags &* 0x0102_0408_1020_4080) &>> 56) &<< UInt64(offset)
            offset &+= 8
        }
        while offset < count {
            if bytes[offset] & 0xC0 != 0x80 { mask |= 1 &<< UInt64(offset) }
            offset &+= 1
        }
        return mask
    }

    /// Handles the one scalar at `i` that the run copy stopped at; returns where the next begins.
    private mutating func step<Recorder: AlignmentRecorder & ~Copyable>(
        at i: Int, into output: inout OutputBuffer, recorder: inout Recorder
    ) -> Int {
        var next = i
        let value = UTF8Decoding.decode(source, at: &next)
        let length = next &- i
        let action = value < 0x10000 ? actions[Int(value)] : table.supplementaryAction(Unicode.Scalar(value)!)

        if runLength >= NormalizationEngine.maximumRunLength, !action.startsRun {
            // Stream-safe cut: start a fresh run here. The joiner waits for
            // the next output, which may be a starter that needs none.
            safe = .init(input: i, output: output.count, joinerPending: true)
            lastCombiningClass = 0
            runLength = 0
            joinerPending = true
        }
        if action.startsRun { joinerPending = false }

        switch action.kind {
        case .keep:
            safe = .init(input: i, output: output.count)
            lastCombiningClass = 0
            runLength = 0
            recorder.linear(input: i, output: output.count, lastInput: i)
            output.append(source + i, count: length)
            return next

        case .replace:
            safe = .init(input: i, output: output.count)
            lastCombiningClass = action.combiningClass
            runLength = 0
            let offset = action.poolOffset
            let replacementLength = Int(pool[offset])
            if action.isSameShape {
                recorder.linear(input: i, output: output.count, lastInput: i)
            } else {
                reserveForRest(from: i, in: &output, extra: replacementLength)
                recorder.opaque(input: i, output: output.count)
            }
            output.append(pool + (offset &+ 1), count: replacementLength)
            return next

        case .deleteStarter:
            recorder.deletion(input: i, output: output.count)
            runLength &+= 1
            return next

        case .deleteMark:
            recorder.attachMark(input: i, output: output.count)
            runLength &+= 1
            return next

        case .keepMark where action.combiningClass >= lastCombiningClass:
            if joinerPending {
                appendJoiner(at: i, into: &output, recorder: &recorder)
                joinerPending = false
                safe = .init(input: i, output: output.count)  // a rollback keeps the joiner
            }
            lastCombiningClass = action.combiningClass
            recorder.linear(input: i, output: output.count, lastInput: i)
            output.append(source + i, count: length)
            runLength &+= 1
            return next

        case .whitespace:
            safe = .init(input: i, output: output.count)
            lastCombiningClass = 0
            runLength = 0
            if endsWithSpace(output, at: output.count) {
                recorder.deletion(input: i, output: output.count)
            } else if value == 0x20 {
                recorder.linear(input: i, output: output.count, lastInput: i)
                output.append(0x20)
            } else {
                recorder.opaque(input: i, output: output.count)
                output.append(0x20)
            }
            return next

        case .keepMark:
            // Out of canonical order (shadda typed before fatha): such marks
            // neither compose nor decompose, so putting them in order is all
            // the normalization form does with them.
            guard reorder(mark: source + i, length: length, combiningClass: action.combiningClass, into: &output)
            else { return normalizeChunk(forcedAt: i, length: length, into: &output, recorder: &recorder) }
            // The starter and its marks now map to each other only as a whole.
            recorder.rollback(input: safe.input, output: safe.output)
            runLength &+= 1
            return next

        case .complex:
            return normalizeChunk(forcedAt: i, length: length, into: &output, recorder: &recorder)
        }
    }

    /// Inserts the kept mark at `mark` (of `combiningClass`, lower than the
    /// last one written) into the output after the marks of higher class that
    /// end it, as canonical ordering does (a stable sort by class). Walks back
    /// only over marks the loop kept as they were (``ScalarAction/Kind/keepMark``),
    /// stopping at the safe point; returns false, writing nothing, when it
    /// meets anything else, which the slow path then handles.
    private func reorder(
        mark: UnsafePointer<UInt8>, length: Int, combiningClass: UInt8, into output: inout OutputBuffer
    ) -> Bool {
        var position = output.count
        while position > safe.output {
            var start = position &- 1
            while start > safe.output, output.base[start] & 0xC0 == 0x80 { start &-= 1 }
            var cursor = start
            let value = UTF8Decoding.decode(UnsafePointer(output.base), at: &cursor)
            guard value < 0x10000, actions[Int(value)].kind == .keepMark else {
                // Only the starter the safe point stands on may end the walk.
                guard start == safe.output else { return false }
                break
            }
            if actions[Int(value)].combiningClass <= combiningClass { break }
            position = start
        }
        guard position < output.count else { return false }
        output.reserve(length)
        let base = output.base
        // The marks after the insertion point move up (overlapping: a memmove).
        UnsafeMutableRawPointer(base + position + length).copyMemory(from: base + position, byteCount: output.count &- position)
        (base + position).update(from: mark, count: length)
        output.count &+= length
        return true
    }

    /// The slow path: redoes everything since the safe point, up to the next
    /// safe point, with the reference definition, and returns where it ended.
    private mutating func normalizeChunk<Recorder: AlignmentRecorder & ~Copyable>(
        forcedAt i: Int, length: Int, into output: inout OutputBuffer, recorder: inout Recorder
    ) -> Int {
        var end = i &+ length
        var run = runLength &+ 1
        while end < count, run < NormalizationEngine.maximumRunLength, !table.startsSafePoint(source: source + end) {
            end &+= UTF8Decoding.sequenceLength(lead: source[end])
            run &+= 1
        }
        let scalars = Array(
            String(decoding: UnsafeBufferPointer(start: source + safe.input, count: end &- safe.input), as: UTF8.self)
                .unicodeScalars)
        let result = table.chunkNormalizer.normalize(
            scalars, precededBySpace: endsWithSpace(output, at: safe.output))
        output.count = safe.output
        recorder.rollback(input: safe.input, output: safe.output)
        // An expansion (U+0F73 is two marks) can make the output's run of
        // non-starters longer than the input's: cut it too, or normalizing
        // the output again would cut it elsewhere.
        var trailingMarks = 0
        if joinerPending, let first = result.first {
            // Inside the chunk's opaque segment, which the rollback began.
            if ICU.combiningClass(first) != 0 {
                reserveForRest(from: end, in: &output, extra: 2)
                output.appendCombiningGraphemeJoiner()
            }
            joinerPending = false
        }
        for scalar in result {
            reserveForRest(from: end, in: &output, extra: 6)
            if ICU.combiningClass(scalar) == 0 {
                trailingMarks = 0
            } else if trailingMarks == NormalizationEngine.maximumRunLength {
                output.appendCombiningGraphemeJoiner()
                trailingMarks = 1
            } else {
                trailingMarks &+= 1
            }
            for byte in UTF8.encode(scalar)! { output.append(byte) }
        }
        lastCombiningClass = result.last.map(ICU.combiningClass) ?? 0
        // A chunk that ends at a safe point leaves the next scalar to start a
        // run; one cut short by the run limit makes the next scalar cut.
        runLength = end < count && table.startsSafePoint(source: source + end) ? 0 : max(scalars.count, trailingMarks)
        return end
    }

    /// Writes a COMBINING GRAPHEME JOINER (U+034F), aligned with the scalar at `i`.
    private func appendJoiner<Recorder: AlignmentRecorder & ~Copyable>(
        at i: Int, into output: inout OutputBuffer, recorder: inout Recorder
    ) {
        reserveForRest(from: i, in: &output, extra: 2)
        recorder.opaque(input: i, output: output.count)
        output.appendCombiningGraphemeJoiner()
    }

    /// Whether the output before `position` ends with a space (white-space collapsing context).
    private func endsWithSpace(_ output: borrowing OutputBuffer, at position: Int) -> Bool {
        position > outputStart ? output.base[position &- 1] == 0x20 : precededBySpace
    }
}

extension ScalarAction {
    /// Whether the loop starts a new run (and a safe point) at this scalar.
    var startsRun: Bool {
        switch kind {
        case .keep, .replace, .whitespace: return true
        default: return false
        }
    }
}

extension NormalizationTable {
    /// Whether the scalar at `source` is one the loop makes a safe point:
    /// a starter with a boundary before it that produces output.
    func startsSafePoint(source: UnsafePointer<UInt8>) -> Bool {
        var position = 0
        let value = UTF8Decoding.decode(source, at: &position)
        let action = value < 0x10000 ? actions[Int(value)] : supplementaryAction(Unicode.Scalar(value)!)
        return action.startsRun
    }
}
