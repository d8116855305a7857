#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An immutable map from byte strings (normalized tokens) to dense IDs,
/// looked up straight from a text's bytes without building a `String`.
///
/// Open addressing with linear probing over a power-of-two table; keys live
/// in one byte arena. A lookup is one hash pass over the key and, almost
/// always, one comparison.
struct ByteStringTable: Sendable {
    private var slots: [Slot]
    private var arena: [UInt8] = []
    /// Per ID, where its key is in the arena.
    private var keyRanges: [Range<Int32>] = []
    private var mask: Int
    private(set) var count = 0

    private struct Slot: Sendable {
        var hash: UInt64 = 0
        var offset: Int32 = 0
        var length: Int32 = -1  // -1: empty
        var id: Int32 = -1
    }

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
    }

    /// FNV-1a, continued from `seed` (so a key can be hashed in pieces).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The ID of `key`, inserting it with the next ID if it is new.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(key)
        if let id = find(prefix: [], key, hash: hash) { return id }
        if count * 2 >= slots.count { grow() }
        let id = Int32(count)
        place(Slot(hash: hash, offset: Int32(arena.count), length: Int32(key.count), id: id))
        keyRanges.append(Int32(arena.count)..<Int32(arena.count + key.count))
        arena += key
        count += 1
        return id
    }

    /// The ID of `key`, inserting it with the next ID if it is new.
    mutating func insert(_ key: [UInt8]) -> Int32 {
        key.withUnsafeBufferPointer { insert($0) }
    }

    /// The ID of `key`, if present.
    func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        find(prefix: [], key, hash: Self.hash(key))
    }

    /// The ID of `prefix` followed by `key`, if present.
    func id(prefix: [UInt8], _ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let seed = prefix.withUnsafeBufferPointer { Self.hash($0) }
        return find(prefix: prefix, key, hash: Self.hash(key, seed: seed))
    }

    private func find(prefix: [UInt8], _ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let length = prefix.count + key.count
        var index = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                while true {
                    let slot = slots[index]
                    if slot.length < 0 { return nil }
                    if slot.hash == hash, Int(slot.length) == length {
                        let stored = arena.baseAddress! + Int(slot.offset)
                        let prefixMatches = prefix.withUnsafeBufferPointer { prefix in
                            prefix.isEmpty || memcmp(stored, prefix.baseAddress!, prefix.count) == 0
                        }
                        if prefixMatches, key.isEmpty || memcmp(stored + prefix.count, key.baseAddress!, key.count) == 0 {
                            return slot.id
                        }
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    private mutating func place(_ slot: Slot) {
        var index = Int(truncatingIfNeeded: slot.hash) & mask
        while slots[index].length >= 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.length >= 0 { place(slot) }
    }

    /// Every key, in ID order: the table's contents, for a snapshot.
    var keysInOrder: (arena: [UInt8], lengths: [Int32]) {
        (arena, keyRanges.map { $0.upperBound - $0.lowerBound })
    }

    /// A table of `lengths.count` keys laid end to end in `arena`, with IDs in
    /// that order; nil if the lengths do not add up to the arena's size.
    init?(arena: [UInt8], lengths: [Int32]) {
        self.init(capacity: lengths.count)
        var offset = 0
        for length in lengths {
            guard length >= 0, offset + Int(length) <= arena.count else { return nil }
            let id = arena.withUnsafeBufferPointer { insert(UnsafeBufferPointer(rebasing: $0[offset..<offset + Int(length)])) }
            guard Int(id) == count - 1 else { return nil }  // a repeated key
            offset += Int(length)
        }
        guard offset == arena.count else { return nil }
    }

    /// The key of `id`.
    func key(of id: Int32) -> [UInt8]? {
        guard keyRanges.indices.contains(Int(id)) else { return nil }
        let range = keyRanges[Int(id)]
        return Array(arena[Int(range.lowerBound)..<Int(range.upperBound)])
    }
}

/// An immutable map from 64-bit keys to 32-bit values: the trie's edges.
struct EdgeTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        // A multiplicative mix: node and token IDs are small and dense.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    func value(for key: UInt64) -> Int32? {
        var index = Self.slot(key) & mask
        while true {
            let stored = keys[index]
            if stored == key { return values[index] }
            if stored == Self.empty { return nil }
            index = (index + 1) & mask
        }
    }

    mutating func set(_ value: Int32, for key: UInt64) {
        if count * 2 >= keys.count { grow() }
        var index = Self.slot(key) & mask
        while keys[index] != Self.empty && keys[index] != key { index = (index + 1) & mask }
        if keys[index] == Self.empty { count += 1 }
        keys[index] = key
        values[index] = value
    }

    /// Every entry, ordered by key: the table's contents, for a snapshot.
    var entriesByKey: [(key: UInt64, value: Int32)] {
        zip(keys, values).filter { $0.0 != Self.empty }.map { (key: $0.0, value: $0.1) }.sorted { $0.key < $1.key }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty { set(value, for: key) }
    }
}
