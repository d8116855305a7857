#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A text with its reference (gold) entities, for evaluation.
public struct AnnotatedDocument: Sendable {
    /// A reference entity: type and UTF-8 range in ``text``.
    public struct Annotation: Hashable, Sendable {
        /// The entity's type.
        public var type: EntityType
        /// Its UTF-8 range in the document's text.
        public var utf8Range: Range<Int>

        /// Creates an annotation.
        public init(type: EntityType, utf8Range: Range<Int>) {
            self.type = type
            self.utf8Range = utf8Range
        }
    }

    /// A name for messages: the file, or `sentences`.
    public var name: String
    /// The text.
    public var text: String
    /// The reference entities.
    public var annotations: [Annotation]

    /// Creates an annotated document. An annotation whose range is not
    /// inside `text` is scored as a reference entity that no prediction
    /// matches (a false negative), never a trap.
    public init(name: String, text: String, annotations: [Annotation]) {
        self.name = name
        self.text = text
        self.annotations = annotations
    }

    /// Reads a CoNLL file (token, BIO label, any further columns; sentences
    /// separated by blank lines) into one document: tokens joined by single
    /// spaces, sentences by line breaks, as the reference scorer does.
    ///
    /// - Throws: ``GazetteerError`` naming the line of a malformed row or label.
    public static func conll(_ bytes: [UInt8], name: String) throws(GazetteerError) -> AnnotatedDocument {
        var text: [UInt8] = []
        var annotations: [Annotation] = []
        var open: (type: EntityType, start: Int)? = nil
        var lastTokenEnd = 0
        var sentenceHasTokens = false
        func close() {
            if let current = open { annotations.append(Annotation(type: current.type, utf8Range: current.start..<lastTokenEnd)) }
            open = nil
        }
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let row = line.last == 0x0D ? line.dropLast() : line[...]
            if row.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                close()
                if sentenceHasTokens { text.append(0x0A) }
                sentenceHasTokens = false
                continue
            }
            let columns = row.split(separator: 0x09, omittingEmptySubsequences: false)
            guard columns.count >= 2, !columns[0].isEmpty else {
                throw GazetteerError(source: name, line: lineNumber, message: "expected token<TAB>label")
            }
            guard let label = String(validating: columns[1], as: UTF8.self),
                String(validating: columns[0], as: UTF8.self) != nil
            else {
                throw GazetteerError(source: name, line: lineNumber, message: "not valid UTF-8")
            }
            if sentenceHasTokens { text.append(0x20) }
            sentenceHasTokens = true
            let start = text.count
            text += columns[0]
            if label == "O" {
                close()
            } else if label.hasPrefix("B-") || label.hasPrefix("I-") {
                guard let type = EntityType(rawValue: String(label.dropFirst(2))) else {
                    throw GazetteerError(source: name, line: lineNumber, message: "invalid label '\(label)'")
                }
                if label.hasPrefix("B-") || open?.type != type {
                    close()
                    open = (type, start)
                }
            } else {
                throw GazetteerError(source: name, line: lineNumber, message: "invalid label '\(label)': expected O, B-TYPE or I-TYPE")
            }
            lastTokenEnd = text.count
        }
        close()
        return AnnotatedDocument(name: name, text: String(decoding: text, as: UTF8.self), annotations: annotations)
    }

    /// Reads the seed gold file (`{"documents": [{"file", "entities": [{"start", "end", "type"}]}]}`,
    /// offsets in Unicode scalars) with each document's text from `directory`.
    public static func seedGold(_ bytes: [UInt8], name: String, textsDirectory directory: String) throws(GazetteerError)
        -> [AnnotatedDocument]
    {
        struct Gold: Decodable {
            struct Document: Decodable {
                var file: String
                var entities: [Span]
            }
            struct Span: Decodable {
                var start: Int
                var end: Int
                var type: String
            }
            var documents: [Document]
        }
        let gold: Gold
        do { gold = try JSONDecoder().decode(Gold.self, from: Data(bytes)) } catch {
            throw GazetteerError(source: name, line: nil, message: "not a seed gold file: \(error)")
        }
        var documents: [AnnotatedDocument] = []
        for document in gold.documents {
            let path = directory + "/" + document.file
            let text = String(decoding: try FileBytes.read(path), as: UTF8.self)
            // Scalar offsets to UTF-8 offsets.
            var utf8Offsets: [Int] = [0]
            for scalar in text.unicodeScalars { utf8Offsets.append(utf8Offsets.last! + UTF8.width(scalar)) }
            var annotations: [Annotation] = []
            for span in document.entities {
                guard let type = EntityType(rawValue: span.type), span.start >= 0, span.start < span.end,
                    span.end < utf8Offsets.count
                else {
                    throw GazetteerError(source: name, line: nil, message: "invalid entity \(span.type) \(span.start)..<\(span.end) in \(document.file)")
                }
                annotations.append(Annotation(type: type, utf8Range: utf8Offsets[span.start]..<utf8Offsets[span.end]))
            }
            documents.append(AnnotatedDocument(name: document.file, text: text, annotations: annotations))
        }
        return documents
    }
}
