#!/usr/bin/env python3
"""Builds the person lexicons of Sources/CGazetteerData/gazetteers/ from the
hand-written lists beside this script, and reports conflicts between them.

    python3 Scripts/data/people/build.py            # write the four TSV files
    python3 Scripts/data/people/build.py --check    # only report, write nothing

Inputs (see README.md for the syntax):
    people/*.txt        notable people            -> people.tsv        (PERSON)
    given-names/*.txt   given names               -> given-names.tsv   (cue.given-name)
    cues/*.txt          titles, particles, ...    -> person-cues.tsv   (cue.*)
    common-words/*.txt  everyday news vocabulary  -> common-words.tsv  (cue.common)

Every list is deduplicated modulo the library's folding (arabic_fold.fold).
"""
import argparse
import datetime
import os
import re
import sys
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arabic_fold import fold  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "Sources", "CGazetteerData", "gazetteers")
DATE = "2025"
LICENSE = "same license as the project (hand-curated by the project, no third-party list copied)"

ARABIC_RE = re.compile(r"^[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\u06F0-\u06F9 .]+$")
CLITIC_WARN = ("و", "ف", "ب", "ل", "ك")

warnings = []


def warn(msg):
    warnings.append(msg)


def files(sub):
    d = os.path.join(HERE, sub)
    return [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".txt")]


def lines_of(path):
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            yield n, line


def check_form(form, where):
    if not ARABIC_RE.match(form):
        warn(f"{where}: non-Arabic characters in {form!r}")
    if "  " in form or form != form.strip():
        warn(f"{where}: bad spacing in {form!r}")


def merge_attrs(base, extra):
    out = OrderedDict(base)
    for part in extra.split(";"):
        part = part.strip()
        if not part:
            continue
        k, _, v = part.partition("=")
        out[k.strip()] = v.strip()
    return out


def attrs_str(attrs):
    return ";".join(f"{k}={v}" for k, v in attrs.items() if v != "")


# ---------------------------------------------------------------- people
def read_people():
    entries = OrderedDict()  # key -> [form, canonical, attrs]
    by_canonical = defaultdict(list)
    for path in files("people"):
        base = OrderedDict()
        rel = os.path.relpath(path, HERE)
        for n, line in lines_of(path):
            where = f"{rel}:{n}"
            if line.startswith("@"):
                key, _, value = line[1:].partition(" ")
                base[key.strip()] = value.strip()
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) < 2:
                warn(f"{where}: expected 'Canonical | forms'")
                continue
            canonical = parts[0]
            attrs = merge_attrs(base, parts[2] if len(parts) > 2 else "")
            for raw in parts[1].split("/"):
                raw = raw.strip()
                if not raw:
                    continue
                amb = raw.startswith("?")
                form = raw.lstrip("?").strip()
                check_form(form, where)
                key = fold(form)
                a = OrderedDict(attrs)
                if amb:
                    a["ambiguous"] = "1"
                if key in entries:
                    prev = entries[key]
                    if prev[1] != canonical:
                        warn(f"{where}: '{form}' also names {prev[1]} (kept that one, marked ambiguous=1) not {canonical}")
                        prev[2]["ambiguous"] = "1"
                    continue
                entries[key] = [form, canonical, a]
                by_canonical[canonical].append(key)
    return entries, by_canonical


# ---------------------------------------------------------------- given names
def expand_token(tok):
    """'_' is a space; '+' gives the spaced and the joined form."""
    if "+" in tok:
        return [tok.replace("+", " ").replace("_", " "), tok.replace("+", "").replace("_", " ")]
    return [tok.replace("_", " ")]


def read_given():
    entries = OrderedDict()  # key -> [form, attrs]
    for path in files("given-names"):
        base = OrderedDict()
        rel = os.path.relpath(path, HERE)
        for n, line in lines_of(path):
            where = f"{rel}:{n}"
            if line.startswith("@"):
                key, _, value = line[1:].partition(" ")
                base[key.strip()] = value.strip()
                continue
            for tok in line.split():
                amb = tok.startswith("!")
                tok = tok.lstrip("!")
                for form in expand_token(tok):
                    check_form(form, where)
                    key = fold(form)
                    if key in entries:
                        a = entries[key][1]
                        if base.get("gender") and a.get("gender") != base.get("gender"):
                            a["gender"] = "mf"
                        if amb:
                            a["ambiguous"] = "1"
                        continue
                    if not base.get("gender"):
                        warn(f"{where}: '{form}' is not a listed given name (override without @gender)")
                        continue
                    a = OrderedDict((k, base[k]) for k in ("gender", "origin", "lang") if k in base)
                    if amb:
                        a["ambiguous"] = "1"
                    entries[key] = [form, a]
    return entries


# ---------------------------------------------------------------- cues
def read_cues():
    entries = OrderedDict()  # (class, key) -> [form, class, attrs]
    for path in files("cues"):
        cls = None
        base = OrderedDict()
        rel = os.path.relpath(path, HERE)
        for n, line in lines_of(path):
            where = f"{rel}:{n}"
            if line.startswith("@class"):
                cls = line.split()[1]
                base = OrderedDict()
                continue
            if line.startswith("@attr"):
                base = merge_attrs(OrderedDict(), line[len("@attr"):].strip())
                continue
            form, _, extra = line.partition("|")
            form = form.strip()
            check_form(form, where)
            key = (cls, fold(form))
            if key in entries:
                continue
            entries[key] = [form, cls, merge_attrs(base, extra)]
    return entries


# ---------------------------------------------------------------- common words
def with_article(w):
    if w.startswith("ال") or " " in w:
        return [w]
    return [w, "ال" + w]


def conj_verb(tok):
    """Conjugations of an undiacritized verb given as 'past' or 'past:present3ms'."""
    explicit = ":" in tok
    if explicit:
        past, pres = tok.split(":", 1)
    else:
        past = tok
        pres = "ي" + (past[1:] if past[0] in "اأ" and len(past) >= 4 else past)
    stem = pres[1:]
    forms = [past]
    if past.endswith("ى") or (explicit and past.endswith("ا")):
        # defective: انتهى -> انتهت انتهوا انتهيا انتهينا; present ينتهي -> ينتهون ينتهيان
        base = past[:-1]
        forms += [base + "ت", base + "وا", base + "تا"]
        forms += [base + "يا", base + "ينا"] if past.endswith("ى") else [base + "ونا"]
        for p in "يتن":
            forms.append(p + stem)
        short = stem[:-1] if stem[-1] in "يوى" else stem
        forms += ["ي" + short + "ون", "ت" + short + "ون", "ي" + short + "وا", "ت" + short + "وا"]
        if stem.endswith("ي") or stem.endswith("و"):
            forms += ["ي" + stem + "ان", "ت" + stem + "ان"]
        return forms
    forms += [past + "ت", past + "وا", past + "تا"]
    if not past.endswith("أ"):
        forms.append(past + "ا")
    if not explicit and len(past) >= 3:
        forms += [past + "تم"] + ([] if past.endswith("ن") else [past + "نا"])
    for p in "يتن":
        forms.append(p + stem)
    forms += ["ي" + stem + "ون", "ت" + stem + "ون", "ي" + stem + "وا", "ت" + stem + "وا", "ي" + stem + "ان", "ت" + stem + "ان"]
    return forms


def gen_forms(tok, mode):
    """Returns (form, generated) pairs: generated=False for the written token itself."""
    words = expand_token(tok)
    return [(f, f not in words) for f in _gen_forms(words, mode)]


def accusative(w):
    """Indefinite accusative (-an) of a singular, as written without diacritics."""
    if " " in w or w.startswith("ال") or w[-1] in "ةاىءآ" or w.endswith(("ات", "ون", "ين")):
        return []
    return [w + "ا"]


def dual(w):
    if " " in w:
        return []
    base = w[:-1] + "ت" if w.endswith("ة") else w
    return [base + "ان", base + "ين"]


def _gen_forms(words, mode):
    out = []
    for w in words:
        if mode == "art":
            out += with_article(w) + accusative(w)
        elif mode == "noun":
            out += with_article(w) + accusative(w)
            for d in dual(w):
                out += with_article(d)
        elif mode == "adj":
            out += with_article(w) + with_article(w + "ة") + accusative(w)
        elif mode == "nisba":
            for f in (w, w + "ة", w + "ون", w + "ين", w + "ات"):
                out += with_article(f)
            out += accusative(w)
        elif mode == "verb":
            out += conj_verb(w)
        else:
            out.append(w)
    return out


def read_common():
    entries = OrderedDict()  # key -> [form, cat, generated]
    for path in files("common-words"):
        cat = os.path.splitext(os.path.basename(path))[0]
        mode = "none"
        rel = os.path.relpath(path, HERE)
        for n, line in lines_of(path):
            where = f"{rel}:{n}"
            if line.startswith("@gen"):
                mode = line.split()[1]
                continue
            for tok in line.split():
                for form, generated in gen_forms(tok, mode):
                    check_form(form, where)
                    key = fold(form)
                    if key not in entries:
                        entries[key] = [form, cat, generated]
                    elif not generated:
                        entries[key][2] = False
    return entries


# ---------------------------------------------------------------- output
def header(title, body):
    return [f"# {title}",
            f"# Source: hand-curated by the project from its contributors' knowledge of Arabic news usage ({DATE});",
            "# generated by Scripts/data/people/build.py from the lists in Scripts/data/people/.",
            f"# License: {LICENSE}.",
            "# Format: name<TAB>TYPE<TAB>canonical<TAB>attributes (key=value;...). Names are listed once",
            "# modulo the library's folding (hamza/alef, ى/ي, ة/ه, ؤ ئ, Persian letters, diacritics)."] + \
           [f"# {b}" for b in body] + [""]


def write(name, head, rows, dry):
    path = os.path.join(OUT, name)
    text = "\n".join(head + rows) + "\n"
    if not dry:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    print(f"{name}: {len(rows)} entries{' (not written)' if dry else ''}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="report only")
    ap.add_argument("--quiet", action="store_true", help="print only counts and warnings, not conflict lists")
    args = ap.parse_args()

    people, by_canonical = read_people()
    given = read_given()
    cues = read_cues()
    common = read_common()

    report = []
    # common words that are given names: the given-name list wins (it carries ambiguous=1)
    for key in list(common):
        if key in given:
            form, cat, generated = common.pop(key)
            g = given[key]
            if g[1].get("ambiguous") != "1":
                if generated:
                    report.append(f"common∩given: generated form {form} ({cat}) dropped for the name {g[0]}")
                    continue
                warn(f"given name '{g[0]}' is also a common word ({cat}): mark it ambiguous (!) or drop the word")
            report.append(f"common∩given: {form} ({cat}) -> kept as ambiguous given name")
    # common words that are whole names of places in the geographic lists: a
    # country or city name is not an ordinary word (places that are also
    # ordinary words carry ambiguous=1 there)
    geo_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "Sources", "CGazetteerData", "gazetteers")
    for geo_file in ("countries.tsv", "cities.tsv", "regions.tsv"):
        path = os.path.join(geo_dir, geo_file)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or "\t" not in line:
                continue
            key = fold(line.split("\t")[0])
            if key in common:
                form, cat, _generated = common.pop(key)
                report.append(f"common∩{geo_file}: {form} ({cat}) dropped, it is a place name")
    # common words that are (parts of) people names
    for key, (form, canonical, attrs) in people.items():
        if key in common:
            cform, cat, _generated = common.pop(key)
            if attrs.get("ambiguous") != "1":
                warn(f"person form '{form}' ({canonical}) is a common word ({cat}): marked ambiguous=1")
                attrs["ambiguous"] = "1"
            report.append(f"common∩people: {form} ({canonical}) -> kept as ambiguous person form")
    # single-token person forms that are given names
    for key, (form, canonical, attrs) in people.items():
        if " " not in key and key in given:
            report.append(f"people∩given: {form} ({canonical}) is also a given name")
    # not-name cues that are given names
    for (cls, key), (form, _, _) in cues.items():
        if cls == "cue.not-name" and key in given and given[key][1].get("ambiguous") != "1":
            warn(f"cue.not-name '{form}' is also a given name not marked ambiguous")
        if cls == "cue.title" and key in given:
            report.append(f"title∩given: {form}")
    # people forms that start with a title (titles are outside PERSON spans)
    title_keys = {key for (cls, key) in cues if cls == "cue.title" and key.startswith("ال")}
    for key, (form, canonical, attrs) in people.items():
        toks = key.split(" ")
        for i in range(1, len(toks)):
            if " ".join(toks[:i]) in title_keys:
                warn(f"person form '{form}' ({canonical}) starts with the title '{' '.join(toks[:i])}'")
                break
    # surname endings vs common words
    common_keys = list(common)
    for (cls, key), (form, _, attrs) in cues.items():
        if cls != "cue.surname-suffix":
            continue
        hits = [common[k][0] for k in common_keys if k.endswith(key) and len(k) > len(key) + 1]
        ghits = [given[k][0] for k in given if k.endswith(key) and given[k][1].get("origin") == "arabic"]
        report.append(f"suffix {form} ({attrs.get('strength')}): {len(hits)} common words end with it: {' '.join(hits[:12])}"
                      f" | arabic given names: {' '.join(ghits[:8])}")

    # rows
    p_rows = []
    for key, (form, canonical, attrs) in people.items():
        p_rows.append(f"{form}\tPERSON\t{canonical}\t{attrs_str(attrs)}".rstrip("\t"))
    g_rows = [f"{form}\tcue.given-name\t\t{attrs_str(a)}" for form, a in given.values()]
    c_rows = []
    for (cls, key), (form, _, attrs) in cues.items():
        c_rows.append(f"{form}\t{cls}\t\t{attrs_str(attrs)}".rstrip("\t"))
    w_rows = [f"{form}\tcue.common\t\tcat={cat}" for form, cat, _g in common.values()]

    dry = args.check
    write("people.tsv", header("PERSON gazetteer: notable people named in Arabic news, 1950-2025.", [
        "canonical = the person's usual English name; attributes: role, cc (ISO 3166-1 alpha-2 of the",
        "person's main country; XX for international figures), ambiguous=1 when the form is also an",
        "ordinary word or names several notable people (the line's canonical is then only the likeliest)."]),
        p_rows, dry)
    write("given-names.tsv", header("Given names (Arabic and foreign, in Arabic script) used as a person cue.", [
        "attributes: gender=m|f|mf, origin=arabic|foreign, lang (for foreign names), ambiguous=1 when the",
        "name is also a frequent Arabic word (noun, adjective, verb or function word)."]),
        g_rows, dry)
    write("person-cues.tsv", header("Lexical cues of the person rules.", [
        "cue.title (kind=...): titles and roles written before a name; cue.particle (position=inner|prefix):",
        "name-linking particles; cue.surname-suffix (strength=strong|weak): endings typical of foreign",
        "surnames (name = the ending); cue.person-verb: reporting verbs around a person subject;",
        "cue.not-name: words that follow a title but are not names."]),
        c_rows, dry)
    write("common-words.tsv", header("Frequent Arabic news words that are not person names (cue.common).", [
        "Bare forms (proclitics و ف ب ل ك are split by the library); with and without the article where",
        "both are frequent. cat = the input list the word comes from. Words that are also frequent given",
        "names are NOT here: they are in given-names.tsv with ambiguous=1."]),
        w_rows, dry)

    counts = defaultdict(int)
    for (cls, _), _v in cues.items():
        counts[cls] += 1
    print("cues:", dict(counts))
    print("people: distinct canonicals:", len(by_canonical))
    g_counts = defaultdict(int)
    for _f, a in given.values():
        g_counts[(a.get("origin"), a.get("gender"))] += 1
    print("given names:", dict(g_counts))
    if not args.quiet:
        print("\n".join(report))
    if warnings:
        print(f"\n{len(warnings)} WARNINGS:")
        print("\n".join(warnings))


if __name__ == "__main__":
    main()
