#!/usr/bin/env python3
"""Build Sources/CGazetteerData/gazetteers/frequent-words.tsv from wordfreq.

Takes the N most frequent Arabic words of the `wordfreq` package (3.1.1), folds them
the way the library normalizes text, and removes everything that is, or could well be,
a name, or whose listing would hide a name or a cue from the recognizer:

  not-arabic      tokens that are not made of Arabic letters (Latin, digits, symbols)
  too-short       one letter after folding
  duplicate-after-folding  a spelling of a folded form seen at a better rank
  not-a-word      listed in not-words.txt (spelled Latin letters, fragments)
  name            a whole one-word entry of an entity gazetteer (PERSON, COUNTRY, CITY,
                  REGION, ORGANIZATION ...) or of given-names.tsv (ambiguous ones included)
  hand-name       listed in names-to-exclude.txt (names our gazetteers lack: reviewed by hand)
  known-cue       already a cue other than cue.common (title, demonym, designator,
                  particle, person verb ...): listing it again would add nothing
  given-name-stem a word that would make a given name ambiguous: the library takes a
                  given name that is a proclitic + an ordinary word as ambiguous
                  (بشير = ب + شير, فواد = ف + واد)
  name-stem       past rank 5000, a word that is a reviewed name minus a pronoun suffix
                  (بيك for بيكي): the library would read the name as that word + suffix
  short-rare      a word of 3 letters or fewer past --short-max-rank (same reason: short
                  stems hide many names built as stem + suffix, اوجي = اوج + ي)
  clitic+name     a proclitic (و ف ب ل ك س and their combinations) + a name of the two
                  groups above (وبوتين، لميسي)
  clitic+phrase   a proclitic + the first word of a multi-word gazetteer entry (والولايات):
                  a known whole word is not split, so the phrase would be missed
  clitic+cue      a proclitic + a cue word (والرئيس، بمدينة): the library already splits
                  it, and a whole-word entry would hide the cue's class
  clitic-known    a proclitic + a word the lexicon or this list already knows (وعدم):
                  the library splits it and finds the stem, so the entry adds nothing

Words of keep-lookalikes.txt escape the four clitic reasons: ordinary words that only
look like a proclitic + a name (بيان is not ب + يان). A word that is already a whole
entry of common-words.tsv is kept too (listing it again changes nothing).

Every reason is checked on the folded word in this order; the first that applies wins.
--dump DIR writes every decision (rank, token, folded, reason, detail) for review.

Usage:
    python3 Scripts/data/frequent/build.py                # write the TSV
    python3 Scripts/data/frequent/build.py --n 40000      # how many wordfreq words to read
    python3 Scripts/data/frequent/build.py --check        # report only, write nothing
    python3 Scripts/data/frequent/build.py --dump DIR     # also write every decision to DIR
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from arabic_fold import fold  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
GAZ = os.path.join(ROOT, "Sources", "CGazetteerData", "gazetteers")
OUT_NAME = "frequent-words.tsv"

# Arabic letters after folding (no tatweel, no diacritics): ء .. ي.
ARABIC_WORD = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+$")


def read_list(name):
    """Words of a hand-written list: one per line (first field), # comments."""
    words = set()
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        return words
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                words.add(fold(line.split()[0]))
    return words


class Lexicon:
    """What the bundled gazetteers (all but this list) say about single words."""

    def __init__(self):
        self.names = {}          # one-word entity or given name -> file:TYPE
        self.strong_names = set()  # one-word names the recognizer can take on a clitic form
        self.person_parts = set()  # words of multi-word PERSON entries
        self.phrase_starts = set()  # first words of multi-word entries (any type)
        self.cues = {}           # one-word cue other than cue.common -> class
        self.common = set()      # one-word cue.common
        self.vocabulary = set()  # every word of every entry
        self.ambiguous_given_names = set()
        self.unambiguous_given_names = set()
        for file in sorted(os.listdir(GAZ)):
            if not file.endswith(".tsv") or file == OUT_NAME:
                continue
            with open(os.path.join(GAZ, file), encoding="utf-8") as f:
                for line in f:
                    line = line.rstrip("\r\n")
                    if not line or line.startswith("#"):
                        continue
                    fields = line.split("\t")
                    if len(fields) < 2:
                        continue
                    name, label = fold(fields[0]), fields[1]
                    if label == "cue.surname-suffix" or not name:
                        continue  # an ending, not a word
                    words = name.split(" ")
                    self.vocabulary.update(words)
                    is_name = label == "cue.given-name" or not label.startswith("cue.")
                    if len(words) == 1:
                        if is_name:
                            self.names.setdefault(name, f"{file[:-4]}:{label}")
                            attributes = fields[3] if len(fields) > 3 else ""
                            if label == "cue.given-name":
                                if "ambiguous=1" in attributes.split(";"):
                                    self.ambiguous_given_names.add(name)
                                else:
                                    self.unambiguous_given_names.add(name)
                            needs_context = re.search(r"(^|;)(ambiguous|rare)=1(;|$)", attributes)
                            # A place or organization that needs context is taken only right
                            # after a designator, never on a clitic form (GazetteerRule):
                            # a proclitic form of it hides nothing.
                            if label in ("PERSON", "cue.given-name") or not needs_context:
                                self.strong_names.add(name)
                        elif label == "cue.common":
                            self.common.add(name)
                        else:
                            self.cues.setdefault(name, label)
                    else:
                        self.phrase_starts.add(words[0])
                        if label == "PERSON":
                            self.person_parts.update(words)


# Words of SHORT letters or fewer are kept only within the first --short-max-rank words: a
# short rare word adds little, and the library reads a word as a known word + a pronoun
# suffix (اوجي = اوج + ي), so every short stem also hides the names built like it.
SHORT = 3

# A word that spells a reviewed name + a pronoun suffix is dropped past this rank.
NAME_STEM_MIN_RANK = 5000

# Cue classes that make a word ordinary for the given-name check (TokenFlags.ordinaryWord).
ORDINARY_CUES = {"cue.not-name", "cue.person-verb", "cue.title", "cue.demonym"}


# Proclitic prefixes as the library's CliticAnalyzer(splitsArticle: false) writes them
# (Sources/ArabicText/Clitics/CliticAnalyzer.swift): (written, restores article alef).
def _prefixes():
    patterns = []
    for head in ["", "و", "ف"]:
        for prep in ["", "ب", "ل", "ك"]:
            written = head + prep
            if written:
                patterns.append((written, False))
            if prep == "ل":
                patterns.append((written + "ل", True))  # لل = ل + ال
        patterns.append((head + "س", False))
    return sorted(patterns, key=lambda p: len(p[0]))


PREFIXES = _prefixes()

# Pronoun suffixes the library splits off (Sources/ArabicText/Clitics/Clitic.swift).
ENCLITICS = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي"]


def proclitic_stems(word):
    """Stems of `word` after each proclitic prefix, as the library would look them up."""
    stems = []
    for written, restores in PREFIXES:
        if not word.startswith(written) or len(word) <= len(written):
            continue
        if written.endswith("س") and word[len(written)] not in "يتنا":
            continue  # the future marker only before an imperfect prefix
        if len(word) - len(written) < 2:
            continue  # the library keeps stems of two letters at least
        # لل + X = ل + ال + X: the article's alef comes back.
        stem = "ا" + word[len(written) - 1:] if restores else word[len(written):]
        stems.append((written, stem))
    return stems


def build(n, dump=None, short_max_rank=15000):
    import importlib.metadata as md
    version = md.version("wordfreq")
    import wordfreq
    tokens = wordfreq.top_n_list("ar", n)
    # Frequency of each folded form, all its spellings added up (for --dump only).
    frequency = collections.Counter()
    if dump:
        for token in tokens:
            frequency[fold(token)] += wordfreq.word_frequency(token, "ar")

    def ratio(word, hits):
        """How frequent `word` is next to its most frequent stem (a clitic form is rarer)."""
        stem_freq = max(frequency.get(s) or wordfreq.word_frequency(s, "ar") for s in hits) if hits else 0
        return f"{frequency[word] / stem_freq:.2f}" if stem_freq else "inf"

    lex = Lexicon()
    hand_names = read_list("names-to-exclude.txt")
    not_words = read_list("not-words.txt")
    lookalikes = read_list("keep-lookalikes.txt")

    # Fold and dedupe, keeping the best rank.
    best = {}
    reasons = collections.Counter()
    decisions = []  # (rank, token, folded, reason, detail)
    for rank, token in enumerate(tokens, 1):
        folded = fold(token)
        if not ARABIC_WORD.match(folded):
            reasons["not-arabic"] += 1
            decisions.append((rank, token, folded, "not-arabic", ""))
            continue
        if len(folded) < 2:
            reasons["too-short"] += 1
            decisions.append((rank, token, folded, "too-short", ""))
            continue
        if folded in best:
            reasons["duplicate-after-folding"] += 1
            decisions.append((rank, token, folded, "duplicate-after-folding", best[folded][1]))
            continue
        best[folded] = (rank, token)

    # A given name that is a proclitic + an ordinary word (بشير = ب + شير) counts as ambiguous
    # (Lexicon.swift): the words that would do that to a given name not yet ambiguous stay out.
    ordinary = lex.common | {w for w, c in lex.cues.items() if c in ORDINARY_CUES}
    protected = {}
    for name in lex.unambiguous_given_names - lex.ambiguous_given_names:
        stems = [s for _, s in proclitic_stems(name)]
        if not any(s in ordinary for s in stems):
            for s in stems:
                protected.setdefault(s, name)

    # The library also reads an unknown word as a known word + a pronoun suffix (بيكي = بيك
    # + ي): a word that spells one of the reviewed names that way would hide that name, unless
    # it is among the most frequent words (مارس, مات stay although مارسي, ماتي are names).
    name_stems = {}
    for name in sorted(hand_names - lex.vocabulary):
        for suffix in ENCLITICS:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                name_stems.setdefault(name[: -len(suffix)], name)

    kept = {}
    # Shorter words first: a stem is decided before the words built on it.
    for folded, (rank, token) in sorted(best.items(), key=lambda kv: (len(kv[0]), kv[1][0])):
        reason, detail = None, ""
        if folded in not_words:
            reason = "not-a-word"
        elif folded in lex.names:
            reason, detail = "name", lex.names[folded]
        elif folded in hand_names:
            reason = "hand-name"
        elif folded in lex.cues:
            reason, detail = "known-cue", lex.cues[folded]
        elif folded in protected:
            reason, detail = "given-name-stem", protected[folded]
        elif folded in name_stems and rank > NAME_STEM_MIN_RANK:
            reason, detail = "name-stem", name_stems[folded]
        elif len(folded) <= SHORT and rank > short_max_rank:
            reason = "short-rare"
        elif folded not in lex.common and folded not in lookalikes:
            stems = proclitic_stems(folded)
            for label, test in (
                ("clitic+name", lambda s: s in lex.strong_names or s in hand_names
                 # a word of a person's name is name evidence unless it is also an ordinary word
                 or (s in lex.person_parts and s not in lex.common and s not in lex.cues and s not in kept)),
                ("clitic+phrase", lambda s: s in lex.phrase_starts),
                ("clitic+cue", lambda s: s in lex.cues),
                ("clitic-known", lambda s: s in lex.vocabulary or s in kept),
            ):
                hits = [(p, s) for p, s in stems if test(s)]
                if hits:
                    reason, detail = label, " ".join(f"{p}+{s}" for p, s in hits)
                    if dump:
                        detail += "\tratio=" + ratio(folded, [s for _, s in hits])
                    break
        if reason:
            reasons[reason] += 1
            decisions.append((rank, token, folded, reason, detail))
        else:
            kept[folded] = rank
            note = "person-part" if folded in lex.person_parts and folded not in lex.common else ""
            note = note or ("in-common-words" if folded in lex.common else "")
            decisions.append((rank, token, folded, "kept", note))

    stats = {
        "n": n,
        "short_max_rank": short_max_rank,
        "version": version,
        "seen": len(tokens),
        "kept": len(kept),
        "new": sum(1 for w in kept if w not in lex.common),
        "reasons": reasons,
    }
    if dump:
        os.makedirs(dump, exist_ok=True)
        with open(os.path.join(dump, "decisions.tsv"), "w", encoding="utf-8") as f:
            for d in sorted(decisions):
                f.write("\t".join(str(x) for x in d) + "\n")
    return kept, stats, lex


HEADER = """\
# Frequent ordinary Arabic words (cue.common): the {n} most frequent Arabic words of wordfreq, names removed.
# Source: wordfreq {version} (Robyn Speer, https://github.com/rspeer/wordfreq), top_n_list('ar', {n}); its Arabic
# data comes from Wikipedia, OPUS OpenSubtitles 2018 (subtitles from www.opensubtitles.org), NewsCrawl 2014 and
# GlobalVoices, OSCAR web text and Twitter. Full attribution: Docs/Data.md.
# Generated by Scripts/data/frequent/build.py (method and hand-written lists: Scripts/data/frequent/README.md).
# License: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), as wordfreq's data; derived work of
# wordfreq by Robyn Speer (cite: Robyn Speer. (2022). rspeer/wordfreq: v3.0 (v3.0.2). Zenodo.
# https://doi.org/10.5281/zenodo.7199437). Users who cannot accept CC BY-SA data can leave this file out.
# Format: Docs/GazetteerFormat.md. word<TAB>cue.common<TAB><TAB>rank=<position in wordfreq's list>.
# Words are folded as the library normalizes (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Persian letters),
# deduped on the folded form (best rank kept). Removed: names (our gazetteers and a hand-reviewed list), a
# proclitic + a name, cue, phrase start or known word, words that would hide a name, words of 3 letters or
# fewer past rank {short_max_rank}. Seen {seen}, kept {kept} ({new} not in common-words.tsv); dropped:
{dropped}
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=40000, help="number of wordfreq words to read (default 40000)")
    ap.add_argument("--short-max-rank", type=int, default=15000,
                    help=f"keep words of {SHORT} letters or fewer only up to this rank (default 15000)")
    ap.add_argument("--check", action="store_true", help="report only, write nothing")
    ap.add_argument("--dump", metavar="DIR", help="write every decision to DIR/decisions.tsv")
    ap.add_argument("--out", default=os.path.join(GAZ, OUT_NAME))
    args = ap.parse_args()
    kept, stats, _ = build(args.n, args.dump, args.short_max_rank)
    print(f"wordfreq {stats['version']}, top {stats['n']}: seen {stats['seen']}, kept {stats['kept']} "
          f"({stats['new']} not in common-words.tsv)")
    for reason, count in stats["reasons"].most_common():
        print(f"  dropped {reason}: {count}")
    if args.check:
        return
    with open(args.out, "w", encoding="utf-8") as f:
        dropped = ", ".join(f"{reason} {count}" for reason, count in stats["reasons"].most_common())
        lines, line = [], "#"
        for part in dropped.split(" "):
            if len(line) + 1 + len(part) > 110:
                lines.append(line)
                line = "#"
            line += " " + part
        lines.append(line + ".")
        f.write(HEADER.format(dropped="\n".join(lines), **stats))
        f.write("\n")
        for word, rank in sorted(kept.items(), key=lambda kv: (kv[1], kv[0])):
            f.write(f"{word}\tcue.common\t\trank={rank}\n")
    print(f"wrote {os.path.relpath(args.out, ROOT)}")


if __name__ == "__main__":
    main()
