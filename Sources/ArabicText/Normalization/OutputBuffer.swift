/// A growable byte buffer the normalization loop writes into through a raw
/// pointer. Writers reserve room before they write; the loop reserves only
/// where output can outgrow input (replacements and ICU chunks), since a
/// kept or removed scalar never writes more bytes than it reads.
struct OutputBuffer: ~Copyable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `additional` more bytes after `count`.
    @inline(__always)
    mutating func reserve(_ additional: Int) {
        if count + additional > capacity { grow(to: count + additional) }
    }

    @inline(never)
    private mutating func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        (base + count).update(from: source, count: length)
        count += length
    }

    /// Appends U+034F COMBINING GRAPHEME JOINER, which the stream-safe cuts
    /// write; the caller has reserved its two bytes.
    @inline(__always)
    mutating func appendCombiningGraphemeJoiner() {
        append(0xCD)
        append(0x8F)
    }

    mutating func append(contentsOf bytes: some Sequence<UInt8>) {
        for byte in bytes {
            reserve(1)
            append(byte)
        }
    }

    /// The written bytes.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The written bytes as a `String`. They are valid UTF-8 by
    /// construction, so where the standard library allows it the copy skips
    /// validation, which would otherwise cost as much as normalizing.
    func makeString() -> String {
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            let span = Span(_unsafeElements: UnsafeBufferPointer(start: base, count: count))
            return String(copying: UTF8Span(unchecked: span))
        }
        return String(unsafeUninitializedCapacity: count) { destination in
            _ = destination.initialize(fromContentsOf: UnsafeBufferPointer(start: base, count: count))
            return count
        }
    }
}
