// QuickStart: normalization with alignment, entity recognition, and a
// gazetteer extended from a file and in code. Run it from anywhere:
//     swift run --package-path Examples/QuickStart
import ArabicText
import EntityRules
import Foundation

/// This package's directory and the repository's, found from this file's
/// path so that the example runs from any working directory.
let packageDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let repositoryDirectory = packageDirectory.deletingLastPathComponent().deletingLastPathComponent()

func heading(_ title: String) {
    print("\n" + title)
    print(String(repeating: "=", count: title.count))
}

/// One entity on a line: type, text, canonical ID, rule and evidence.
func describe(_ entity: Entity) -> String {
    var line = "  " + entity.type.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
    line += "«\(entity.text)»  → \(entity.canonical ?? "-")  [\(entity.rule)]"
    if let evidence = entity.evidence { line += "  evidence: «\(evidence)»" }
    return line
}

// MARK: 1. Normalization, and back to the original through the alignment

heading("1. Normalization with alignment")
let sentence = "أعلنَ الرئيسُ إلهام علييف أنّ أذربيجانَ ستستضيفُ القمّةَ في باكو"
print("original:   \(sentence)")
for profile in NormalizationProfile.all {
    let name = profile.name.padding(toLength: 10, withPad: " ", startingAt: 0)
    print("\(name)  \(ArabicNormalizer(profile: profile).normalize(sentence))")
}

// Search in the normalized text, then map the hit back to the original.
let normalizer = ArabicNormalizer(profile: .search)
let aligned = normalizer.normalizeWithAlignment(sentence)
let query = normalizer.normalize("اذربيجان")  // the query is normalized the same way
if let hit = aligned.normalized.range(of: query) {
    // On String indices ...
    let original = aligned.originalRange(forNormalized: hit)
    print("query «\(query)» matches the normalized text at «\(aligned.normalized[hit])»,")
    print("which comes from «\(sentence[original])» in the original (diacritics and hamza included)")
    // ... or on UTF-8 offsets, the unit Entity.utf8Range uses.
    let start = aligned.normalized.utf8.distance(from: aligned.normalized.startIndex, to: hit.lowerBound)
    let bytes = start..<(start + aligned.normalized.utf8.distance(from: hit.lowerBound, to: hit.upperBound))
    print("UTF-8 bytes \(bytes) of the normalized text are bytes \(aligned.originalUTF8Range(forNormalized: bytes)) of the original")
}

// MARK: 2. Entities in a news article

heading("2. Entities in Fixtures/seeds/000_a5b943f2432fb324.txt")
let articleURL = repositoryDirectory.appendingPathComponent("Fixtures/seeds/000_a5b943f2432fb324.txt")
let article = try String(contentsOf: articleURL, encoding: .utf8)
let recognizer = EntityRecognizer()  // the bundled gazetteers; build once, share freely
let entities = recognizer.recognize(article)
var byType: [EntityType: Int] = [:]
for entity in entities { byType[entity.type, default: 0] += 1 }
print("\(entities.count) entities: " + byType.sorted { $0.value > $1.value }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
for entity in entities.prefix(12) { print(describe(entity)) }
if entities.count > 12 { print("  … and \(entities.count - 12) more") }
// Ranges are UTF-8 offsets into the text given: the entity is exactly that slice of it.
if let first = entities.first {
    precondition(article[first.range(in: article)] == first.text)
}

// MARK: 3. A gazetteer extended from a file and in code

heading("3. Adding organizations: a TSV file and one entry in code")
let paragraph = """
    وقّعت شركة سوكار اتفاقاً مع الخطوط الجوية الأذربيجانية في باكو، بحسب وكالة أذرتاج، \
    بحضور ممثلين عن مؤسسة حيدر علييف وجامعة باكو الحكومية.
    """
print(paragraph)
print("\nwith the bundled gazetteers:")
for entity in recognizer.recognize(paragraph) { print(describe(entity)) }

var gazetteer = Gazetteer.bundled
let listURL = packageDirectory.appendingPathComponent("Data/organizations.tsv")
do {
    try gazetteer.load(contentsOf: listURL.path)  // name<TAB>TYPE<TAB>canonical<TAB>attributes
} catch {
    print("cannot load \(listURL.path): \(error)")  // names the file and line of the problem
    exit(1)
}
gazetteer.add("مؤسسة حيدر علييف", type: .organization, canonical: "Heydar Aliyev Foundation")
let extended = EntityRecognizer(gazetteer: gazetteer)
print("\nwith Data/organizations.tsv and one entry added in code:")
for entity in extended.recognize(paragraph) { print(describe(entity)) }
