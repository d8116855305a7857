import CArabicSIMD

/// What the fast path does with one scalar, packed into 32 bits so that a
/// table of them for the whole Basic Multilingual Plane stays small.
///
/// Layout: bits 0–2 ``Kind``; bit 3 "same shape" (a replacement that is one
/// scalar of the same UTF-8 length, so the alignment stays linear); bits 4–11
/// a canonical combining class (of the scalar for ``Kind/keepMark``, of the
/// last output scalar for ``Kind/replace``); bits 12–31 the offset of the
/// replacement bytes in ``NormalizationTable/replacementPool``.
struct ScalarAction: Sendable, Equatable {
    enum Kind: UInt32 {
        /// A starter with a normalization boundary before it, output unchanged.
        case keep = 0
        /// A starter with a boundary before it, output replaced by pool bytes.
        case replace = 1
        /// A starter with a boundary before it that the profile removes.
        case deleteStarter = 2
        /// A combining mark that passes quick check and stays: it needs only
        /// its combining class to be in canonical order.
        case keepMark = 3
        /// A combining mark that passes quick check and the profile removes.
        case deleteMark = 4
        /// Anything else: the stretch around it goes to ``ChunkNormalizer``.
        case complex = 5
        /// White space that ``NormalizationOptions/collapseWhitespace`` collapses.
        case whitespace = 6
    }

    var rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    init(kind: Kind, combiningClass: UInt8 = 0, sameShape: Bool = false, poolOffset: Int = 0) {
        precondition(poolOffset < 1 << 20, "replacement pool overflow")
        rawValue = kind.rawValue | (sameShape ? 8 : 0) | UInt32(combiningClass) << 4 | UInt32(poolOffset) << 12
    }

    @inline(__always) var kind: Kind { Kind(rawValue: rawValue & 7)! }
    @inline(__always) var kindBits: UInt32 { rawValue & 7 }
    @inline(__always) var isSameShape: Bool { rawValue & 8 != 0 }
    @inline(__always) var combiningClass: UInt8 { UInt8(truncatingIfNeeded: rawValue >> 4) }
    @inline(__always) var poolOffset: Int { Int(rawValue >> 12) }
}

/// The fast-path actions of one set of options for every scalar of the Basic
/// Multilingual Plane, and the bytes of every replacement.
///
/// Built once per option set from ICU's properties and ``ChunkNormalizer``,
/// so the tables and the reference definition cannot disagree. Scalars beyond
/// the BMP are classified on the fly (they are rare in Arabic text).
final class NormalizationTable: Sendable {
    let options: NormalizationOptions
    let chunkNormalizer: ChunkNormalizer
    let form: ICU.Form
    /// One action per BMP scalar.
    let actions: [ScalarAction]
    /// Replacement outputs: a length byte followed by that many UTF-8 bytes.
    let replacementPool: [UInt8]
    /// The run loop's table, indexed by the next two input bytes read as a
    /// little-endian `UInt16` (a one- or two-byte scalar and whatever
    /// follows): bits 0–15 the bytes to write, 16–17 how many of them count,
    /// and the flags ``pairTakes``, ``pairRemovesMark``, ``pairRemovesStarter``.
    /// An entry without ``pairTakes`` sends the scalar to the full loop.
    /// See ``NormalizationEngine``.
    let pairs: [UInt32]

    static let pairTakes: UInt32 = 1 << 18
    static let pairRemovesMark: UInt32 = 1 << 19
    static let pairRemovesStarter: UInt32 = 1 << 20
    static let pairRemoves: UInt32 = pairRemovesMark | pairRemovesStarter
    /// The block fast path's table, indexed by the byte before a position
    /// and the byte at it (a little-endian `UInt16` read one byte back).
    /// Bits 0–15: two output bytes to store; bit 17 set: store them one byte
    /// back (the position is a continuation byte, and the entry is the whole
    /// two-byte scalar's output); bit 16 set: the block cannot take the fast
    /// path. See ``NormalizationEngine``.
    let windows: [UInt32]
    /// Which positions the vector block kernel looks up in ``windows``.
    let blockClasses: atx_block_classes

    init(options: NormalizationOptions) {
        self.options = options
        let chunkNormalizer = ChunkNormalizer(options: options)
        self.chunkNormalizer = chunkNormalizer
        self.form = chunkNormalizer.form
        var pool: [UInt8] = [0]  // offset 0: the empty replacement
        var actions = [ScalarAction](repeating: ScalarAction(kind: .complex), count: 0x10000)
        for value in 0..<UInt32(0x10000) {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates never occur
            actions[Int(value)] = Self.classify(scalar, chunkNormalizer: chunkNormalizer, pool: &pool)
        }
        self.actions = actions
        self.replacementPool = pool
        self.pairs = Self.pairTable(actions: actions, pool: pool)
        self.windows = Self.windowTable(pairs: pairs)
        self.blockClasses = atx_block_classes(windows: windows)
    }

    // Shared with the vector kernel.
    static let windowFlag = UInt32(ATX_WINDOW_FLAG)
    static let windowStoresBack = UInt32(ATX_WINDOW_STORES_BACK)

    /// Builds ``windows`` from ``pairs``: an ASCII byte stores its own
    /// output; a two-byte lead stores nothing that lasts (its continuation
    /// overwrites it); a continuation after a two-byte lead stores the
    /// scalar's output one byte back; everything else flags the block.
    static func windowTable(pairs: [UInt32]) -> [UInt32] {
        var windows = [UInt32](repeating: windowFlag, count: 0x10000)
        for previous in 0..<0x100 {
            for current in 0..<0x100 {
                let index = previous | current << 8
                // Only scalars written whole take the block path: removals shift the output.
                if current < 0x80 {
                    let entry = pairs[current]
                    if entry & pairTakes != 0, entry & pairRemoves == 0 { windows[index] = entry & 0xFF }
                } else if (0xC2..<0xE0).contains(current) {
                    windows[index] = 0
                } else if current & 0xC0 == 0x80, (0xC2..<0xE0).contains(previous) {
                    let entry = pairs[previous | current << 8]
                    if entry & pairTakes != 0, entry & pairRemoves == 0 {
                        windows[index] = entry & 0xFFFF | windowStoresBack
                    }
                }
            }
        }
        return windows
    }

    /// Builds ``pairs``: a one- or two-byte scalar that the profile keeps,
    /// maps to another scalar of the same length, or removes outright, is
    /// taken by the run loop; everything else stops it. A kept ASCII byte
    /// writes its neighbour too, which the next write overwrites.
    static func pairTable(actions: [ScalarAction], pool: [UInt8]) -> [UInt32] {
        var pairs = [UInt32](repeating: 0, count: 0x10000)
        for first in 0..<0x100 {
            for second in 0..<0x100 {
                let index = first | second << 8
                let action: ScalarAction
                let length: UInt32
                if first < 0x80 {
                    action = actions[first]
                    length = 1
                } else if (0xC2..<0xE0).contains(first), second & 0xC0 == 0x80 {
                    action = actions[(first & 0x1F) << 6 | (second & 0x3F)]
                    length = 2
                } else {
                    continue
                }
                switch action.kind {
                case .keep:
                    pairs[index] = pairTakes | length << 16 | UInt32(index)
                case .replace where action.isSameShape && action.combiningClass == 0 && length == 2:
                    let offset = action.poolOffset
                    pairs[index] = pairTakes | 2 << 16 | UInt32(pool[offset + 1]) | UInt32(pool[offset + 2]) << 8
                case .deleteMark:
                    pairs[index] = pairTakes | pairRemovesMark
                case .deleteStarter:
                    pairs[index] = pairTakes | pairRemovesStarter
                default:
                    break
                }
            }
        }
        return pairs
    }

    /// The action for a scalar beyond the BMP; replacements there go through
    /// the slow path, so no pool is needed.
    func supplementaryAction(_ scalar: Unicode.Scalar) -> ScalarAction {
        var unusedPool: [UInt8] = []
        let action = Self.classify(scalar, chunkNormalizer: chunkNormalizer, pool: &unusedPool)
        return action.kind == .replace ? ScalarAction(kind: .complex) : action
    }

    static func classify(
        _ scalar: Unicode.Scalar, chunkNormalizer: ChunkNormalizer, pool: inout [UInt8]
    ) -> ScalarAction {
        let form = chunkNormalizer.form
        let quickCheck = ICU.quickCheck(scalar, form: form)
        let boundaryBefore = ICU.hasBoundaryBefore(scalar, form: form)
        let presentationFold =
            form == .nfc && chunkNormalizer.mapping.options.contains(.foldPresentationForms)
            && ScalarMapping.isPresentationForm(scalar.value)
        guard boundaryBefore else {
            // A scalar that may interact with what precedes it: fast only if it
            // is a mark that quick check accepts and the profile keeps or removes whole.
            let combiningClass = ICU.combiningClass(scalar)
            guard quickCheck == .yes, combiningClass != 0, !presentationFold else {
                return ScalarAction(kind: .complex)
            }
            switch chunkNormalizer.mapping.map(scalar) {
            case .keep: return ScalarAction(kind: .keepMark, combiningClass: combiningClass)
            case .delete: return ScalarAction(kind: .deleteMark)
            case .replace, .whitespace: return ScalarAction(kind: .complex)
            }
        }
        if quickCheck == .maybe { return ScalarAction(kind: .complex) }
        if quickCheck == .yes, !presentationFold {
            switch chunkNormalizer.mapping.map(scalar) {
            case .keep: return ScalarAction(kind: .keep)
            case .delete: return ScalarAction(kind: .deleteStarter)
            case .whitespace: return ScalarAction(kind: .whitespace)
            case .replace(let replacement):
                return replaceAction(scalar, output: [replacement], form: form, pool: &pool)
            }
        }
        // A starter that Unicode normalization changes on its own (a
        // presentation form, a compatibility character): its output does not
        // depend on what precedes it, so it can be computed here once.
        let output = chunkNormalizer.normalize([scalar], precededBySpace: false)
        if output.isEmpty { return ScalarAction(kind: .deleteStarter) }
        if output == [scalar] { return ScalarAction(kind: .keep) }
        if chunkNormalizer.mapping.options.contains(.collapseWhitespace),
            output.contains(" ") || output.contains(where: ICU.isWhiteSpace)
        {
            // Its output depends on whether a space precedes it.
            return output == [" "] ? ScalarAction(kind: .whitespace) : ScalarAction(kind: .complex)
        }
        return replaceAction(scalar, output: output, form: form, pool: &pool)
    }

    private static func replaceAction(
        _ scalar: Unicode.Scalar, output: [Unicode.Scalar], form: ICU.Form, pool: inout [UInt8]
    ) -> ScalarAction {
        // An output that begins with a mark (U+FCF3 is tatweel, damma, shadda,
        // and display drops the tatweel) interacts with what precedes it.
        guard ICU.combiningClass(output[0]) == 0, ICU.hasBoundaryBefore(output[0], form: form) else {
            return ScalarAction(kind: .complex)
        }
        var bytes: [UInt8] = []
        for outputScalar in output { bytes.append(contentsOf: UTF8.encode(outputScalar)!) }
        guard bytes.count < 256 else { return ScalarAction(kind: .complex) }
        let offset = pool.count
        pool.append(UInt8(bytes.count))
        pool.append(contentsOf: bytes)
        let sameShape = output.count == 1 && bytes.count == UTF8.width(scalar)
        return ScalarAction(
            kind: .replace, combiningClass: ICU.combiningClass(output.last!), sameShape: sameShape,
            poolOffset: offset)
    }
}
