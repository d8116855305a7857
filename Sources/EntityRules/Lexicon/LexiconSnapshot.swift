import ArabicText
import CGazetteerData

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bundled gazetteers' compiled ``Lexicon``, written out as bytes and
/// embedded in the binary (`Sources/CGazetteerData/snapshot/`), so that a
/// process loads it in a few milliseconds instead of compiling 67,000
/// entries at start-up.
///
/// A snapshot records a fingerprint of the bundled files it was compiled
/// from and a format version; if either differs from this build's, it is
/// ignored and the lexicon is compiled as before, so a stale snapshot costs
/// time, never correctness. `LexiconSnapshotTests` checks that the embedded
/// snapshot is what compiling gives; `Scripts/data/lexicon-snapshot`
/// rewrites it after the data or the compiler change.
extension Lexicon {
    /// Bumped whenever ``Lexicon/init(_:)`` or this format changes meaning.
    static let snapshotFormatVersion: UInt32 = 1
    private static let snapshotMagic: UInt32 = 0x584C_5441  // "ATLX"

    /// The bundled lexicon: from the embedded snapshot if it is current, else compiled.
    static let bundled: Lexicon = {
        if let snapshot = embeddedSnapshot, let lexicon = Lexicon(snapshot: snapshot, fingerprint: bundledFingerprint) {
            return lexicon
        }
        return Lexicon(.bundled)
    }()

    /// The snapshot compiled into the binary, if any.
    static var embeddedSnapshot: UnsafeRawBufferPointer? {
        var length: Int32 = 0
        guard let base = gazetteer_lexicon_snapshot(&length), length > 0 else { return nil }
        return UnsafeRawBufferPointer(start: base, count: Int(length))
    }

    /// A fingerprint of the bundled files' names and bytes, read where they
    /// are embedded (no copy).
    static var bundledFingerprint: UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        for index in 0..<gazetteer_file_count() {
            let name = gazetteer_file_name(index)!
            hash = ByteStringTable.hash(UnsafeRawBufferPointer(start: name, count: strlen(name)), seed: hash)
            var length: Int32 = 0
            let bytes = gazetteer_file_bytes(index, &length)
            hash = ByteStringTable.hash(UnsafeRawBufferPointer(start: bytes, count: Int(length)), seed: hash)
        }
        return hash
    }

    /// This lexicon as snapshot bytes, for the bundled files of `fingerprint`.
    /// Deterministic: the same lexicon always gives the same bytes.
    func snapshot(fingerprint: UInt64) -> [UInt8] {
        var writer = SnapshotWriter()
        writer.write(Self.snapshotMagic)
        writer.write(Self.snapshotFormatVersion)
        writer.write(fingerprint)
        // Labels by index, as written in gazetteer files.
        var labels: [GazetteerLabel] = []
        for entry in entries where !labels.contains(entry.label) { labels.append(entry.label) }
        writer.write(UInt32(labels.count))
        for label in labels { writer.write(bytes: Array(label.description.utf8)) }
        // Only the canonical IDs of the gazetteer's text, each once.
        var canonicalText: [UInt8] = []
        var canonicalRanges: [ArraySlice<UInt8>: Range<Int32>] = [:]
        var compactRanges: [Range<Int32>] = []
        for entry in entries {
            let slice = text[Int(entry.canonicalRange.lowerBound)..<Int(entry.canonicalRange.upperBound)]
            if slice.isEmpty {
                compactRanges.append(0..<0)
            } else if let range = canonicalRanges[slice] {
                compactRanges.append(range)
            } else {
                let range = Int32(canonicalText.count)..<Int32(canonicalText.count + slice.count)
                canonicalText += slice
                canonicalRanges[slice] = range
                compactRanges.append(range)
            }
        }
        writer.write(bytes: canonicalText)
        let (arena, lengths) = vocabulary.keysInOrder
        writer.write(bytes: arena)
        writer.write(lengths)
        writer.write(words.map(\.flags.rawValue))
        let edgeEntries = edges.entriesByKey
        writer.write(edgeEntries.map(\.key))
        writer.write(edgeEntries.map(\.value))
        writer.write(nodeEntries.flatMap { [$0.lowerBound, $0.upperBound] })
        writer.write(nodeEntryIndices)
        writer.write(entries.map { Int32(labels.firstIndex(of: $0.label)!) })
        writer.write(compactRanges.flatMap { [$0.lowerBound, $0.upperBound] })
        writer.write(entries.map { Int32($0.wordCount) })
        // Bit 0: needsContext; bit 1: isOrdinaryWord.
        writer.write(entries.map { UInt8(($0.needsContext ? 1 : 0) | ($0.isOrdinaryWord ? 2 : 0)) })
        writer.write(entries.map { Int64($0.population) })
        writer.write(UInt32(surnameSuffixes.count))
        for suffix in surnameSuffixes {
            writer.write(bytes: suffix.bytes)
            writer.write(UInt8(suffix.isStrong ? 1 : 0))
        }
        return writer.bytes
    }

    /// The lexicon of `snapshot`, if it is well formed, of this format
    /// version, and compiled from the bundled files of `fingerprint`.
    init?(snapshot: UnsafeRawBufferPointer, fingerprint: UInt64) {
        var reader = SnapshotReader(buffer: snapshot)
        guard reader.read(UInt32.self) == Self.snapshotMagic, reader.read(UInt32.self) == Self.snapshotFormatVersion,
            reader.read(UInt64.self) == fingerprint, let labelCount = reader.read(UInt32.self)
        else { return nil }
        var labels: [GazetteerLabel] = []
        for _ in 0..<labelCount {
            guard let bytes = reader.readArray(UInt8.self),
                let label = GazetteerLabel(String(decoding: bytes, as: UTF8.self))
            else { return nil }
            labels.append(label)
        }
        guard let text = reader.readArray(UInt8.self), let arena = reader.readArray(UInt8.self),
            let lengths = reader.readArray(Int32.self), let vocabulary = ByteStringTable(arena: arena, lengths: lengths),
            let flags = reader.readArray(UInt32.self), flags.count == lengths.count,
            let edgeKeys = reader.readArray(UInt64.self), let edgeValues = reader.readArray(Int32.self),
            edgeKeys.count == edgeValues.count,
            let nodeBounds = reader.readArray(Int32.self), nodeBounds.count % 2 == 0,
            let nodeEntryIndices = reader.readArray(Int32.self),
            let labelIndices = reader.readArray(Int32.self),
            let canonicalBounds = reader.readArray(Int32.self), canonicalBounds.count == 2 * labelIndices.count,
            let wordCounts = reader.readArray(Int32.self), wordCounts.count == labelIndices.count,
            let needsContext = reader.readArray(UInt8.self), needsContext.count == labelIndices.count,
            let populations = reader.readArray(Int64.self), populations.count == labelIndices.count,
            let suffixCount = reader.read(UInt32.self)
        else { return nil }
        var suffixes: [(bytes: [UInt8], isStrong: Bool)] = []
        for _ in 0..<suffixCount {
            guard let bytes = reader.readArray(UInt8.self), let isStrong = reader.read(UInt8.self) else { return nil }
            suffixes.append((bytes, isStrong != 0))
        }
        guard reader.isAtEnd else { return nil }
        // Every index the rules follow must be in bounds.
        let entryCount = labelIndices.count
        let nodeCount = nodeBounds.count / 2
        guard nodeCount > 0, labelIndices.allSatisfy({ labels.indices.contains(Int($0)) }),
            nodeEntryIndices.allSatisfy({ 0 <= $0 && Int($0) < entryCount }),
            edgeValues.allSatisfy({ 0 < $0 && Int($0) < nodeCount }),
            // An edge goes from a node along a word: both must exist.
            edgeKeys.allSatisfy({ Int($0 >> 32) < nodeCount && Int($0 & 0xFFFF_FFFF) < lengths.count }),
            Self.areRanges(nodeBounds, within: nodeEntryIndices.count),
            Self.areRanges(canonicalBounds, within: text.count)
        else { return nil }

        var edges = EdgeTable(capacity: edgeKeys.count)
        for (key, value) in zip(edgeKeys, edgeValues) { edges.set(value, for: key) }
        self.text = text
        self.words = Self.wordEntries(flags: flags.map(TokenFlags.init(rawValue:)), edges: edges)
        self.vocabulary = Self.vocabulary(vocabulary, withEntries: self.words)
        self.edges = edges
        self.nodeEntries = (0..<nodeCount).map { nodeBounds[2 * $0]..<nodeBounds[2 * $0 + 1] }
        self.nameEndBits = Self.nameEnds(nodeEntries)
        self.childMasks = Self.childMasks(of: edges, nodeCount: nodeCount)
        self.nodeEntryIndices = nodeEntryIndices
        self.entries = (0..<entryCount).map { index -> Entry in
            let contextBits: UInt8 = needsContext[index]
            return Entry(
                label: labels[Int(labelIndices[index])],
                canonicalRange: canonicalBounds[2 * index]..<canonicalBounds[2 * index + 1],
                wordCount: Int(wordCounts[index]), needsContext: contextBits & 1 != 0,
                isOrdinaryWord: contextBits & 2 != 0,
                population: Int(populations[index]))
        }
        self.surnameSuffixes = suffixes
        self.surnameSuffixFilter = Self.endingFilter(suffixes)
        self.normalizer = ArabicNormalizer(profile: Self.profile)
    }
}

extension Lexicon {
    /// Whether `bounds` holds (lower, upper) pairs of ranges within `0..<limit`.
    fileprivate static func areRanges(_ bounds: [Int32], within limit: Int) -> Bool {
        stride(from: 0, to: bounds.count, by: 2).allSatisfy { index in
            let lower = Int(bounds[index])
            let upper = Int(bounds[index + 1])
            return 0 <= lower && lower <= upper && upper <= limit
        }
    }
}

/// Appends little-endian integers and counted arrays.
private struct SnapshotWriter {
    var bytes: [UInt8] = []

    mutating func write<Integer: FixedWidthInteger>(_ value: Integer) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func write<Integer: FixedWidthInteger>(_ values: [Integer]) {
        write(UInt32(values.count))
        for value in values { write(value) }
    }

    mutating func write(bytes values: [UInt8]) {
        write(UInt32(values.count))
        bytes += values
    }
}

/// Reads what ``SnapshotWriter`` wrote; every read is bounds-checked and
/// returns nil past the end.
private struct SnapshotReader {
    let buffer: UnsafeRawBufferPointer
    var offset = 0

    var isAtEnd: Bool { offset == buffer.count }

    mutating func read<Integer: FixedWidthInteger>(_: Integer.Type) -> Integer? {
        let size = MemoryLayout<Integer>.size
        guard buffer.count - offset >= size else { return nil }
        defer { offset += size }
        return Integer(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: Integer.self))
    }

    mutating func readArray<Integer: FixedWidthInteger>(_: Integer.Type) -> [Integer]? {
        guard let count = read(UInt32.self) else { return nil }
        let size = MemoryLayout<Integer>.size
        guard (buffer.count - offset) / size >= Int(count) else { return nil }
        // One copy of the whole array; integers are stored little-endian.
        let values = [Integer](unsafeUninitializedCapacity: Int(count)) { destination, initialized in
            UnsafeMutableRawBufferPointer(destination).copyMemory(
                from: UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + Int(count) * size]))
            initialized = Int(count)
        }
        offset += Int(count) * size
        #if _endian(big)
        return values.map { Integer(littleEndian: $0) }
        #else
        return values
        #endif
    }
}
