#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Parses spaCy EntityRuler pattern files (JSON lines), so that existing
/// pattern files carry over.
enum SpacyPatternParser {
    private struct Pattern: Decodable {
        var label: String
        var pattern: Phrase
        var id: String?
    }

    /// A phrase pattern (a string) or a token pattern (a list of token objects).
    private enum Phrase: Decodable {
        case text(String)
        case tokens([[String: String]])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                self = .tokens(try container.decode([[String: String]].self))
            }
        }
    }

    static func parse(_ bytes: [UInt8], source: String) throws(GazetteerError) -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        var lineNumber = 0
        let decoder = JSONDecoder()
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            func fail(_ message: String) -> GazetteerError {
                GazetteerError(source: source, line: lineNumber, message: message)
            }
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            guard String(validating: line, as: UTF8.self) != nil else { throw fail("not valid UTF-8") }
            let pattern: Pattern
            do {
                pattern = try decoder.decode(Pattern.self, from: Data(line))
            } catch {
                throw fail("expected a JSON object with \"label\" and \"pattern\" (a string or a list of token objects)")
            }
            guard let type = EntityType(rawValue: pattern.label) else {
                throw fail("invalid label '\(pattern.label)': entity types are upper-case names such as ORG")
            }
            let name: String
            switch pattern.pattern {
            case .text(let text):
                name = text
            case .tokens(let tokens):
                var words: [String] = []
                for token in tokens {
                    guard let word = token["ORTH"] ?? token["TEXT"] ?? token["LOWER"], token.count == 1 else {
                        throw fail("token patterns may use only one of ORTH, TEXT or LOWER per token")
                    }
                    words.append(word)
                }
                name = words.joined(separator: " ")
            }
            guard !name.trimmingSpaces().isEmpty else { throw fail("empty pattern") }
            entries.append(
                GazetteerEntry(
                    name: name.trimmingSpaces(), label: .entity(type), canonical: pattern.id,
                    source: "\(source):\(lineNumber)"))
        }
        return entries
    }
}
