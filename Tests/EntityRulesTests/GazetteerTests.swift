import Testing

@testable import EntityRules

#if canImport(Glibc)
import Glibc
#endif

@Suite struct GazetteerTests {
    @Test func tsvLinesParseWithCommentsAndOptionalColumns() throws {
        var gazetteer = Gazetteer()
        try gazetteer.load(
            tsv: "# comment\n\nأرامكو\tORGANIZATION\tSaudi Aramco\tcc=SA; kind=company\r\nالسفير\tcue.title\nجدة\tCITY\n",
            source: "extra.tsv")
        #expect(gazetteer.count == 3)
        let aramco = gazetteer.entries[0]
        #expect(aramco.label == .entity("ORGANIZATION"))
        #expect(aramco.canonical == "Saudi Aramco")
        #expect(aramco.attributes == ["cc": "SA", "kind": "company"])
        #expect(aramco.source == "extra.tsv:3")
        #expect(gazetteer.entries[1].label == .cue(.title))
        #expect(gazetteer.entries[2].canonical == nil)
    }

    @Test("malformed lines are rejected with file and line", arguments: [
        ("ok\tCITY\nno tab here\n", 2, "no tab"),
        ("name\tcity\n", 1, "invalid type 'city'"),
        ("name\tcue.unknown\n", 1, "invalid type"),
        ("name\tCITY\tx\tpop\n", 1, "invalid attribute 'pop'"),
        ("name\tCITY\tx\ta=1\textra\n", 1, "at most 4"),
        ("\tCITY\n", 1, "empty name"),
    ])
    func malformedLines(text: String, line: Int, message: String) {
        var gazetteer = Gazetteer()
        #expect {
            try gazetteer.load(tsv: text, source: "bad.tsv")
        } throws: { error in
            let error = error as! GazetteerError
            return error.source == "bad.tsv" && error.line == line && error.message.contains(message)
                && error.description.hasPrefix("bad.tsv:\(line): ")
        }
        #expect(gazetteer.count == 0)
    }

    @Test func invalidUTF8IsAnErrorWithItsLine() {
        var gazetteer = Gazetteer()
        #expect(throws: GazetteerError.self) {
            try gazetteer.load(tsv: Array("a\tCITY\n".utf8) + [0xFF, 0x09] + Array("CITY\n".utf8), source: "bytes.tsv")
        }
        do {
            try gazetteer.load(tsv: Array("a\tCITY\n".utf8) + [0xFF, 0x09] + Array("CITY\n".utf8), source: "bytes.tsv")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func spacyPatternsCarryOver() throws {
        var gazetteer = Gazetteer()
        try gazetteer.load(
            spaCyPatterns: """
                {"label": "ORG", "pattern": "الأمم المتحدة", "id": "UN"}
                {"label": "ORG", "pattern": [{"LOWER": "البنك"}, {"TEXT": "الدولي"}]}

                {"label": "GPE", "pattern": "دبي"}
                """, source: "patterns.jsonl")
        #expect(gazetteer.entries.map(\.name) == ["الأمم المتحدة", "البنك الدولي", "دبي"])
        #expect(gazetteer.entries[0].canonical == "UN")
        #expect(gazetteer.entries[0].label == .entity("ORG"))
        #expect(gazetteer.entries[2].source == "patterns.jsonl:4")
        let recognizer = EntityRecognizer(gazetteer: gazetteer)
        #expect(recognizer.found("قرار الأمم المتحدة") == [Found(type: "ORG", text: "الأمم المتحدة", canonical: "UN")])
    }

    @Test("malformed spaCy patterns are rejected with their line", arguments: [
        ("{\"label\": \"ORG\", \"pattern\": \"x\"}\nnot json\n", 2),
        ("{\"pattern\": \"x\"}\n", 1),
        ("{\"label\": \"org\", \"pattern\": \"x\"}\n", 1),
        ("{\"label\": \"ORG\", \"pattern\": [{\"POS\": \"NOUN\"}]}\n", 1),
        ("{\"label\": \"ORG\", \"pattern\": \"  \"}\n", 1),
    ])
    func malformedPatterns(text: String, line: Int) {
        var gazetteer = Gazetteer()
        #expect {
            try gazetteer.load(spaCyPatterns: text, source: "p.jsonl")
        } throws: { error in
            (error as? GazetteerError)?.line == line
        }
    }

    @Test func filesLoadByExtensionAndMissingFilesFail() throws {
        let directory = "/tmp/entityrules-tests-\(getpid())"
        mkdir(directory, 0o755)
        defer { system("rm -rf \(directory)") }
        try write("مايكروسوفت\tORGANIZATION\tMicrosoft\n", to: directory + "/orgs.tsv")
        try write("{\"label\": \"ORGANIZATION\", \"pattern\": \"غوغل\", \"id\": \"Google\"}\n", to: directory + "/p.jsonl")
        var gazetteer = Gazetteer()
        try gazetteer.load(contentsOf: directory + "/orgs.tsv")
        try gazetteer.load(contentsOf: directory + "/p.jsonl")
        #expect(gazetteer.entries.map(\.canonical) == ["Microsoft", "Google"])
        #expect {
            try gazetteer.load(contentsOf: directory + "/missing.tsv")
        } throws: { error in
            (error as? GazetteerError)?.message.hasPrefix("cannot open") == true
        }
    }

    private func write(_ text: String, to path: String) throws {
        let file = fopen(path, "wb")!
        defer { fclose(file) }
        _ = text.utf8CString.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count - 1, file) }
    }

    @Test func entriesAddedInCodeOverrideAndRemove() {
        var gazetteer = TestLexicon.gazetteer()
        gazetteer.add("أرامكو", type: .organization, canonical: "Saudi Aramco")
        gazetteer.add("باكو", type: .city, canonical: "my-baku")  // overrides the earlier Baku
        gazetteer.remove("موسكو", type: .city)
        let recognizer = EntityRecognizer(gazetteer: gazetteer)
        #expect(recognizer.found("أرامكو في باكو وموسكو") == [
            Found(type: .organization, text: "أرامكو", canonical: "Saudi Aramco"),
            Found(type: .city, text: "باكو", canonical: "my-baku"),
        ])
        // A removal applies to entries before it; one added after it stays.
        gazetteer.add("موسكو", type: .city, canonical: "again")
        #expect(EntityRecognizer(gazetteer: gazetteer).found("موسكو").first?.canonical == "again")
    }

    @Test func removalMatchesAnySpellingOfTheName() {
        var gazetteer = TestLexicon.gazetteer()
        gazetteer.remove("اذربيجان")  // no hamza: still removes أذربيجان
        #expect(EntityRecognizer(gazetteer: gazetteer).found("أذربيجان").isEmpty)
    }

    @Test func userTypesWork() {
        var gazetteer = Gazetteer()
        gazetteer.add("كأس العالم", type: "EVENT", canonical: "FIFA World Cup")
        #expect(EntityRecognizer(gazetteer: gazetteer).found("نهائي كأس العالم").first?.type == "EVENT")
    }

    @Test func entityTypeNamesAreValidated() {
        #expect(EntityType(rawValue: "ORGANIZATION") != nil)
        #expect(EntityType(rawValue: "organization") == nil)
        #expect(EntityType(rawValue: "") == nil)
        #expect(EntityType(rawValue: "A B") == nil)
        #expect(GazetteerLabel("cue.title") == .cue(.title))
        #expect(GazetteerLabel("cue.nonsense") == nil)
    }

    /// The named types' constants and the same names read from text are one
    /// type each (equality compares a code that both must derive alike).
    @Test func namedTypesEqualTheirNamesReadFromText() {
        let named: [EntityType] = [.person, .country, .city, .region, .organization]
        for type in named {
            #expect(EntityType(rawValue: type.rawValue) == type)
            #expect(EntityType(stringLiteral: type.rawValue) == type)
            for other in named where other.rawValue != type.rawValue {
                #expect(EntityType(rawValue: other.rawValue) != type)
            }
        }
        #expect(EntityType(rawValue: "EVENT") == EntityType(rawValue: "EVENT"))
        #expect(EntityType(rawValue: "EVENT") != .person)
    }

    @Test func everyBundledFileIsWellFormed() throws {
        let files = Gazetteer.bundledFiles
        #expect(files.count >= 10)
        for (name, bytes) in files {
            var gazetteer = Gazetteer()
            #expect(throws: Never.self, "\(name)") { try gazetteer.load(tsv: bytes, source: name) }
            #expect(gazetteer.count > 0, "\(name) is empty")
        }
    }

    @Test func theBundledGazetteersParseAndCoverTheCoreTypes() {
        let bundled = Gazetteer.bundled
        #expect(Gazetteer.bundledFileNames.contains("countries.tsv"))
        let types = Set(bundled.entries.compactMap { entry -> EntityType? in
            if case .entity(let type) = entry.label { return type }
            return nil
        })
        #expect(types.isSuperset(of: [.country, .city, .region]))
        // Every ISO 3166 country that news names is there, with its code.
        let recognizer = EntityRecognizer()
        for (name, code) in [("أذربيجان", "AZ"), ("المملكة العربية السعودية", "SA"), ("الولايات المتحدة الأمريكية", "US"), ("روسيا الاتحادية", "RU"), ("الاتحاد السوفيتي", "SU")] {
            #expect(recognizer.recognize(name).first?.canonical == code, "\(name)")
        }
    }

    @Test func aCompiledRecognizerIsSharedAcrossTasks() async {
        let recognizer = TestLexicon.recognizer
        let texts = (0..<64).map { "زار الرئيس الروسي فلاديمير بوتين باكو رقم \($0)" }
        let expected = texts.map(recognizer.recognize)
        let concurrent = await recognizer.recognize(texts, maximumConcurrency: 8)
        #expect(concurrent == expected)
    }
}
