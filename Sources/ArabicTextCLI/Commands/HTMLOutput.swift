import EntityRules

/// The `html` format of `arabic-text entities`: a standalone right-to-left
/// page, in the spirit of spaCy's displaCy, with each entity highlighted in
/// its type's color and a legend. Hovering over (or tabbing to) an entity
/// shows its type, canonical ID, rule and evidence. No scripts, fonts or
/// other external resources: the page can be mailed or archived as it is.
enum HTMLOutput {
    /// One input: its name (`-` for standard input), text and entities.
    struct Document {
        var name: String
        var text: String
        var entities: [Entity]
    }

    /// The whole page: a legend of the types found, then one section per document.
    static func page(_ documents: [Document]) -> String {
        var counts: [EntityType: Int] = [:]
        for document in documents {
            for entity in document.entities { counts[entity.type, default: 0] += 1 }
        }
        let names = documents.map { displayName($0.name) }
        var html = """
            <!DOCTYPE html>
            <html dir="rtl" lang="ar">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="arabic-text \(ArabicTextVersion.current)">
            <title>\(escape("Entities — " + names.joined(separator: ", ")))</title>
            <style>
            \(stylesheet(for: legendTypes(counts)))</style>
            </head>
            <body>
            <header>
            <h1 lang="en">Entities</h1>
            \(legend(counts))
            </header>
            <main>

            """
        for (index, document) in documents.enumerated() {
            html += section(document.entities, in: document.text, name: document.name, id: "doc-\(index + 1)")
        }
        html += """
            </main>
            <footer lang="en">arabic-text \(ArabicTextVersion.current) · hover over or tab to an entity for its type, \
            canonical ID, rule and evidence</footer>
            </body>
            </html>

            """
        return html
    }

    /// One document's section: a heading with its name and counts, the text
    /// with its entities marked, and a collapsed table of the entities.
    static func section(_ entities: [Entity], in text: String, name: String, id: String) -> String {
        var html = "<section class=\"document\" id=\"\(id)\" aria-labelledby=\"\(id)-title\">\n"
        html += "<h2 id=\"\(id)-title\" lang=\"en\"><bdi>\(escape(displayName(name)))</bdi></h2>\n"
        html += "<p class=\"summary\" lang=\"en\" dir=\"ltr\">\(summary(entities))</p>\n"
        html += "<div class=\"text\" lang=\"ar\" dir=\"rtl\">\n" + marked(entities, in: text, id: id) + "</div>\n"
        if !entities.isEmpty {
            html += "<details class=\"entity-list\" lang=\"en\">\n<summary>Entity list</summary>\n"
            html += "<table>\n<thead><tr><th>#</th><th>type</th><th>text</th><th>canonical</th>"
            html += "<th>rule</th><th>evidence</th></tr></thead>\n<tbody>\n"
            for (index, entity) in entities.enumerated() {
                html += "<tr><td><a href=\"#\(id)-e\(index + 1)\">\(index + 1)</a></td>"
                html += "<td><span class=\"chip \(typeClass(entity.type))\">\(entity.type.rawValue)</span></td>"
                html += "<td lang=\"ar\">\(escape(entity.text))</td>"
                html += "<td><bdi>\(escape(entity.canonical ?? "—"))</bdi></td>"
                html += "<td dir=\"ltr\">\(escape(entity.rule))</td>"
                html += "<td lang=\"ar\">\(escape(entity.evidence ?? ""))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n</details>\n"
        }
        return html + "</section>\n"
    }

    /// The text as paragraphs (one per line; blank and white-space lines only separate), each
    /// entity a `<mark>` carrying its facts in `data-*` attributes and `title`,
    /// with the ID `<id>-e<n>` for the n-th entity (`page.html#doc-1-e3`
    /// opens the page with that entity's facts shown).
    static func marked(_ entities: [Entity], in text: String, id: String) -> String {
        let bytes = Array(text.utf8)
        var html = ""
        var paragraphOpen = false
        func openParagraph() {
            if !paragraphOpen { html += "<p>"; paragraphOpen = true }
        }
        func plain(_ range: Range<Int>) {
            var start = range.lowerBound
            while start < range.upperBound {
                var end = start
                while end < range.upperBound, bytes[end] != 0x0A { end += 1 }
                var lineEnd = end
                if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = String(decoding: bytes[start..<lineEnd], as: UTF8.self)
                // White space alone (NBSP included) opens no paragraph: blank lines only separate.
                if paragraphOpen || line.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
                    openParagraph()
                    html += escape(line)
                }
                if end < range.upperBound, paragraphOpen {  // a line break ends the paragraph
                    html += "</p>\n"
                    paragraphOpen = false
                }
                start = end + 1
            }
        }
        var position = 0
        for (index, entity) in entities.enumerated() {
            let range = entity.utf8Range
            // The recognizer gives sorted, disjoint entities; anything else is skipped, never misplaced.
            guard range.lowerBound >= position, range.upperBound <= bytes.count, !range.isEmpty else { continue }
            plain(position..<range.lowerBound)
            openParagraph()
            html += mark(entity, text: String(decoding: bytes[range], as: UTF8.self), id: "\(id)-e\(index + 1)")
            position = range.upperBound
        }
        plain(position..<bytes.count)
        if paragraphOpen { html += "</p>\n" }
        return html.isEmpty ? "<p class=\"empty\" lang=\"en\">(no text)</p>\n" : html
    }

    /// One entity's `<mark>`.
    static func mark(_ entity: Entity, text: String, id: String) -> String {
        var facts = [entity.type.rawValue, "canonical: " + (entity.canonical ?? "—"), "rule: " + entity.rule]
        if let evidence = entity.evidence { facts.append("evidence: " + evidence) }
        // "&#10;" is a line break inside an attribute: one fact per line in both tooltips.
        let tip = facts.map(escape).joined(separator: "&#10;")
        var attributes = "id=\"\(id)\" class=\"entity \(typeClass(entity.type))\" tabindex=\"0\""
        attributes += " data-type=\"\(entity.type.rawValue)\""
        if let canonical = entity.canonical { attributes += " data-canonical=\"\(escape(canonical))\"" }
        attributes += " data-rule=\"\(escape(entity.rule))\""
        if let evidence = entity.evidence { attributes += " data-evidence=\"\(escape(evidence))\"" }
        attributes += " title=\"\(tip)\" data-tip=\"\(tip)\""
        let body = escape(text).replacingNewlines(with: "<br>")
        return "<mark \(attributes)>\(body)<span class=\"label\" aria-hidden=\"true\">"
            + entity.type.rawValue + "</span></mark>"
    }

    /// The legend: every core type, then the other types found, with counts.
    static func legend(_ counts: [EntityType: Int]) -> String {
        var html = "<ul class=\"legend\" aria-label=\"Entity types\">\n"
        for type in legendTypes(counts) {
            html += "<li><span class=\"chip \(typeClass(type))\">\(type.rawValue)</span>"
            html += " <span class=\"count\" lang=\"en\">\(counts[type] ?? 0)</span></li>\n"
        }
        return html + "</ul>"
    }

    /// The types the legend and the stylesheet cover, in a fixed order.
    static func legendTypes(_ counts: [EntityType: Int]) -> [EntityType] {
        let known: [EntityType] = [.person, .country, .city, .region, .organization]
        let present = known.filter { counts[$0] != nil || EntityType.core.contains($0) }
        return present + counts.keys.filter { !known.contains($0) }.sorted()
    }

    /// "141 entities: 83 COUNTRY, 26 REGION ..."
    static func summary(_ entities: [Entity]) -> String {
        var counts: [EntityType: Int] = [:]
        for entity in entities { counts[entity.type, default: 0] += 1 }
        let noun = entities.count == 1 ? "entity" : "entities"
        guard !counts.isEmpty else { return "0 entities" }
        let parts = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.value) \($0.key.rawValue)" }
        return "\(entities.count) \(noun): " + parts.joined(separator: ", ")
    }

    /// The CSS class of a type (type names are `[A-Z][A-Z0-9_]*`, safe in class names).
    static func typeClass(_ type: EntityType) -> String { "t-" + type.rawValue }

    /// The background color of a type: fixed for the bundled types, picked
    /// from a palette by the name's hash for types a gazetteer adds.
    static func color(_ type: EntityType) -> String {
        switch type {
        case .person: return "#c3b6fd"
        case .country: return "#fdd38a"
        case .city: return "#8eeaea"
        case .region: return "#c5ecbc"
        case .organization: return "#ffac8f"
        default:
            let palette = ["#f6b3d4", "#bcd4f6", "#ece28a", "#d9c3a5", "#b8e0d2", "#e3c6f0"]
            var hash: UInt32 = 2_166_136_261
            for byte in type.rawValue.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            return palette[Int(hash % UInt32(palette.count))]
        }
    }

    /// The page's CSS: the layout, then one color rule per type.
    static func stylesheet(for types: [EntityType]) -> String {
        var css = """
            :root { color-scheme: light; }
            body { margin: 0; background: #fafafa; color: #1d1d1f;
              font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Geeza Pro", "Segoe UI", "DejaVu Sans", sans-serif; }
            header, main, footer { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }
            header { padding-top: 1.25rem; }
            h1 { font: 600 1.4rem system-ui, "DejaVu Sans", sans-serif; margin: 0 0 0.6rem; }
            h2 { font: 600 1.05rem ui-monospace, "DejaVu Sans Mono", monospace; margin: 0; }
            [lang="en"] { font-family: system-ui, "DejaVu Sans", sans-serif; }
            .legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; list-style: none; margin: 0 0 1rem; padding: 0; }
            .legend .count { color: #555; font-size: 0.85rem; }
            .chip { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 0.35rem; font: 700 0.75rem system-ui, "DejaVu Sans", sans-serif; letter-spacing: 0.03em; }
            .document { background: #fff; border: 1px solid #e3e3e8; border-radius: 0.6rem; padding: 1rem 1.4rem; margin: 0 0 1.25rem; }
            .summary { color: #555; font-size: 0.85rem; margin: 0.2rem 0 0.8rem; text-align: end; }
            .text { font-size: 1.2rem; line-height: 2.3; }
            .text p { margin: 0 0 0.8rem; }
            /* No padding or margin at the start edge: it would break the Arabic joining of a
               clitic with the entity after it (the ل of لجورج). */
            mark.entity { position: relative; color: inherit; padding: 0.08em 0; padding-inline-end: 0.4em; border-radius: 0.3em;
              line-height: 1; white-space: nowrap; cursor: help; scroll-margin-top: 40vh; }
            mark.entity:focus, mark.entity:target { outline: 2px solid #1d1d1f; outline-offset: 1px; }
            mark.entity .label { font: 700 0.55em system-ui, "DejaVu Sans", sans-serif; letter-spacing: 0.03em;
              margin-inline-start: 0.45em; vertical-align: 0.2em; opacity: 0.75; user-select: none; }
            mark.entity:hover::after, mark.entity:focus::after, mark.entity:target::after { content: attr(data-tip); position: absolute; z-index: 10;
              bottom: calc(100% + 0.35em); inset-inline-start: 0; direction: ltr; unicode-bidi: plaintext; text-align: left;
              white-space: pre; font: 0.8rem/1.45 system-ui, "DejaVu Sans", sans-serif; color: #fff; background: #26262b;
              padding: 0.4em 0.65em; border-radius: 0.4em; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); pointer-events: none; }
            .entity-list { margin-top: 0.5rem; font-size: 0.9rem; }
            .entity-list summary { cursor: pointer; color: #555; }
            .entity-list table { border-collapse: collapse; margin-top: 0.5rem; width: 100%; }
            .entity-list th, .entity-list td { border-bottom: 1px solid #eee; padding: 0.25rem 0.5rem; text-align: start; }
            footer { color: #777; font-size: 0.8rem; padding-bottom: 1.5rem; }
            @media print { mark.entity::after { display: none; } .document { border: none; } }

            """
        for type in types {
            css += ".\(typeClass(type)) { background: \(color(type)); }\n"
        }
        return css
    }

    /// `-` is standard input.
    static func displayName(_ name: String) -> String { name == "-" ? "standard input" : name }

    /// The text with `&`, `<`, `>`, `"` and `'` escaped, safe in elements and quoted attributes.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}

extension String {
    /// The string with each line break (`\n` or `\r\n`) replaced.
    fileprivate func replacingNewlines(with replacement: String) -> String {
        guard utf8.contains(0x0A) else { return self }
        // On scalars: "\r\n" is a single Character, which splitting on "\n" would miss.
        var result = String.UnicodeScalarView()
        let scalars = Array(unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
            if scalar == "\n" { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }
}
