import TestSupport
import Testing

@testable import EntityRules

/// The vocabulary's hash table: every word of a text is looked up in it, so
/// its probe and its key comparison are checked here against a `Dictionary`
/// on keys that differ only in their last byte, keys that are prefixes of
/// others, and keys of every length around the eight-byte steps.
@Suite struct ByteStringTableTests {
    /// Keys of 0 to 40 bytes over a few byte values, so that many share
    /// prefixes and differ in one byte; each key once, in first-seen order.
    static func keys(count: Int, seed: UInt64) -> [[UInt8]] {
        var random = TestRandom(seed: seed)
        var seen = Set<[UInt8]>()
        var keys: [[UInt8]] = []
        let alphabet: [UInt8] = [0xD8, 0xD9, 0xA7, 0x84, 0x20]
        while keys.count < count {
            let length = Int.random(in: 0...40, using: &random)
            let key = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
            if seen.insert(key).inserted { keys.append(key) }
        }
        return keys
    }

    @Test func lookupsAgreeWithADictionary() {
        // A small capacity makes the table grow several times on the way.
        var table = ByteStringTable(capacity: 4)
        var expected: [[UInt8]: Int32] = [:]
        for key in Self.keys(count: 3000, seed: 1) {
            let id = table.insert(key)
            #expect(id == Int32(expected.count))
            expected[key] = id
            // Inserting again gives the same ID.
            #expect(table.insert(key) == id)
        }
        #expect(table.count == expected.count)
        for (key, id) in expected {
            #expect(key.withUnsafeBufferPointer { table.id(of: $0) } == id)
            #expect(table.key(of: id) == key)
        }
        // Absent keys: the present ones with a byte changed, added or dropped.
        for key in expected.keys {
            var variants: [[UInt8]] = [key + [0x41], [0x41] + key]
            if !key.isEmpty {
                variants.append(Array(key.dropLast()))
                var changed = key
                changed[changed.count - 1] ^= 0x01
                variants.append(changed)
            }
            for variant in variants {
                #expect(variant.withUnsafeBufferPointer { table.id(of: $0) } == expected[variant])
            }
        }
        #expect(table.key(of: -1) == nil)
        #expect(table.key(of: Int32(expected.count)) == nil)
    }

    @Test func valuesAreKeptBesideTheirKeys() {
        var table = ByteStringTable(capacity: 4)
        let keys = Self.keys(count: 800, seed: 9)
        for key in keys { _ = table.insert(key) }
        // 0 until set; growing after setting keeps them.
        #expect(keys[0].withUnsafeBufferPointer { table.entry(of: $0) }?.value == 0)
        for id in keys.indices where id % 3 != 0 { table.setValue(UInt64(id) &* 0x9E37_79B9_7F4A_7C15, for: Int32(id)) }
        for extra in Self.keys(count: 2000, seed: 10) { _ = table.insert(extra) }
        for (id, key) in keys.enumerated() {
            let entry = key.withUnsafeBufferPointer { table.entry(of: $0) }
            #expect(entry?.id == Int32(id))
            #expect(entry?.value == (id % 3 != 0 ? UInt64(id) &* 0x9E37_79B9_7F4A_7C15 : 0))
        }
        // Values are not part of the keys a snapshot keeps.
        #expect(table.keysInOrder.arena.count == Set(keys + Self.keys(count: 2000, seed: 10)).reduce(0) { $0 + $1.count })
    }

    @Test func everyValueSetAtOnce() {
        var table = ByteStringTable(capacity: 4)
        let keys = Self.keys(count: 300, seed: 14)
        for key in keys { _ = table.insert(key) }
        table.setValues(keys.indices.map { UInt64($0) << 40 | 7 })
        for (id, key) in keys.enumerated() {
            #expect(key.withUnsafeBufferPointer { table.entry(of: $0) }.map { $0.value } == UInt64(id) << 40 | 7)
            #expect(table.key(of: Int32(id)) == key)
        }
    }

    @Test func aPrefixAndAKeyAreLookedUpEndToEnd() {
        var table = ByteStringTable(capacity: 16)
        let alef: [UInt8] = Array("ا".utf8)
        let word = Array("الكويت".utf8)
        let id = table.insert(word)
        let stem = Array(word.dropFirst(alef.count))
        #expect(stem.withUnsafeBufferPointer { table.id(prefix: alef, $0) } == id)
        table.setValue(42, for: id)
        #expect(stem.withUnsafeBufferPointer { table.entry(prefix: alef, $0) }?.value == 42)
        #expect(stem.withUnsafeBufferPointer { table.id(of: $0) } == nil)
    }

    @Test func theKeysRoundTripThroughTheirArena() throws {
        var table = ByteStringTable(capacity: 8)
        let keys = Self.keys(count: 500, seed: 2)
        for key in keys { _ = table.insert(key) }
        let (arena, lengths) = table.keysInOrder
        #expect(arena == keys.flatMap { $0 })
        #expect(lengths == keys.map { Int32($0.count) })
        let loaded = try #require(ByteStringTable(arena: arena, lengths: lengths))
        for (index, key) in keys.enumerated() {
            #expect(key.withUnsafeBufferPointer { loaded.id(of: $0) } == Int32(index))
        }
        // A repeated key or lengths that do not add up are refused.
        #expect(ByteStringTable(arena: [1, 2, 1, 2], lengths: [2, 2]) == nil)
        #expect(ByteStringTable(arena: [1, 2, 3], lengths: [2]) == nil)
        #expect(ByteStringTable(arena: [1, 2], lengths: [3]) == nil)
    }

    @Test("bytesEqual compares every byte", arguments: 0...24)
    func bytesEqual(count: Int) {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 1) }
        bytes.withUnsafeBytes { first in
            var copy = bytes
            copy.withUnsafeBytes { second in
                #expect(count == 0 || ByteStringTable.bytesEqual(first.baseAddress!, second.baseAddress!, count: count))
            }
            for index in 0..<count {
                copy = bytes
                copy[index] ^= 0x80
                copy.withUnsafeBytes { second in
                    #expect(!ByteStringTable.bytesEqual(first.baseAddress!, second.baseAddress!, count: count))
                }
            }
        }
    }
}
