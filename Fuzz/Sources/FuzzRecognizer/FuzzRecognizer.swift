// Fuzzes EntityRecognizer: entity ranges, texts and determinism.
//
// Input: byte 0 picks the recognizer: the bundled gazetteer, or (odd) a
// small gazetteer made from the input's own words, so that names, titles and
// given names are found in it; the rest is the text (any bytes).
import FuzzSupport

@testable import EntityRules

let bundled = EntityRecognizer()
let labels: [GazetteerLabel] = [
    .entity(.person), .entity(.country), .entity(.city), .cue(.title), .cue(.givenName), .cue(.particle),
    .cue(.demonym), .cue(.cityDesignator), .cue(.countryDesignator), .cue(.surnameSuffix), .entity("EVENT"),
    .cue(.common), .cue(.notName), .cue(.personVerb),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecognizer(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let mode = input.byte()
    let text = String(decoding: input.rest(), as: UTF8.self)
    let recognizer = mode & 1 == 0 ? bundled : EntityRecognizer(gazetteer: gazetteer(from: text, seed: UInt64(mode)))
    check(text, recognizer: recognizer)
    return 0
}

/// Entries made of runs of one to three words of `text`, with labels taken in turn.
func gazetteer(from text: String, seed: UInt64) -> Gazetteer {
    var random = SplitMix(seed: seed)
    var gazetteer = random.next() % 4 == 0 ? Gazetteer.bundled : Gazetteer()
    let words = text.split(whereSeparator: { $0.isWhitespace })
    var index = 0
    while index < words.count, gazetteer.count < 5000 {
        let length = Int(random.next() % 3) + 1
        let name = words[index..<min(words.count, index + length)].joined(separator: " ")
        gazetteer.add(GazetteerEntry(name: name, label: labels[Int(random.next() % UInt64(labels.count))], canonical: "id\(index)"))
        index += length + Int(random.next() % 2)
    }
    return gazetteer
}

func check(_ text: String, recognizer: EntityRecognizer) {
    let entities = recognizer.recognize(text)
    let bytes = Array(text.utf8)
    let scalars = scalarBoundaries(text)
    let characters = characterBoundaries(text)
    for entity in entities {
        let range = entity.utf8Range
        require(range.lowerBound >= 0 && range.upperBound <= bytes.count && !range.isEmpty, "entity range \(range) in \(bytes.count) bytes")
        require(scalars.contains(range.lowerBound) && scalars.contains(range.upperBound), "entity \(range) cuts a scalar: \(describe(text))")
        require(
            characters.contains(range.lowerBound) && characters.contains(range.upperBound),
            "entity \(range) cuts a grapheme cluster: \(describe(entity.text)) in \(describe(text))")
        require(entity.text.utf8.elementsEqual(bytes[range]), "entity text is not the text at its range")
        require(String(text[entity.range(in: text)]) == entity.text, "range(in:) disagrees")
    }
    // In order, and no two entities of the same type overlap.
    for (a, b) in zip(entities, entities.dropFirst()) {
        require(a.utf8Range.lowerBound <= b.utf8Range.lowerBound, "entities out of order")
    }
    for (i, a) in entities.enumerated() {
        for b in entities[(i + 1)...] where b.utf8Range.lowerBound < a.utf8Range.upperBound {
            require(a.type != b.type, "overlapping \(a.type) entities \(a.utf8Range) and \(b.utf8Range)")
        }
    }
    // Deterministic.
    require(recognizer.recognize(text) == entities, "a second run differs")
}

@_cdecl("FuzzRecognizer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, fuzzRecognizer)
}
