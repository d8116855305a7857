#!/usr/bin/env python3
"""Lists the tokens of Arabic text files that none of the bundled gazetteers knows, most
frequent first: a quick way to see which everyday words common-words.tsv still lacks.

    python3 Scripts/data/people/coverage.py FILE... [--top N]

Clitics are stripped naively (و ف ب ل ك ال and pronoun suffixes); this is a lexicon
development aid, not the library's analysis.
"""
import argparse
import glob
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arabic_fold import fold  # noqa: E402

GAZ = os.path.normpath(os.path.join(HERE, "..", "..", "..", "Sources", "CGazetteerData", "gazetteers"))


def load():
    known = set()
    for path in glob.glob(os.path.join(GAZ, "*.tsv")):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                name = fold(line.split("\t")[0])
                known.add(name)
                for tok in name.split(" "):
                    known.add(tok)
    return known


PRE = ["وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س"]
SUF = ["هما", "هم", "ها", "كم", "نا", "ه", "ك", "ي"]


def candidates(tok):
    out = {tok}
    for p in PRE:
        if tok.startswith(p) and len(tok) - len(p) >= 2:
            rest = tok[len(p):]
            out.add(rest)
            if p in ("لل",):
                out.add("ال" + rest)
            for q in PRE:
                if rest.startswith(q) and len(rest) - len(q) >= 2:
                    out.add(rest[len(q):])
    for c in list(out):
        for s in SUF:
            if c.endswith(s) and len(c) - len(s) >= 2:
                out.add(c[: -len(s)])
                if c[: -len(s)].endswith("ت"):
                    out.add(c[: -len(s) - 1] + "ه")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--top", type=int, default=200)
    args = ap.parse_args()
    known = load()
    counts = Counter()
    for path in args.files:
        with open(path, encoding="utf-8") as fh:
            text = fold(fh.read())
        for tok in re.findall(r"[\u0621-\u064A]+", text):
            if not any(c in known for c in candidates(tok)):
                counts[tok] += 1
    total = sum(counts.values())
    print(f"{total} unknown token occurrences, {len(counts)} distinct")
    print(" ".join(f"{w}:{n}" for w, n in counts.most_common(args.top)))


if __name__ == "__main__":
    main()
