/// An immutable map from byte strings (normalized tokens) to dense IDs,
/// looked up straight from a text's bytes without building a `String`.
///
/// Open addressing with linear probing over a power-of-two table. A lookup
/// is one hash pass over the key and, almost always, one comparison.
///
/// A lookup's memory accesses, which usually miss the cache, are its cost,
/// so the layout keeps them to one for an absent key and two for a present
/// one:
/// - a slot is eight bytes, the high half of the key's hash and the place
///   of the key's record plus one (0: empty); small slots keep more of the
///   table in cache, and an absent key is almost always told by the slot
///   alone;
/// - a record is the key's ID, its length, an eight-byte value the owner
///   may set (``setValue(_:for:)``) and the key's bytes, side by side in one
///   byte array, so that a present key is confirmed and its ID and value
///   read in one more access.
struct ByteStringTable: Sendable {
    private var slots: [UInt64]
    /// Per key, in ID order: its ID and its length (four bytes each), its
    /// value (eight bytes), all little endian and unaligned, then its bytes.
    private var records: [UInt8] = []
    /// Per ID, where its record starts in ``records``.
    private var recordStarts: [Int32] = []
    private var mask: Int
    private(set) var count = 0

    /// The bytes before a key's own in its record: its ID, its length and its value.
    private static let recordHeader = 16
    /// Where a record's value is, from the record's start.
    private static let valueOffset = 8

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(hash: UInt64, recordStart: Int) -> UInt64 {
        hash & 0xFFFF_FFFF_0000_0000 | UInt64(UInt32(truncatingIfNeeded: recordStart &+ 1))
    }

    /// The table's hash of a key: ``hash(_:seed:)`` folded, so that both
    /// halves of the slot's bits (the probe's start, the stored tag) depend
    /// on every byte.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let hash = hash(UnsafeRawBufferPointer(key), seed: 0x9E37_79B9_7F4A_7C15)
        return hash ^ hash >> 32
    }

    /// A hash of `bytes` that reads them eight at a time: one multiply per
    /// eight bytes rather than one per byte (a lookup runs for every word of
    /// a text and for each of its clitic stems, so the hash is on the hot
    /// path). Not cryptographic. `seed` chains hashes of several pieces.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        var hash = seed ^ UInt64(bytes.count)
        var offset = 0
        while offset &+ 8 <= bytes.count {
            hash = mix(hash ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset &+= 8
        }
        if offset < bytes.count {
            var tail: UInt64 = 0
            for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << (8 &* (index &- offset)) }
            hash = mix(hash ^ tail)
        }
        return hash
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0xBF58_476D_1CE4_E5B9
        return product ^ product >> 29
    }

    /// Whether the `count` bytes at `first` and at `second` are the same:
    /// eight at a time, then one at a time (a call to `memcmp` costs more
    /// than the comparison for keys of a few letters).
    @inline(__always)
    static func bytesEqual(_ first: UnsafeRawPointer, _ second: UnsafeRawPointer, count: Int) -> Bool {
        var offset = 0
        while offset &+ 8 <= count {
            guard first.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                == second.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset &+= 8
        }
        while offset < count {
            guard first.load(fromByteOffset: offset, as: UInt8.self) == second.load(fromByteOffset: offset, as: UInt8.self)
            else { return false }
            offset &+= 1
        }
        return true
    }

    /// The ID of `key`, inserting it with the next ID if it is new.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(key)
        if let id = records.withUnsafeBytes({ records in find(key, hash: hash, in: records).map { Self.entry(at: $0, in: records).id } }) {
            return id
        }
        if count * 2 >= slots.count { grow() }
        let id = Int32(count)
        let start = records.count
        // A slot keeps a record's start plus one in 32 bits.
        precondition(start + Self.recordHeader + key.count < Int(UInt32.max), "a byte-string table past 4 GB")
        place(Self.slot(hash: hash, recordStart: start), hash: hash)
        // The header in one append (a lexicon inserts every word at start-up).
        let header = (UInt32(id).littleEndian, UInt32(key.count).littleEndian, UInt64(0))
        withUnsafeBytes(of: header) { records += $0 }
        records += key
        recordStarts.append(Int32(start))
        count += 1
        return id
    }

    /// The ID of `key`, inserting it with the next ID if it is new.
    mutating func insert(_ key: [UInt8]) -> Int32 {
        key.withUnsafeBufferPointer { insert($0) }
    }

    /// The ID of `key`, if present.
    func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        entry(of: key)?.id
    }

    /// The ID of `key` and the value set for it (0 if none was), if `key` is present.
    @inline(__always)
    func entry(of key: UnsafeBufferPointer<UInt8>) -> (id: Int32, value: UInt64)? {
        records.withUnsafeBytes { records in
            guard let start = find(key, hash: Self.hash(key), in: records) else { return nil }
            return Self.entry(at: start, in: records)
        }
    }

    /// The ID of `prefix` followed by `key`, if present.
    func id(prefix: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        entry(prefix: prefix, key)?.id
    }

    /// The ID of `prefix` followed by `key` and its value, if present.
    func entry(prefix: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, value: UInt64)? {
        // The hash reads whole words, so it needs the two pieces end to end.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.count + key.count) { joined in
            _ = joined.initialize(fromContentsOf: prefix)
            _ = UnsafeMutableBufferPointer(rebasing: joined[prefix.count...]).initialize(fromContentsOf: key)
            return entry(of: UnsafeBufferPointer(joined))
        }
    }

    /// Sets the value of key `id` (a key's value is 0 until set).
    mutating func setValue(_ value: UInt64, for id: Int32) {
        let start = Int(recordStarts[Int(id)]) + Self.valueOffset
        records.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: start, as: UInt64.self) }
    }

    /// Sets the value of every key: `values[id]` for key `id`.
    mutating func setValues(_ values: [UInt64]) {
        precondition(values.count == count, "one value per key")
        records.withUnsafeMutableBytes { records in
            for (id, start) in recordStarts.enumerated() {
                records.storeBytes(of: values[id].littleEndian, toByteOffset: Int(start) + Self.valueOffset, as: UInt64.self)
            }
        }
    }

    /// The ID and the value of the record at `start`.
    @inline(__always)
    private static func entry(at start: Int, in records: UnsafeRawBufferPointer) -> (id: Int32, value: UInt64) {
        let record = records.baseAddress! + start
        return (
            Int32(bitPattern: UInt32(littleEndian: record.loadUnaligned(as: UInt32.self))),
            UInt64(littleEndian: record.loadUnaligned(fromByteOffset: Self.valueOffset, as: UInt64.self))
        )
    }

    /// Where the record of `key` starts in `records` (``records``), if `key` is present.
    @inline(__always)
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, in records: UnsafeRawBufferPointer) -> Int? {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        var index = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let slot = slots[index]
                if slot == 0 { return nil }
                // A matching tag almost always means the key: its record is
                // then read once, header and bytes on the same cache line or
                // the next.
                if slot & 0xFFFF_FFFF_0000_0000 == tag {
                    let start = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) &- 1
                    let record = records.baseAddress! + start
                    let length = UInt32(littleEndian: record.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
                    if Int(length) == key.count,
                        key.isEmpty || Self.bytesEqual(record + Self.recordHeader, key.baseAddress!, count: key.count)
                    {
                        return start
                    }
                }
                index = (index &+ 1) & mask
            }
        }
    }

    private mutating func place(_ slot: UInt64, hash: UInt64) {
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<count {
            let start = Int(recordStarts[id])
            let hash = records.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[keyRange(start)])) }
            place(Self.slot(hash: hash, recordStart: start), hash: hash)
        }
    }

    /// Where the key of the record at `start` is in ``records``.
    private func keyRange(_ start: Int) -> Range<Int> {
        let length = records.withUnsafeBytes {
            Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: start + 4, as: UInt32.self)))
        }
        return (start + Self.recordHeader)..<(start + Self.recordHeader + length)
    }

    /// Every key, in ID order: the table's contents, for a snapshot.
    var keysInOrder: (arena: [UInt8], lengths: [Int32]) {
        var arena: [UInt8] = []
        arena.reserveCapacity(records.count - Self.recordHeader * count)
        var lengths: [Int32] = []
        lengths.reserveCapacity(count)
        for start in recordStarts {
            let range = keyRange(Int(start))
            arena += records[range]
            lengths.append(Int32(range.count))
        }
        return (arena, lengths)
    }

    /// A table of `lengths.count` keys laid end to end in `arena`, with IDs in
    /// that order; nil if the lengths do not add up to the arena's size.
    init?(arena: [UInt8], lengths: [Int32]) {
        self.init(capacity: lengths.count)
        records.reserveCapacity(arena.count + Self.recordHeader * lengths.count)
        recordStarts.reserveCapacity(lengths.count)
        var offset = 0
        for length in lengths {
            guard length >= 0, offset + Int(length) <= arena.count else { return nil }
            let before = count
            _ = arena.withUnsafeBufferPointer { insert(UnsafeBufferPointer(rebasing: $0[offset..<offset + Int(length)])) }
            guard count == before + 1 else { return nil }  // a repeated key
            offset += Int(length)
        }
        guard offset == arena.count else { return nil }
    }

    /// The key of `id`.
    func key(of id: Int32) -> [UInt8]? {
        guard recordStarts.indices.contains(Int(id)) else { return nil }
        return Array(records[keyRange(Int(recordStarts[Int(id)]))])
    }
}

/// An immutable map from 64-bit keys to 32-bit values: the trie's edges.
///
/// Open addressing with linear probing; each slot holds its key and its
/// value side by side, so that a probe that finds its key reads the value
/// from the same cache line.
struct EdgeTable: Sendable {
    private struct Slot {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: Self.empty, value: -1), count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        // A multiplicative mix: node and token IDs are small and dense.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    func value(for key: UInt64) -> Int32? {
        var index = Self.slot(key) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let stored = slots[index].key
                if stored == key { return slots[index].value }
                if stored == Self.empty { return nil }
                index = (index &+ 1) & mask
            }
        }
    }

    mutating func set(_ value: Int32, for key: UInt64) {
        precondition(key != Self.empty, "the empty slot's key")
        if count * 2 >= slots.count { grow() }
        var index = Self.slot(key) & mask
        while slots[index].key != Self.empty && slots[index].key != key { index = (index + 1) & mask }
        if slots[index].key == Self.empty { count += 1 }
        slots[index] = Slot(key: key, value: value)
    }

    /// Calls `body` with every entry, in no particular order.
    func forEach(_ body: (_ key: UInt64, _ value: Int32) -> Void) {
        for slot in slots where slot.key != Self.empty { body(slot.key, slot.value) }
    }

    /// Every entry, ordered by key: the table's contents, for a snapshot.
    var entriesByKey: [(key: UInt64, value: Int32)] {
        var entries: [(key: UInt64, value: Int32)] = []
        forEach { entries.append(($0, $1)) }
        return entries.sorted { $0.key < $1.key }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: Self.empty, value: -1), count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for slot in old where slot.key != Self.empty { set(slot.value, for: slot.key) }
    }
}
