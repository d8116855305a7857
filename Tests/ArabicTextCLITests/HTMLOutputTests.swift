import Foundation
import Testing

@Suite struct HTMLOutputTests {
    /// The `<mark>` elements of a page: their attributes and inner HTML.
    struct Mark {
        var attributes: [String: String]
        var inner: String
    }

    static func marks(in html: String) throws -> [Mark] {
        let element = try Regex(#"<mark ([^>]*)>(.*?)</mark>"#).dotMatchesNewlines()
        let attribute = try Regex(#"([a-z-]+)="([^"]*)""#)
        return html.matches(of: element).map { match in
            let attributeText = String(match.output[1].substring ?? "")
            var attributes: [String: String] = [:]
            for pair in attributeText.matches(of: attribute) {
                attributes[String(pair.output[1].substring ?? "")] = String(pair.output[2].substring ?? "")
            }
            return Mark(attributes: attributes, inner: String(match.output[2].substring ?? ""))
        }
    }

    @Test func aStandaloneRightToLeftPageWithOneMarkPerEntity() throws {
        let path = Tool.seed(0)
        let html = try Tool.run(["entities", "--format", "html", path])
        #expect(html.status == 0, "\(html.error)")
        let page = html.text
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">"))
        #expect(page.hasSuffix("</html>\n"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        for tag in ["head", "header", "body", "style", "main", "section", "p", "mark", "table", "details"] {
            let opened = page.components(separatedBy: "<\(tag)>").count + page.components(separatedBy: "<\(tag) ").count - 2
            #expect(opened > 0 && opened == page.components(separatedBy: "</\(tag)>").count - 1, "<\(tag)>")
        }
        // Standalone: no scripts, stylesheets, images, imports or URLs; links only within the page.
        for external in ["<script", "<link", "<img", "@import", "src=", "url(", "http:", "https:", "//"] {
            #expect(!page.contains(external), "found \(external)")
        }
        #expect(page.components(separatedBy: "href=\"").count == page.components(separatedBy: "href=\"#").count)
        // A legend with the core types.
        for type in ["PERSON", "COUNTRY", "CITY"] {
            #expect(page.contains("<span class=\"chip t-\(type)\">\(type)</span>"))
        }
        // One mark per entity, in order, with its type, canonical ID, rule and evidence.
        let json = try Tool.run(["entities", "--format", "json", path])
        let object = try #require(try JSONSerialization.jsonObject(with: json.output) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        let marks = try Self.marks(in: page)
        #expect(!entities.isEmpty)
        #expect(marks.count == entities.count)
        for (mark, entity) in zip(marks, entities) {
            let type = try #require(entity["type"] as? String)
            let rule = try #require(entity["rule"] as? String)
            #expect(mark.attributes["data-type"] == type)
            #expect(mark.attributes["class"] == "entity t-\(type)")
            #expect(mark.attributes["data-canonical"] == entity["canonical"] as? String)
            #expect(mark.attributes["data-rule"] == rule)
            #expect(mark.attributes["data-evidence"] == entity["evidence"] as? String)
            #expect(mark.inner.hasPrefix((entity["text"] as? String) ?? "?"))
            let title = try #require(mark.attributes["title"])
            #expect(title.hasPrefix(type + "&#10;"))
            #expect(title.contains("rule: " + rule))
            if let canonical = entity["canonical"] as? String { #expect(title.contains("canonical: " + canonical)) }
        }
    }

    @Test func textIsEscapedAndLinesArePreserved() throws {
        let input = "وصل <b>الرئيس</b> & \"ضيفه\" إلى موسكو\r\n\nثم 'عاد'\n<script>alert(1)</script>\n"
        let result = try Tool.run(["entities", "--format", "html"], input: Data(input.utf8))
        #expect(result.status == 0)
        let page = result.text
        #expect(!page.contains("<b>"))
        #expect(!page.contains("<script>"))
        #expect(page.contains("<p>وصل &lt;b&gt;الرئيس&lt;/b&gt; &amp; &quot;ضيفه&quot; إلى <mark "))
        #expect(page.contains("</mark></p>\n<p>ثم &#39;عاد&#39;</p>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"))
        #expect(page.contains("<bdi>standard input</bdi>"))
        let marks = try Self.marks(in: page)
        #expect(marks.count == 1)
        #expect(marks.first?.attributes["data-type"] == "CITY")
        #expect(marks.first?.attributes["data-canonical"] == "geonames:524901")
        #expect(marks.first?.inner.hasPrefix("موسكو<span class=\"label\"") == true)
    }

    @Test func severalFilesGiveOneSectionEach() throws {
        let result = try Tool.run(["entities", "--format", "html", Tool.seed(0), Tool.seed(1)])
        #expect(result.status == 0)
        #expect(result.text.components(separatedBy: "<section class=\"document\"").count == 3)
        #expect(result.text.contains("<bdi>\(Tool.seed(0))</bdi>"))
        #expect(result.text.contains("<bdi>\(Tool.seed(1))</bdi>"))
        #expect(result.text.components(separatedBy: "<html").count == 2)
    }

    @Test func typesAddedByAGazetteerGetAColorAndALegendEntry() throws {
        let directory = NSTemporaryDirectory() + "cli-html-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "مهرجان الجنادرية\tEVENT\tjanadriyah-festival\n".write(toFile: directory + "/events.tsv", atomically: true, encoding: .utf8)
        let result = try Tool.run(
            ["entities", "--format", "html", "--gazetteer", directory + "/events.tsv"],
            input: Data("افتُتح مهرجان الجنادرية قرب الرياض".utf8))
        #expect(result.status == 0, "\(result.error)")
        #expect(result.text.contains("<span class=\"chip t-EVENT\">EVENT</span>"))
        #expect(result.text.contains(".t-EVENT { background: #"))
        let event = try Self.marks(in: result.text).first { $0.attributes["data-type"] == "EVENT" }
        #expect(event?.attributes["data-canonical"] == "janadriyah-festival")
        #expect(event?.attributes["class"] == "entity t-EVENT")
    }
}
