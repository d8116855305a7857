import ArabicText
import EntityRules

/// Writes entities in the formats of `arabic-text entities`.
enum EntityOutput {
    /// One entity as a JSON object; offsets are Unicode scalar offsets.
    static func json(_ entity: Entity, offsets: inout ScalarOffsetCounter) -> String {
        let start = offsets.scalarOffset(ofUTF8Offset: entity.utf8Range.lowerBound)
        let end = offsets.scalarOffset(ofUTF8Offset: entity.utf8Range.upperBound)
        var members: KeyValuePairs<String, String> = [
            "type": JSON.quoted(entity.type.rawValue), "start": String(start), "end": String(end),
            "text": JSON.quoted(entity.text), "canonical": entity.canonical.map { JSON.quoted($0) } ?? "null",
            "rule": JSON.quoted(entity.rule),
        ]
        if let evidence = entity.evidence {
            members = [
                "type": JSON.quoted(entity.type.rawValue), "start": String(start), "end": String(end),
                "text": JSON.quoted(entity.text), "canonical": entity.canonical.map { JSON.quoted($0) } ?? "null",
                "rule": JSON.quoted(entity.rule), "evidence": JSON.quoted(evidence),
            ]
        }
        return JSON.object(members)
    }

    /// The entities of `text` as a JSON array.
    static func jsonArray(_ entities: [Entity], in text: String) -> String {
        var offsets = ScalarOffsetCounter(text)
        return "[" + entities.map { json($0, offsets: &offsets) }.joined(separator: ", ") + "]"
    }

    /// CoNLL: one whitespace token per line with its BIO label; a blank
    /// line after each line of input that has tokens.
    static func conll(_ entities: [Entity], in text: String) -> String {
        let bytes = Array(text.utf8)
        var output = ""
        var entityIndex = 0
        var lineHasTokens = false
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                if lineHasTokens { output += "\n" }
                lineHasTokens = false
                index += 1
                continue
            }
            if bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, ![0x20, 0x09, 0x0D, 0x0A].contains(bytes[end]) { end += 1 }
            let token = index..<end
            while entityIndex < entities.count, entities[entityIndex].utf8Range.upperBound <= token.lowerBound {
                entityIndex += 1
            }
            var label = "O"
            if entityIndex < entities.count, entities[entityIndex].utf8Range.overlaps(token) {
                let entity = entities[entityIndex]
                // B- on the token where the entity begins, I- on the tokens it continues into.
                let continues = entity.utf8Range.lowerBound < token.lowerBound
                label = (continues ? "I-" : "B-") + entity.type.rawValue
            }
            output += String(decoding: bytes[token], as: UTF8.self) + "\t" + label + "\n"
            lineHasTokens = true
            index = end
        }
        return output
    }

    /// The text with each entity marked `[text](TYPE)`, in color on a terminal.
    static func marked(_ entities: [Entity], in text: String, color: Bool) -> String {
        let bytes = Array(text.utf8)
        var output = ""
        var position = 0
        for entity in entities {
            output += String(decoding: bytes[position..<entity.utf8Range.lowerBound], as: UTF8.self)
            let label = entity.type.rawValue + (entity.canonical.map { " " + $0 } ?? "")
            if color {
                output += "\u{1B}[\(ansiColor(entity.type))m" + entity.text + "\u{1B}[0m\u{1B}[2m⟨\(label)⟩\u{1B}[0m"
            } else {
                output += "[" + entity.text + "](" + label + ")"
            }
            position = entity.utf8Range.upperBound
        }
        output += String(decoding: bytes[position...], as: UTF8.self)
        return output
    }

    private static func ansiColor(_ type: EntityType) -> String {
        switch type {
        case .person: "1;34"
        case .country: "1;32"
        case .city: "1;35"
        default: "1;33"
        }
    }
}
