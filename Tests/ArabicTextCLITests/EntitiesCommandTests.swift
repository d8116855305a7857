import Foundation
import Testing

@Suite struct EntitiesCommandTests {
    @Test func jsonOutputFollowsTheContract() throws {
        let path = Tool.seed(0)
        let result = try Tool.run(["entities", "--format", "json", path])
        #expect(result.status == 0, "\(result.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        #expect(Array(object.keys) == ["entities"])
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(!entities.isEmpty)
        let scalars = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
        for entity in entities {
            let type = try #require(entity["type"] as? String)
            let start = try #require(entity["start"] as? Int)
            let end = try #require(entity["end"] as? Int)
            let text = try #require(entity["text"] as? String)
            #expect(["PERSON", "COUNTRY", "CITY", "REGION", "ORGANIZATION"].contains(type))
            #expect(0 <= start && start < end && end <= scalars.count)
            // start and end are Unicode scalar offsets into the file's text, end-exclusive.
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == text)
            #expect(entity["canonical"] is String || entity["canonical"] is NSNull)
            #expect(entity["rule"] is String)
        }
    }

    @Test func severalFilesGiveOneRecordEach() throws {
        let result = try Tool.run(["entities", Tool.seed(0), Tool.seed(1)])
        let object = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.map { $0["file"] as? String } == [Tool.seed(0), Tool.seed(1)])
    }

    @Test func jsonlIsALineForEachLineInOrder() throws {
        let input = """
            {"id": 7, "text": "زار الرئيس الروسي باكو"}
            this is not json
            {"id": "b", "text": ""}
            {"id": null, "text": "موسكو"}

            """
        let result = try Tool.run(["entities", "--format", "jsonl", "--jobs", "2"], input: Data(input.utf8))
        #expect(result.status == 0)
        let lines = result.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let records = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(records[0]["id"] as? Int == 7)
        #expect((records[0]["entities"] as? [[String: Any]])?.first?["text"] as? String == "باكو")
        #expect(records[1]["line"] as? Int == 2)
        #expect((records[1]["error"] as? String)?.contains("line 2") == true)
        #expect(records[2]["id"] as? String == "b")
        #expect(records[3]["id"] is NSNull)
    }

    @Test func failFastStopsAtTheFirstInvalidLine() throws {
        let input = "{\"id\": 1, \"text\": \"باكو\"}\n[1, 2]\n{\"id\": 3, \"text\": \"موسكو\"}\n"
        let result = try Tool.run(["entities", "--format", "jsonl", "--fail-fast"], input: Data(input.utf8))
        #expect(result.status == 65)
        #expect(result.error.contains("line 2"))
        #expect(result.text.split(separator: "\n").count == 1)
    }

    @Test func conllAndTextFormats() throws {
        let conll = try Tool.run(["entities", "--format", "conll"], input: Data("زار الرئيس فلاديمير بوتين موسكو\n".utf8))
        #expect(conll.text.contains("موسكو\tB-CITY\n"))
        #expect(conll.text.contains("زار\tO\n"))
        let text = try Tool.run(["entities", "--format", "text"], input: Data("وصل إلى موسكو".utf8))
        #expect(text.text == "وصل إلى [موسكو](CITY geonames:524901)\n")
    }

    @Test func extraGazetteersAndTheirErrors() throws {
        let directory = NSTemporaryDirectory() + "cli-gazetteer-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "أرامكو\tORGANIZATION\tSaudi Aramco\n".write(toFile: directory + "/orgs.tsv", atomically: true, encoding: .utf8)
        try "ok\tCITY\nbroken line\n".write(toFile: directory + "/bad.tsv", atomically: true, encoding: .utf8)
        let good = try Tool.run(["entities", "--gazetteer", directory + "/orgs.tsv"], input: Data("أرامكو".utf8))
        #expect(good.text.contains("\"canonical\": \"Saudi Aramco\""))
        let bad = try Tool.run(["entities", "--gazetteer", directory + "/bad.tsv"], input: Data("x".utf8))
        #expect(bad.status == 65)
        #expect(bad.error.contains("bad.tsv:2:"))
        #expect(bad.output.isEmpty)
    }
}
