"""Side-by-side comparison of `arabic-text normalize --profile search` with
other Arabic normalizers, and of `arabic-text entities` with a gazetteer
matching baseline. Run through Scripts/compare-peers, which installs the
peers first; see Scripts/peers/README.md.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import glob
import html
import json
import math
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

# The search profile as an ICU transliterator: NFKC, then removals, then mappings.
ICU_RULES = (
    "::NFKC; "
    "[\\u064B-\\u065F\\u0670\\u0610-\\u061A\\u06D6-\\u06DC\\u06DF-\\u06E8\\u06EA-\\u06ED\\u0640"
    "\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\u061C\\uFEFF] > ; "
    "[\\u0623\\u0625\\u0622\\u0671\\u0672\\u0673] > \\u0627; "
    "[\\u0649\\u06CC] > \\u064A; "
    "\\u06A9 > \\u0643; "
    "[\\u0629\\u06C0] > \\u0647; "
    + " ".join(f"[\\u{0x0660 + d:04X}\\u{0x06F0 + d:04X}] > {d};" for d in range(10))
)

# What each peer's pipeline does, as configured here (see README.md).
DESCRIPTIONS = {
    "ours": "the search profile: NFKC; removes harakat and Quranic marks, tatweel, invisible controls; "
    "أ إ آ ٱ ٲ ٳ→ا, ى ی→ي, ک→ك, ة ۀ→ه, Arabic-Indic digits→ASCII",
    "icu": "the same rules as an ICU transliterator (rule string in README.md)",
    "lucene": "ArabicLetterTokenizer + ArabicNormalizationFilter: inside letter tokens, أ إ آ→ا, ى→ي, ة→ه, "
    "removes U+064B–U+0652 and tatweel; no NFKC; ٱ, U+0670, other marks, controls, digits kept",
    "camel": "normalize_unicode (NFKC, ﷽ spelled out), normalize_alef_ar (أ إ آ ٱ→ا), normalize_alef_maksura_ar, "
    "normalize_teh_marbuta_ar, dediac_ar (U+064B–U+0652, U+0670); other marks, tatweel, controls, ی ک, digits kept",
    "pyarabic": "strip_diacritics (every Mn in U+0600–U+06FE), strip_tatweel, normalize_alef (أ إ آ ٱ→ا, and ى→ا "
    "where ours gives ي), normalize_teh (ة→ه); no NFKC; ی ک ٲ ٳ ۀ, controls, digits kept",
    "arabic-norm": "normalize(ta_marbuta=True): removes the same mark ranges and tatweel, أ إ آ ٱ→ا, ى→ي, ة→ه; "
    "no NFKC; ی ک ٲ ٳ ۀ, controls, digits kept",
    "arabic-normalize": "Normalizer(diacritics, tatweel, alef, alef_maqsura, ta_marbuta, persian, bidi_marks, "
    "digits='western'; hamza off): our letter, digit and most mark and control rules, plus ھ ہ ۃ→ه, ے→ي and "
    "U+08D3–U+08FF removed; keeps U+06E5–U+06E6 and U+2060–U+2064; no NFKC",
    "python-reference": "the search profile written out in Python: unicodedata NFKC + one str.translate",
}

NAMES = {
    "ours": "arabic-text normalize (CLI)",
    "ours-bench": "arabic-text bench (in-process)",
    "icu": "ICU uconv -x (transliterator)",
    "lucene": "Lucene++ ArabicNormalizer",
    "camel": "CAMeL Tools",
    "pyarabic": "PyArabic",
    "arabic-norm": "arabic-norm (Rust/PyO3)",
    "arabic-normalize": "arabic-normalize (Rust/PyO3)",
    "python-reference": "Python spec (NFKC + str.translate)",
}

BASELINES = {"ahocorasick": ("ahocorasick", False), "flashtext": ("flashtext", False),
             "ahocorasick+controls": ("ahocorasick", True)}
BASELINE_LABELS = {
    "ahocorasick": "baseline: CAMeL-normalized names, pyahocorasick",
    "flashtext": "baseline: CAMeL-normalized names, flashtext",
    "ahocorasick+controls": "baseline variant: pyahocorasick, CAMeL + invisible controls removed",
}

PYTHON_PEERS = ["camel", "pyarabic", "arabic-norm", "arabic-normalize", "python-reference"]


def log(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="Scripts/compare-peers",
        description="Compare arabic-text's search normalization with peer normalizers (speed and agreement), "
        "and its entity recognizer with a gazetteer-matching baseline.",
    )
    parser.add_argument("--megabytes", type=int, help="corpus size in MB (default 32; 4 with --quick)")
    parser.add_argument("--repetitions", type=int, help="runs per measurement, best counts (default 5; 3 with --quick)")
    parser.add_argument("--quick", action="store_true", help="small corpus, fewer repetitions, no Docs/ output")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/arabic-text"),
                        help="arabic-text binary (default .build/release/arabic-text; copied to the work dir first)")
    parser.add_argument("--workdir", default=os.environ.get("PEERS_WORKDIR", "/tmp/arabic-text-peers"))
    parser.add_argument("--fixtures", default=os.path.join(ROOT, "Fixtures/seeds"))
    parser.add_argument("--gazetteers", default=os.path.join(ROOT, "Sources/CGazetteerData/gazetteers"))
    parser.add_argument("--conll", default=os.path.join(os.path.dirname(ROOT), "shared/eval/newsfane-dev.conll"),
                        help="CoNLL file for entity accuracy; skipped when absent")
    parser.add_argument("--doc", help="Markdown report to write: into its marked section when the file has one "
                        "(default Docs/Benchmarks.md), else a new file; none with --quick")
    parser.add_argument("--chart", help="SVG chart to write (default Docs/images/peers.svg, work dir with --quick)")
    parser.add_argument("--skip-install", action="store_true", help="(handled by Scripts/compare-peers)")
    args = parser.parse_args(argv)
    if args.megabytes is None:
        args.megabytes = 4 if args.quick else 32
    if args.repetitions is None:
        args.repetitions = 3 if args.quick else 5
    if args.doc is None and not args.quick:
        args.doc = os.path.join(ROOT, "Docs/Benchmarks.md")
    if args.chart is None:
        args.chart = os.path.join(args.workdir, "peers.svg") if args.quick else os.path.join(ROOT, "Docs/images/peers.svg")
    if not 1 <= args.megabytes <= 1024 or not 1 <= args.repetitions <= 50:
        parser.error("--megabytes must be 1...1024 and --repetitions 1...50")
    return args


# ---------------------------------------------------------------------------
# Corpus (the same construction as `arabic-text bench`).


def load_seeds(directory: str) -> list[str]:
    paths = sorted(glob.glob(os.path.join(directory, "*.txt")))
    if not paths:
        raise SystemExit(f"no .txt files in {directory}")
    texts = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            texts.append(handle.read())
    return texts


def replicate(texts: list[str], size: int) -> list[str]:
    corpus, total = [], 0
    while total < size:
        for text in texts:
            corpus.append(text)
            total += len(text.encode("utf-8"))
    return corpus


def diacritize(text: str) -> str:
    """A mark after every Arabic letter, shadda before one in seven: BenchmarkCorpus.diacritize."""
    marks = ["\u064E", "\u064F", "\u0650", "\u0652", "\u064B"]
    state = 0x9E3779B97F4A7C15
    mask = (1 << 64) - 1
    out = []
    for char in text:
        out.append(char)
        if not 0x0621 <= ord(char) <= 0x064A:
            continue
        state = (state * 6364136223846793005 + 1442695040888963407) & mask
        draw = state >> 33
        if draw % 7 == 0:
            out.append("\u0651")
        out.append(marks[draw % len(marks)])
    return "".join(out)


def write_corpus(path: str, documents: list[str]) -> int:
    """Documents one after another, each ending with a line break."""
    data = "".join(doc if doc.endswith("\n") else doc + "\n" for doc in documents)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(data)
    return len(data.encode("utf-8"))


# ---------------------------------------------------------------------------
# Running tools.


class Tools:
    def __init__(self, args):
        self.args = args
        self.work = args.workdir
        self.binary = os.path.join(self.work, "arabic-text")
        self.python = sys.executable
        self.lucene = os.path.join(self.work, "lucene_normalize")
        self.versions: dict[str, str] = {}

    def command(self, key: str, source: str, target: str):
        """(argv, stdout file or None) for one normalization run."""
        if key == "ours":
            return [self.binary, "normalize", "--profile", "search", source], target
        if key == "icu":
            return ["uconv", "-x", ICU_RULES, "-f", "utf-8", "-t", "utf-8", source], target
        if key == "lucene":
            return [self.lucene, source, target], None
        return [self.python, os.path.join(HERE, "pydrivers.py"), key, source, target], None

    def run(self, key: str, source: str, target: str) -> tuple[float, float | None]:
        """(end-to-end wall seconds, in-process normalization seconds or None)."""
        argv, stdout_path = self.command(key, source, target)
        stdout = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
        try:
            start = time.perf_counter()
            result = subprocess.run(argv, stdout=stdout, stderr=subprocess.PIPE, check=False)
            wall = time.perf_counter() - start
        finally:
            if stdout_path:
                stdout.close()
        if result.returncode != 0:
            raise RuntimeError(f"{key} failed ({result.returncode}): {result.stderr.decode(errors='replace')[-2000:]}")
        if stdout_path:
            return wall, None
        report = json.loads(result.stdout.decode().strip().splitlines()[-1])
        if "version" in report:
            self.versions[key] = report["version"]
        return wall, report["seconds"]


def capture(argv) -> str:
    try:
        return subprocess.run(argv, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def tool_versions(tools: Tools) -> dict[str, str]:
    versions = dict(tools.versions)
    versions["ours"] = capture([tools.binary, "--version"]) or "?"
    versions["ours-bench"] = versions["ours"]
    match = re.search(r"ICU (\S+)", capture(["uconv", "--version"]))
    versions["icu"] = "ICU " + (match.group(1) if match else "?")
    versions["lucene"] = capture(["dpkg-query", "-W", "-f", "${Version}", "liblucene++-dev"]) or "?"
    return versions


# ---------------------------------------------------------------------------
# Rule probe: every interesting code point between two beh letters, one a line.


def probe_code_points() -> list[int]:
    ranges = [
        (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
        (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x206F), (0x0030, 0x0039),
    ]
    points = [cp for lo, hi in ranges for cp in range(lo, hi + 1)]
    points += [0x0041, 0x00E9, 0x00A0, 0x00BD, 0x2460, 0xFB01, 0xFF10, 0xFF41, 0x3000]
    return [cp for cp in points if unicodedata.category(chr(cp)) != "Cn" and cp not in (0x0A, 0x0D, 0x85)]


def probe_categories(cp: int) -> str:
    from pydrivers import SEARCH_MAPPED, SEARCH_REMOVED_RANGES

    char = chr(cp)
    if char in SEARCH_MAPPED:
        return "digits" if char.isdigit() else "letters"
    for lo, hi in SEARCH_REMOVED_RANGES:
        if lo <= cp <= hi:
            return "marks" if cp < 0x2000 and cp != 0x061C else "invisibles"
    if unicodedata.normalize("NFKC", char) != char:
        return "nfkc"
    return "other"


PROBE_CATEGORIES = [("nfkc", "NFKC"), ("marks", "marks+tatweel"), ("invisibles", "invisibles"),
                    ("letters", "letters"), ("digits", "digits")]


def run_probe(tools: Tools, keys: list[str]) -> dict:
    from pydrivers import reference_search

    points = probe_code_points()
    source = os.path.join(tools.work, "probe.txt")
    with open(source, "w", encoding="utf-8", newline="") as handle:
        for cp in points:
            handle.write("\u0628" + chr(cp) + "\u0628\n")
    outputs = {}
    for key in ["ours"] + keys:
        target = os.path.join(tools.work, f"probe.{key}.txt")
        tools.run(key, source, target)
        with open(target, encoding="utf-8", newline="") as handle:
            outputs[key] = handle.read().split("\n")
    ours = outputs["ours"]
    report = {}
    for key in keys:
        lines = outputs[key]
        handled = collections.Counter()
        totals = collections.Counter()
        extras: dict[str, str] = {}
        conflicts = []
        for index, cp in enumerate(points):
            original = "\u0628" + chr(cp) + "\u0628"
            mine, theirs = ours[index], lines[index] if index < len(lines) else ""
            category = probe_categories(cp)
            totals[category] += 1
            if mine == theirs:
                handled[category] += 1
                continue
            if reference_search(theirs) == mine:
                continue  # does less than ours: projection covers it
            if mine == original and theirs.startswith("\u0628") and theirs.endswith("\u0628"):
                extras[chr(cp)] = theirs[1:-1]  # changes what ours keeps
            else:
                conflicts.append((cp, mine[1:-1], theirs[1:-1]))
        report[key] = {"handled": dict(handled), "totals": dict(totals), "extras": extras, "conflicts": conflicts}
    return report


def coverage_text(probe: dict) -> str:
    parts = []
    for category, label in PROBE_CATEGORIES:
        parts.append(f"{label} {probe['handled'].get(category, 0)}/{probe['totals'].get(category, 0)}")
    text = " · ".join(parts)
    if probe["extras"]:
        text += f" · +{len(probe['extras'])} extra"
    if probe["conflicts"]:
        text += " · differs: " + ", ".join(f"{chr(cp)}→{theirs or '∅'}" for cp, _, theirs in probe["conflicts"][:3])
    return text


# ---------------------------------------------------------------------------
# Agreement.


def compare_outputs(source: str, ours: str, theirs: str, project) -> dict:
    """Whitespace tokens of `ours` and `theirs`, raw and after projecting both."""
    lines_in, lines_o, lines_t = source.split("\n"), ours.split("\n"), theirs.split("\n")
    if not (len(lines_in) == len(lines_o) == len(lines_t)):
        lines_in, lines_o, lines_t = [source], [ours], [theirs]
    cache: dict[tuple[str, str], tuple] = {}
    tokens = raw = projected = 0
    raw_pairs: collections.Counter = collections.Counter()
    projected_pairs: collections.Counter = collections.Counter()
    for line_in, line_o, line_t in zip(lines_in, lines_o, lines_t):
        key = (line_o, line_t)
        result = cache.get(key)
        if result is None:
            result = _compare_line(line_in, line_o, line_t, project)
            cache[key] = result
        tokens += result[0]
        raw += result[1]
        projected += result[2]
        raw_pairs.update(result[3])
        projected_pairs.update(result[4])
    return {"tokens": tokens, "raw_diff": raw, "projected_diff": projected,
            "raw_pairs": raw_pairs, "projected_pairs": projected_pairs}


def _compare_line(line_in, line_o, line_t, project):
    tok_o, tok_t = line_o.split(), line_t.split()
    tok_in = line_in.split()
    if len(tok_in) != len(tok_o):
        tok_in = [""] * len(tok_o)
    count = max(len(tok_o), len(tok_t))
    raw_pairs, projected_pairs = [], []
    if line_o == line_t:
        return count, 0, 0, raw_pairs, projected_pairs
    if len(tok_o) != len(tok_t):
        snippet = (line_o[:40], line_t[:40], line_in[:40])
        return count, count, count, [snippet], [snippet]
    raw = projected = 0
    for word_in, word_o, word_t in zip(tok_in, tok_o, tok_t):
        if word_o == word_t:
            continue
        raw += 1
        raw_pairs.append((word_o, word_t, word_in))
        if project(word_o) != project(word_t):
            projected += 1
            projected_pairs.append((word_o, word_t, word_in))
    return count, raw, projected, raw_pairs, projected_pairs


def projector(extras: dict[str, str]):
    from pydrivers import reference_search

    table = {ord(k): v for k, v in extras.items()}

    def project(text: str) -> str:
        return reference_search(text).translate(table)

    return project


# ---------------------------------------------------------------------------
# Timing.


def best_of(tools: Tools, keys: list[str], corpora: dict[str, str], repetitions: int) -> dict:
    """Best wall and in-process seconds per (key, corpus), runs interleaved round-robin."""
    best: dict[tuple[str, str], list[float | None]] = {}
    for repetition in range(repetitions):
        for corpus, path in corpora.items():
            for key in keys:
                target = os.path.join(tools.work, f"out.{corpus}.{key}.txt")
                wall, work = tools.run(key, path, target)
                entry = best.setdefault((key, corpus), [math.inf, None])
                entry[0] = min(entry[0], wall)
                if work is not None:
                    entry[1] = work if entry[1] is None else min(entry[1], work)
        log(f"  repetition {repetition + 1}/{repetitions} done")
    return best


def run_bench(tools: Tools, args) -> dict[str, float]:
    output = capture([tools.binary, "bench", "--only", "normalize search", "--megabytes", str(args.megabytes),
                      "--repetitions", str(args.repetitions), "--fixtures", args.fixtures])
    rows = {}
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and re.fullmatch(r"[0-9.]+", cells[1]):
            rows[cells[0]] = float(cells[1])
    return rows


def time_command(argv, stdout_path, repetitions) -> tuple[float, None]:
    best = math.inf
    for _ in range(repetitions):
        with open(stdout_path, "wb") as out:
            start = time.perf_counter()
            result = subprocess.run(argv, stdout=out, stderr=subprocess.PIPE, check=False)
            best = min(best, time.perf_counter() - start)
        if result.returncode != 0:
            raise RuntimeError(f"{argv[:3]} failed: {result.stderr.decode(errors='replace')[-2000:]}")
    return best, None


# ---------------------------------------------------------------------------
# Entities.


def entities_section(tools: Tools, args, news_docs: list[str]) -> dict:
    work = tools.work
    jsonl = os.path.join(work, "news.jsonl")
    with open(jsonl, "w", encoding="utf-8") as handle:
        for index, doc in enumerate(news_docs):
            handle.write(json.dumps({"id": index, "text": doc}, ensure_ascii=False) + "\n")
    size = sum(len(doc.encode("utf-8")) for doc in news_docs)
    result = {"bytes": size, "documents": len(news_docs), "speed": {}, "accuracy": None}
    empty = os.path.join(work, "empty.jsonl")
    open(empty, "w").close()
    for jobs in (1, os.cpu_count() or 1):
        key = f"ours-jobs{jobs}"
        if key in result["speed"]:
            continue
        target = os.path.join(work, f"entities.{key}.jsonl")
        wall, _ = time_command([tools.binary, "entities", "--format", "jsonl", "--jobs", str(jobs), jsonl],
                               target, args.repetitions)
        count = 0
        with open(target, encoding="utf-8") as handle:
            for line in handle:
                count += len(json.loads(line).get("entities", []))
        startup, _ = time_command([tools.binary, "entities", "--format", "jsonl", "--jobs", str(jobs), empty],
                                  os.devnull, args.repetitions)
        result["speed"][key] = {"wall": wall, "work": None, "entities": count, "startup": startup}
        log(f"  entities {key}: {size / wall / 1e6:.1f} MB/s")
    for variant, (engine, strip) in BASELINES.items():
        target = os.path.join(work, f"entities.{variant}.jsonl")
        argv = [tools.python, os.path.join(HERE, "gazetteer_baseline.py"), "--engine", engine] + \
            (["--strip-controls"] if strip else []) + [tools.gazetteers, jsonl, target]
        best_wall, best_work, report = math.inf, math.inf, {}
        for _ in range(args.repetitions):
            start = time.perf_counter()
            run = subprocess.run(argv, capture_output=True, check=False)
            wall = time.perf_counter() - start
            if run.returncode != 0:
                raise RuntimeError(f"gazetteer baseline failed: {run.stderr.decode(errors='replace')[-2000:]}")
            report = json.loads(run.stdout.decode().strip().splitlines()[-1])
            best_wall, best_work = min(best_wall, wall), min(best_work, report["seconds"])
        startup, _ = time_command(argv[:-2] + [empty, os.path.join(work, "empty.out")], os.devnull, args.repetitions)
        result["speed"][variant] = {"wall": best_wall, "work": best_work, "entities": report["entities"], "startup": startup,
                                   "names": report["names"], "rows": report["rows"], "conflicts": report["conflicts"]}
        log(f"  entities {variant}: {size / best_work / 1e6:.1f} MB/s in-process, {size / best_wall / 1e6:.1f} end-to-end")
    result["gazetteer_note"] = tools.gazetteer_note
    if os.path.exists(args.conll):
        result["accuracy"] = accuracy(tools, args)
    else:
        log(f"  {args.conll} not found: entity accuracy skipped")
    return result


def snapshot_gazetteers(tools: Tools, args) -> None:
    """Copies the TSVs the baseline reads, so edits during the run do not change it; notes if they are newer than the binary."""
    tools.gazetteers = os.path.join(tools.work, "gazetteers")
    os.makedirs(tools.gazetteers, exist_ok=True)
    built = os.path.getmtime(args.binary)
    newer = []
    for name in ("countries.tsv", "cities.tsv", "people.tsv"):
        path = os.path.join(args.gazetteers, name)
        if os.path.exists(path):
            shutil.copy2(path, tools.gazetteers)
            if os.path.getmtime(path) > built:
                newer.append(name)
    tools.gazetteer_note = None
    if newer:
        tools.gazetteer_note = (f"{', '.join(newer)} changed after the arabic-text binary was built: the baseline reads "
                                "the files as they were at the start of the run, the binary has the names compiled in "
                                "at its build, so the two may not use the same names")


def accuracy(tools: Tools, args) -> dict:
    import gazetteer_baseline
    import scoring

    text, gold = scoring.read_conll(args.conll)
    scores = {}
    run = subprocess.run([tools.binary, "eval", args.conll, "--json"], capture_output=True, text=True, check=False)
    if run.returncode == 0:
        scores["ours"] = json.loads(run.stdout)
    # Check this scorer against `arabic-text eval` on the same predictions.
    path = os.path.join(tools.work, "conll-text.txt")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    run = subprocess.run([tools.binary, "entities", "--format", "json", path], capture_output=True, text=True, check=False)
    os.remove(path)  # evaluation text stays out of the work dir once used
    check = None
    if run.returncode == 0 and "ours" in scores:
        predicted = [(e["start"], e["end"], e["type"]) for e in json.loads(run.stdout)["entities"]]
        mine = scoring.score(text, gold, predicted)
        check = all(mine[k][c] == scores["ours"][k][c] for k in mine for c in ("tp", "fp", "fn"))
    for variant, (engine, strip) in BASELINES.items():
        recognizer = gazetteer_baseline.Recognizer(tools.gazetteers, engine, strip)
        scores[variant] = scoring.score(text, gold, recognizer.recognize(text))
    return {"scores": scores, "scorer_matches_eval": check, "gold": len(gold)}


# ---------------------------------------------------------------------------
# Reporting.


def mbps(size: int, seconds) -> float | None:
    return size / seconds / 1e6 if seconds else None


def fmt(value, digits=0) -> str:
    if value is None:
        return "–"
    if digits == 0 and value < 10:
        return f"{value:.1f}"
    return f"{value:,.{digits}f}"


def percent(part: int, whole: int) -> str:
    return "–" if not whole else f"{100 * part / whole:.2f}%"


def build_rows(keys, best, sizes, bench, versions, agreement, probe):
    rows = []
    ours_e2e = {c: mbps(sizes[c], best[("ours", c)][0]) for c in sizes}
    ours_work = {"news": bench.get("normalize search"), "diacritized": bench.get("normalize search, diacritized")}
    for key in ["ours", "ours-bench"] + keys:
        row = {"key": key, "name": NAMES[key], "version": versions.get(key, "?")}
        if key == "ours":
            row["work"] = dict(ours_e2e)
            row["e2e"] = dict(ours_e2e)
            row["work_kind"] = "end-to-end"
        elif key == "ours-bench":
            row["work"] = dict(ours_work)
            row["e2e"] = {c: None for c in sizes}
            row["work_kind"] = "in-process"
        else:
            row["e2e"] = {c: mbps(sizes[c], best[(key, c)][0]) for c in sizes}
            work = {c: best[(key, c)][1] for c in sizes}
            if all(v is None for v in work.values()):
                row["work"] = dict(row["e2e"])
                row["work_kind"] = "end-to-end"
            else:
                row["work"] = {c: mbps(sizes[c], work[c]) for c in sizes}
                row["work_kind"] = "in-process"
        row["ratio_work"] = {}
        row["ratio_e2e"] = {}
        for c in sizes:
            theirs = row["work"][c]
            mine = ours_work[c] if row["work_kind"] == "in-process" else ours_e2e[c]
            row["ratio_work"][c] = mine / theirs if mine and theirs and key not in ("ours", "ours-bench") else None
            theirs = row["e2e"][c]
            row["ratio_e2e"][c] = ours_e2e[c] / theirs if theirs and key not in ("ours", "ours-bench") else None
        if key in agreement:
            a = agreement[key]
            row["agreement"] = f"{percent(a['tokens'] - a['projected_diff'], a['tokens'])} (raw {percent(a['tokens'] - a['raw_diff'], a['tokens'])})"
        else:
            row["agreement"] = "reference" if key == "ours" else "same code"
        row["does"] = DESCRIPTIONS.get(key if key != "ours-bench" else "ours", "")
        if key in probe:
            row["does"] += f" [probe: {coverage_text(probe[key])}]"
        elif key == "ours-bench":
            row["does"] = "the same normalizer, timed in-process by `arabic-text bench` (one string per article)"
        rows.append(row)
    return rows


def table(rows) -> str:
    lines = [
        "| tool | version | MB/s news | MB/s diacritized | timed | end-to-end MB/s news / diacr. | ours ÷ it (news / diacr.) | agreement on shared rules (raw) | what it does |",
        "|---|---|---:|---:|---|---:|---:|---|---|",
    ]
    for row in rows:
        ratio = " / ".join(fmt(row["ratio_work"][c], 1) + "×" if row["ratio_work"][c] else "–" for c in ("news", "diacritized"))
        e2e = " / ".join(fmt(row["e2e"][c]) for c in ("news", "diacritized"))
        lines.append(
            f"| {row['name']} | {row['version']} | {fmt(row['work']['news'])} | {fmt(row['work']['diacritized'])} | "
            f"{row['work_kind']} | {e2e} | {ratio} | {row['agreement']} | {row['does']} |"
        )
    return "\n".join(lines)


def chart_svg(rows, title: str) -> str:
    bars = [(row["name"] + (" *" if row["work_kind"] == "end-to-end" else ""), row["work"]["news"], row["work"]["diacritized"])
            for row in rows]
    values = [v for _, a, b in bars for v in (a, b) if v]
    low = 10 ** math.floor(math.log10(min(values)))
    high = 10 ** math.ceil(math.log10(max(values)))
    left, width, top, group = 300, 560, 50, 34
    height = top + group * len(bars) + 70

    def x(value):
        return left + width * (math.log10(value) - math.log10(low)) / (math.log10(high) - math.log10(low))

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 80}" height="{height}" '
           f'font-family="Helvetica, Arial, sans-serif" font-size="12">',
           '<rect width="100%" height="100%" fill="white"/>',
           f'<text x="{left}" y="22" font-size="15" font-weight="bold">{html.escape(title)}</text>']
    decade = low
    while decade <= high:
        for step in (1, 2, 5):
            value = decade * step
            if value > high:
                break
            gx = x(value)
            out.append(f'<line x1="{gx:.1f}" y1="{top - 8}" x2="{gx:.1f}" y2="{top + group * len(bars)}" '
                       f'stroke="{"#bbb" if step == 1 else "#eee"}"/>')
            if step == 1 or len(bars) < 20:
                out.append(f'<text x="{gx:.1f}" y="{top + group * len(bars) + 16}" text-anchor="middle" fill="#555">{value:g}</text>')
        decade *= 10
    for index, (name, news, diac) in enumerate(bars):
        y = top + index * group
        out.append(f'<text x="{left - 8}" y="{y + 19}" text-anchor="end">{html.escape(name)}</text>')
        for offset, value, color in ((2, news, "#2b6cb0"), (16, diac, "#dd8452")):
            if not value:
                continue
            out.append(f'<rect x="{left}" y="{y + offset}" width="{max(x(value) - left, 1):.1f}" height="12" fill="{color}"/>')
            out.append(f'<text x="{x(value) + 4:.1f}" y="{y + offset + 10}" fill="#333">{fmt(value)}</text>')
    legend_y = top + group * len(bars) + 40
    out.append(f'<text x="{left + width / 2}" y="{legend_y - 6}" text-anchor="middle" fill="#555">MB/s (log scale)</text>')
    out.append(f'<rect x="{left}" y="{legend_y + 4}" width="12" height="12" fill="#2b6cb0"/>'
               f'<text x="{left + 16}" y="{legend_y + 14}">news</text>'
               f'<rect x="{left + 80}" y="{legend_y + 4}" width="12" height="12" fill="#dd8452"/>'
               f'<text x="{left + 96}" y="{legend_y + 14}">diacritized</text>'
               f'<text x="{left + 190}" y="{legend_y + 14}" fill="#555">* whole process, start-up included; '
               f'others: normalization calls only</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def loadavg() -> str:
    try:
        with open("/proc/loadavg") as handle:
            return " ".join(handle.read().split()[:3])
    except OSError:
        return "?"


def examples_text(pairs: collections.Counter, limit: int = 3) -> str:
    items = []
    for (mine, theirs, source), count in pairs.most_common(limit):
        items.append(f"`{mine}` vs `{theirs}`" + (f" (input `{source}`)" if source else "") + f" ×{count}")
    return "; ".join(items) if items else "none"


def entity_tables(entities: dict) -> str:
    size = entities["bytes"]
    lines = ["| recognizer | MB/s (recognition only) | MB/s (end-to-end) | start-up on empty input (s) | entities found |",
             "|---|---:|---:|---:|---:|"]
    labels = BASELINE_LABELS
    for key, value in entities["speed"].items():
        if key.startswith("ours"):
            jobs = key.split("jobs")[1]
            label = f"`arabic-text entities --format jsonl --jobs {jobs}`"
        else:
            label = labels[key]
        lines.append(f"| {label} | {fmt(mbps(size, value['work']))} | {fmt(mbps(size, value['wall']))} | "
                     f"{value['startup']:.2f} | {value['entities']:,} |")
    text = "\n".join(lines)
    acc = entities.get("accuracy")
    if acc:
        rows = ["| recognizer | PERSON P / R / F1 | COUNTRY P / R / F1 | CITY P / R / F1 | micro P / R / F1 |",
                "|---|---|---|---|---|"]
        label = {"ours": "arabic-text (`arabic-text eval`)", **labels}
        for key, score in acc["scores"].items():
            cells = [" / ".join(f"{score[t][m]:.3f}" for m in ("precision", "recall", "f1"))
                     for t in ("PERSON", "COUNTRY", "CITY", "micro")]
            rows.append(f"| {label[key]} | " + " | ".join(cells) + " |")
        text += "\n\nAccuracy on the NewsFANE dev half (" + f"{acc['gold']:,} gold entities" + \
            "; scored at run time, nothing from it is stored):\n\n" + "\n".join(rows)
        if acc["scorer_matches_eval"] is not None:
            text += ("\n\nThe Python scorer gives exactly `arabic-text eval`'s TP/FP/FN counts on arabic-text's own "
                     "predictions." if acc["scorer_matches_eval"] else
                     "\n\n**Warning:** the Python scorer does not reproduce `arabic-text eval` on arabic-text's own predictions.")
    else:
        text += "\n\n(Entity accuracy skipped: the CoNLL file was not found.)"
    if entities.get("gazetteer_note"):
        text += "\n\n**Note:** " + entities["gazetteer_note"] + "."
    return text


def main(argv) -> int:
    args = parse_args(argv)
    os.makedirs(args.workdir, exist_ok=True)
    tools = Tools(args)
    if not os.path.exists(args.binary):
        raise SystemExit(f"{args.binary} not found: build it first (swift build -c release) or pass --binary")
    shutil.copy2(args.binary, tools.binary)  # a rebuild during the run does not change what is measured
    snapshot_gazetteers(tools, args)
    if not os.path.exists(tools.lucene):
        raise SystemExit(f"{tools.lucene} missing: run through Scripts/compare-peers, which compiles it")
    load_before = loadavg()
    started = datetime.datetime.now(datetime.timezone.utc)

    log(f"building a {args.megabytes} MB corpus in {args.workdir}")
    seeds = load_seeds(args.fixtures)
    news_docs = replicate(seeds, args.megabytes << 20)
    diac_docs = replicate([diacritize(seed) for seed in seeds], args.megabytes << 20)
    corpora = {"news": os.path.join(args.workdir, "news.txt"), "diacritized": os.path.join(args.workdir, "diacritized.txt")}
    sizes = {"news": write_corpus(corpora["news"], news_docs), "diacritized": write_corpus(corpora["diacritized"], diac_docs)}

    keys = ["icu", "lucene"] + PYTHON_PEERS
    log("probing rules code point by code point")
    probe = run_probe(tools, keys)

    log(f"timing normalization, best of {args.repetitions}")
    best = best_of(tools, ["ours"] + keys, corpora, args.repetitions)
    log("running arabic-text bench (in-process)")
    bench = run_bench(tools, args)
    versions = tool_versions(tools)

    log("checking agreement")
    agreement = {}
    texts = {}
    for corpus, path in corpora.items():
        with open(path, encoding="utf-8", newline="") as handle:
            texts[corpus] = handle.read()
    ours_out = {}
    for corpus in corpora:
        with open(os.path.join(args.workdir, f"out.{corpus}.ours.txt"), encoding="utf-8", newline="") as handle:
            ours_out[corpus] = handle.read()
    for key in keys:
        project = projector(probe[key]["extras"])
        total = None
        for corpus in corpora:
            with open(os.path.join(args.workdir, f"out.{corpus}.{key}.txt"), encoding="utf-8", newline="") as handle:
                theirs = handle.read()
            result = compare_outputs(texts[corpus], ours_out[corpus], theirs, project)
            if total is None:
                total = result
            else:
                for field in ("tokens", "raw_diff", "projected_diff"):
                    total[field] += result[field]
                total["raw_pairs"].update(result["raw_pairs"])
                total["projected_pairs"].update(result["projected_pairs"])
        agreement[key] = total
        log(f"  {key}: {percent(total['tokens'] - total['projected_diff'], total['tokens'])} on shared rules, "
            f"{percent(total['tokens'] - total['raw_diff'], total['tokens'])} raw")
    reference_identical = all(
        ours_out[c] == open(os.path.join(args.workdir, f"out.{c}.python-reference.txt"), encoding="utf-8", newline="").read()
        for c in corpora)

    log("entities")
    entities = entities_section(tools, args, news_docs)
    load_after = loadavg()

    rows = build_rows(keys, best, sizes, bench, versions, agreement, probe)
    markdown_table = table(rows)
    title = f"Arabic normalization throughput, {args.megabytes} MB corpus ({nproc()}-core {short_cpu()})"
    svg = chart_svg(rows, title)
    os.makedirs(os.path.dirname(os.path.abspath(args.chart)), exist_ok=True)
    with open(args.chart, "w", encoding="utf-8") as handle:
        handle.write(svg)

    context = {
        "command": "Scripts/compare-peers " + " ".join(shlex.quote(a) for a in argv),
        "started": started.strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu_model(), "nproc": nproc(), "load": (load_before, load_after),
        "sizes": sizes, "documents": len(news_docs), "args": args, "bench": bench,
        "reference_identical": reference_identical, "agreement": agreement, "probe": probe,
        "versions": versions, "python": platform.python_version(),
    }
    results = {"rows": rows, "entities": entities, "bench": bench, "sizes": sizes,
               "probe": {k: {**v, "conflicts": [list(c) for c in v["conflicts"]]} for k, v in probe.items()},
               "agreement": {k: {f: v[f] for f in ("tokens", "raw_diff", "projected_diff")} for k, v in agreement.items()},
               "command": context["command"], "cpu": context["cpu"], "nproc": context["nproc"], "load": context["load"]}
    with open(os.path.join(args.workdir, "results.json"), "w", encoding="utf-8") as handle:
        json.dump(results, handle, ensure_ascii=False, indent=1, default=str)

    print(markdown_table)
    print()
    print(entity_tables(entities))
    print()
    print(f"chart: {args.chart}; details: {os.path.join(args.workdir, 'results.json')}")
    if args.doc:
        write_report(args.doc, document(context, markdown_table, entities, rows, args))
        print(f"report: {args.doc}")
    return 0


def nproc() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def short_cpu() -> str:
    return cpu_model().replace("(R)", "").replace("(TM)", "").split(" @")[0]


REPORT_BEGIN = "<!-- BEGIN Scripts/compare-peers report: generated, edit Scripts/peers/compare.py instead -->"
REPORT_END = "<!-- END Scripts/compare-peers report -->"


def write_report(path: str, report: str) -> None:
    """Writes the report between the markers of `path` (Docs/Benchmarks.md keeps the rest of
    its text), or as a new file. Refuses to overwrite an existing file without the markers."""
    section = f"{REPORT_BEGIN}\n{report.rstrip()}\n{REPORT_END}\n"
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            current = handle.read()
        start, end = current.find(REPORT_BEGIN), current.find(REPORT_END)
        if start < 0 or end < start:
            raise SystemExit(f"{path} exists but has no {REPORT_BEGIN!r} ... {REPORT_END!r} section; "
                             "pass --doc with a new file")
        end = current.index("\n", end) + 1 if "\n" in current[end:] else len(current)
        section = current[:start] + section + current[end:]
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(section)


def document(ctx, markdown_table, entities, rows, args) -> str:
    chart = os.path.relpath(os.path.abspath(args.chart), os.path.dirname(os.path.abspath(args.doc)))
    sizes = ctx["sizes"]
    agreement_lines = []
    for key, a in ctx["agreement"].items():
        agreement_lines.append(
            f"- **{NAMES[key]}**: {a['tokens']:,} tokens compared; identical as output "
            f"{percent(a['tokens'] - a['raw_diff'], a['tokens'])}, after projection "
            f"{percent(a['tokens'] - a['projected_diff'], a['tokens'])}. Most frequent raw differences (ours vs it): "
            f"{examples_text(a['raw_pairs'])}. Remaining after projection: {examples_text(a['projected_pairs'])}."
        )
    probe_rows = ["| tool | " + " | ".join(label for _, label in PROBE_CATEGORIES) + " | changes that ours does not make | conflicting results |",
                  "|---|" + "---:|" * len(PROBE_CATEGORIES) + "---|---|"]
    for key, p in ctx["probe"].items():
        cells = [f"{p['handled'].get(c, 0)}/{p['totals'].get(c, 0)}" for c, _ in PROBE_CATEGORIES]
        extras = ", ".join(f"U+{ord(k):04X}→{('U+%04X' % ord(v)) if len(v) == 1 else (v or '∅')}" for k, v in list(p["extras"].items())[:8])
        if len(p["extras"]) > 8:
            extras += f" … ({len(p['extras'])} in all)"
        conflicts = ", ".join(f"U+{cp:04X}: ours `{m}`, it `{t}`" for cp, m, t in p["conflicts"][:6]) or "none"
        probe_rows.append(f"| {NAMES[key]} | " + " | ".join(cells) + f" | {extras or 'none'} | {conflicts} |")
    bench = ctx["bench"]
    bench_line = ", ".join(f"{name}: {value:,.0f} MB/s" for name, value in bench.items())
    speed = entities["speed"]
    ahoc = speed.get("ahocorasick", {})
    return f"""### The last full run

Produced by `Scripts/compare-peers` (see `Scripts/peers/README.md` for what each peer is and how it is driven).
One command, one run, the same corpus for every tool.

- Command: `{ctx['command']}`
- Run: {ctx['started']}; machine: {ctx['nproc']} cores (`nproc`), {ctx['cpu']} (from /proc/cpuinfo); load average
  before/after: {ctx['load'][0]} / {ctx['load'][1]}; Python {ctx['python']} for the Python peers.
- Corpus: the {len(load_seeds(args.fixtures))} seed articles of `Fixtures/seeds` replicated to {sizes['news']:,} bytes
  ({ctx['documents']:,} articles, one after another, each ending with a line break), and a diacritized variant of
  {sizes['diacritized']:,} bytes (a haraka after every Arabic letter and a shadda before one in seven, the same fixed
  pseudo-random sequence as `arabic-text bench`).
- Timing: best of {args.repetitions} runs, tools interleaved round-robin; MB/s = input bytes / seconds (10^6 bytes).

### Normalization

{markdown_table}

![Throughput of each normalizer]({chart})

How to read it:
- **MB/s news / diacritized** is the normalization work. For the libraries (the Python packages and the Lucene++
  driver) it is timed in-process around the normalization calls only: the file is already read and decoded into one
  string, and interpreter start-up, imports, encoding and writing are outside the clock. For the two command-line
  tools (`arabic-text normalize` and `uconv`) it is the whole process, start-up, reading and writing included
  (marked *end-to-end* in the "timed" column). The "end-to-end" column is the whole process for every tool.
- **ours ÷ it** compares like with like: a library's in-process figure against `arabic-text bench`'s in-process figure
  for the same profile, a command-line tool's end-to-end figure against `arabic-text normalize` end-to-end. The bench
  times one string per article (as a service would call it), the Python and Lucene++ peers get the whole file (the
  Lucene++ driver one line at a time).
- `arabic-text bench --only "normalize search" --megabytes {args.megabytes} --repetitions {args.repetitions}`
  reported: {bench_line}.
- **Agreement** is over whitespace tokens of both corpora together. *Raw* counts tokens where the peer's output is
  identical to ours as is. *Shared rules* first projects both outputs onto the rules they have in common: the search
  profile's reference (NFKC + removals + mappings, `reference_search` in `Scripts/peers/pydrivers.py`) is applied to
  both outputs, which erases what the peer leaves undone, and each character the peer changes but ours keeps
  (found by the probe below) is changed the same way in both. What still differs is a rule that conflicts.
  The Python reference of the profile reproduces the CLI's output byte for byte on both corpora:
  **{'yes' if ctx['reference_identical'] else 'NO'}**.

Agreement details:

{chr(10).join(agreement_lines)}

#### Rule probe

Each code point of U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF, U+FB50–U+FDFF, U+FE70–U+FEFF, the invisible
controls, ASCII digits and a few Latin and compatibility characters, written between two letters beh (one a line),
normalized by every tool. A cell counts the code points in that class of the search profile's rules where the tool's
output is identical to ours (NFKC: characters NFKC changes; marks: the removed mark ranges and tatweel; invisibles:
the removed controls; letters and digits: the mapped ones).

{chr(10).join(probe_rows)}

### Entities: gazetteer-matching baseline

The baseline takes the same bundled names ({ahoc.get('rows', 0):,} COUNTRY, CITY and PERSON rows of
`Sources/CGazetteerData/gazetteers/{{countries,cities,people}}.tsv`, {ahoc.get('names', 0):,} distinct after
normalization, {ahoc.get('conflicts', 0)} names under two types resolved COUNTRY > CITY > PERSON), normalizes names and
text with CAMeL Tools (normalize_unicode, alef, alef maksura, teh marbuta, dediac_ar), matches whole words only and
keeps the longest of overlapping matches, then maps spans back to the original text. CAMeL's normalization keeps
invisible controls, and the NewsFANE text has a left-to-right mark (U+200E) in front of most tokens, so a name of two
words or more can never match there; the "variant" row also removes the search profile's invisible controls after
CAMeL's steps, to show how much of the gap that is. Speed over the news corpus as
{entities['documents']:,} jsonl lines (one article each, {entities['bytes']:,} bytes of text); "recognition only" for
the baseline excludes start-up, loading the names, JSON parsing and writing.

{entity_tables(entities)}

### Caveats

- Two cores, one run: other work on the machine (the load averages above) can slow any row. Best-of-N damps it.
- The Rust peers (arabic-norm, arabic-normalize) are called once on a whole-file string; arabic-norm reads CPython's
  string storage in place, and neither pays for UTF-8 decoding inside the clock, while `arabic-text normalize` decodes
  and encodes UTF-8 and streams through fixed buffers. `arabic-norm` also has a multi-threaded `normalize_batch`, not
  used here (every tool runs on one thread, except `arabic-text entities` with `--jobs {ctx['nproc']}`).
- Lucene++ is timed on its analysis chain (tokenizer, filter, term buffers), as Lucene runs it; a bare loop calling
  `ArabicNormalizer::normalize` on one buffer would be faster but is not how Lucene applies it.
- The ICU transliterator implements the same rules; differences from ours, if any, would show in the agreement.
- Entity accuracy of the baseline depends on the gazetteer files of the moment (copied at the start of the run); it
  has no rules (no clitic splitting, no context), which is the point of a baseline.
- `arabic-text entities` is timed end-to-end only (its start-up, loading the compiled-in gazetteer, is the
  "empty input" column); the baseline's "recognition only" excludes its start-up.
"""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
