import ArabicText
import EntityRules

/// Writes entities in the formats of `arabic-text entities`.
enum EntityOutput {
    /// The entities of `text` as a JSON array of objects with type, start,
    /// end (Unicode scalar offsets, end-exclusive), text, canonical, rule and,
    /// where there is one, evidence.
    static func jsonArray(_ entities: [Entity], in text: String) -> String {
        var writer = JSONWriter()
        writeJSONArray(entities, in: text, to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Appends the JSON array of `entities` to `writer`.
    static func writeJSONArray(_ entities: [Entity], in text: String, to writer: inout JSONWriter) {
        var offsets = ScalarOffsetCounter(text)
        writer.raw("[")
        for (index, entity) in entities.enumerated() {
            if index > 0 { writer.raw(", ") }
            writer.raw("{\"type\": ")
            writer.string(entity.type.rawValue)
            writer.raw(", \"start\": ")
            writer.integer(offsets.scalarOffset(ofUTF8Offset: entity.utf8Range.lowerBound))
            writer.raw(", \"end\": ")
            writer.integer(offsets.scalarOffset(ofUTF8Offset: entity.utf8Range.upperBound))
            writer.raw(", \"text\": ")
            writer.string(entity.text)
            writer.raw(", \"canonical\": ")
            if let canonical = entity.canonical { writer.string(canonical) } else { writer.raw("null") }
            writer.raw(", \"rule\": ")
            writer.string(entity.rule)
            if let evidence = entity.evidence {
                writer.raw(", \"evidence\": ")
                writer.string(evidence)
            }
            writer.raw("}")
        }
        writer.raw("]")
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
