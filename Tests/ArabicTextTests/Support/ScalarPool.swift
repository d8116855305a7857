import TestSupport

/// Scalars that exercise every path of the normalizer: Arabic letters,
/// hamza and alef forms, diacritics and Quranic marks (including ones that
/// compose), tatweel, digits, presentation forms and ligatures, Persian
/// letters, Latin with combining marks, compatibility characters, format
/// controls, white space, punctuation and emoji.
enum ScalarPool {
    static let scalars: [Unicode.Scalar] = {
        var values: [UInt32] = []
        values += Array(0x0621...0x064A)  // letters
        values += [0x064B, 0x064E, 0x064F, 0x0650, 0x0651, 0x0652, 0x0653, 0x0654, 0x0655, 0x0670]
        values += [0x0610, 0x0615, 0x06D6, 0x06DC, 0x06E1, 0x06ED, 0x0640]
        values += [0x0660, 0x0665, 0x06F4, 0x0671, 0x0672, 0x06CC, 0x06A9, 0x06C0, 0x06D5, 0x06C1, 0x06D2]
        values += [0x067E, 0x0686, 0x0698, 0x06AF, 0x06A4]
        values += [0xFEFB, 0xFEF7, 0xFDF2, 0xFDFA, 0xFE8D, 0xFE91, 0xFB56, 0xFE70, 0xFC5E, 0xFE80]
        values += [0x61, 0x65, 0x45, 0x301, 0x300, 0x327, 0x316, 0x334, 0x345, 0x0323]
        values += [0xFF21, 0xFF11, 0x00A0, 0x2003, 0x2126, 0x212B, 0x1E9B, 0x1100, 0x1161, 0x11A8, 0xAC00]
        values += [0x200B, 0x200C, 0x200D, 0x200E, 0x202B, 0x2066, 0xFEFF, 0x061C, 0x034F]
        values += [0x20, 0x20, 0x20, 0x0A, 0x0D, 0x09, 0x2E, 0x2C, 0x060C, 0x061B, 0x061F, 0x066B, 0x066A]
        values += [0x1F600, 0x1F44D, 0x1F3FD, 0x10400]
        return values.map { Unicode.Scalar($0)! }
    }()

    /// A random string of up to `maximumLength` scalars from the pool.
    static func randomString(using random: inout TestRandom, maximumLength: Int = 24) -> String {
        let length = Int.random(in: 0...maximumLength, using: &random)
        var view = String.UnicodeScalarView()
        for _ in 0..<length { view.append(scalars.randomElement(using: &random)!) }
        return String(view)
    }
}

/// A string compared scalar by scalar: `String`'s own `==` treats
/// canonically equivalent strings as equal, which would hide whether a
/// normalizer composed or decomposed.
struct Exact: Equatable, CustomStringConvertible {
    let text: String

    static func == (lhs: Exact, rhs: Exact) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    var description: String {
        "\"\(text)\" [" + text.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " ") + "]"
    }
}

extension StringProtocol {
    /// The string for exact comparison.
    var exact: Exact { Exact(text: String(self)) }
}
