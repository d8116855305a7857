"""Gazetteer-matching baseline for entities: the bundled names, CAMeL-normalized,
matched over CAMeL-normalized text with pyahocorasick (or flashtext).

Names: the COUNTRY, CITY and PERSON rows of countries.tsv, cities.tsv and
people.tsv (name<TAB>TYPE<TAB>canonical..., '#' comments). Names and text go
through the same CAMeL Tools pipeline (normalize_unicode, normalize_alef_ar,
normalize_alef_maksura_ar, normalize_teh_marbuta_ar, dediac_ar). A name that
normalizes to the same string under two types keeps the first of COUNTRY,
CITY, PERSON. Matches must be whole words (no letter, mark or digit right
before or after), and overlapping matches are resolved longest first. Spans
are mapped back to offsets in the original text.

Run as a script to time it on jsonl input ({"id", "text"} per line):

    python gazetteer_baseline.py [--engine ahocorasick|flashtext] [--strip-controls] GAZETTEER_DIR IN.jsonl OUT.jsonl

It prints {"seconds": S, "bytes": B, "names": N, ...}: S is the time spent
recognizing (normalizing, matching, mapping offsets) over all documents, with
start-up, loading the names, JSON parsing and writing outside the clock.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import re
import sys
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pydrivers import camel  # noqa: E402

TYPE_PRIORITY = ["COUNTRY", "CITY", "PERSON"]
# The search profile's invisible controls, for the --strip-controls variant.
CONTROLS = {cp: None for lo, hi in [(0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x2069),
                                    (0x061C, 0x061C), (0xFEFF, 0xFEFF)] for cp in range(lo, hi + 1)}
GAZETTEER_FILES = ["countries.tsv", "cities.tsv", "people.tsv"]
_TOKEN = re.compile(r"\S+")


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def load_names(directory: str, normalize) -> tuple[dict[str, str], dict[str, int]]:
    """Normalized name -> type, and counts for the report."""
    names: dict[str, str] = {}
    stats = {"rows": 0, "conflicts": 0}
    for file in GAZETTEER_FILES:
        path = os.path.join(directory, file)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                line = line.rstrip("\r\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                columns = line.split("\t")
                if len(columns) < 2 or columns[1] not in TYPE_PRIORITY:
                    continue
                name = normalize(columns[0].strip())
                if not name:
                    continue
                stats["rows"] += 1
                kind = columns[1]
                previous = names.get(name)
                if previous is None:
                    names[name] = kind
                elif previous != kind:
                    stats["conflicts"] += 1
                    if TYPE_PRIORITY.index(kind) < TYPE_PRIORITY.index(previous):
                        names[name] = kind
    return names, stats


class Recognizer:
    def __init__(self, directory: str, engine: str = "ahocorasick", strip_controls: bool = False) -> None:
        camel_normalize, self.camel_version = camel()
        if strip_controls:
            self.normalize = lambda text: camel_normalize(text).translate(CONTROLS)
        else:
            self.normalize = camel_normalize
        self.names, self.stats = load_names(directory, self.normalize)
        self.engine = engine
        if engine == "ahocorasick":
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for name, kind in self.names.items():
                automaton.add_word(name, (len(name), kind))
            automaton.make_automaton()
            self.automaton = automaton
        elif engine == "flashtext":
            from flashtext import KeywordProcessor

            processor = KeywordProcessor(case_sensitive=True)
            # Word characters: every letter, mark and digit (flashtext's
            # default knows only ASCII ones, so Arabic would match inside words).
            processor.set_non_word_boundaries(
                {chr(cp) for cp in range(0x10000) if unicodedata.category(chr(cp))[0] in "LMN"}
            )
            for name, kind in self.names.items():
                processor.add_keyword(name, kind)
            self.processor = processor
        else:
            raise ValueError(f"unknown engine {engine!r}")

    def _matches(self, normalized: str) -> list[tuple[int, int, str]]:
        if not self.names:
            return []
        if self.engine == "flashtext":
            # flashtext checks word boundaries and keeps the longest match itself.
            return [(start, end, kind) for kind, start, end in self.processor.extract_keywords(normalized, span_info=True)]
        candidates = []
        length = len(normalized)
        for end, (size, kind) in self.automaton.iter(normalized):
            start = end - size + 1
            if start > 0 and _is_word_char(normalized[start - 1]):
                continue
            if end + 1 < length and _is_word_char(normalized[end + 1]):
                continue
            candidates.append((start, end + 1, kind))
        if len(candidates) < 2:
            return candidates
        # Longest match wins; among equals, the earlier one.
        candidates.sort(key=lambda span: (span[0] - span[1], span[0]))
        chosen: list[tuple[int, int, str]] = []
        starts: list[int] = []
        for span in candidates:
            index = bisect.bisect_left(starts, span[0])
            if index > 0 and chosen[index - 1][1] > span[0]:
                continue
            if index < len(chosen) and chosen[index][0] < span[1]:
                continue
            starts.insert(index, span[0])
            chosen.insert(index, span)
        return chosen

    def recognize(self, text: str) -> list[tuple[int, int, str]]:
        """Entities as (start, end, type), code point offsets into `text`."""
        normalized = self.normalize(text)
        matches = self._matches(normalized)
        if not matches:
            return []
        if normalized == text:
            return matches
        original = [m.span() for m in _TOKEN.finditer(text)]
        pieces = [m.span() for m in _TOKEN.finditer(normalized)]
        if len(original) == len(pieces):
            return [self._map(text, normalized, original, pieces, span) for span in matches]
        return self._recognize_by_token(text, original)

    def _recognize_by_token(self, text: str, original) -> list[tuple[int, int, str]]:
        """Normalization changed the whitespace (NFKC can): normalize token by token instead."""
        parts: list[str] = []
        pieces: list[tuple[int, int]] = []
        position = 0
        cursor = 0
        for start, end in original:
            gap = text[cursor:start]
            parts.append(gap)
            position += len(gap)
            piece = self.normalize(text[start:end])
            parts.append(piece)
            pieces.append((position, position + len(piece)))
            position += len(piece)
            cursor = end
        parts.append(text[cursor:])
        normalized = "".join(parts)
        return [self._map(text, normalized, original, pieces, span) for span in self._matches(normalized)]

    def _map(self, text, normalized, original, pieces, span) -> tuple[int, int, str]:
        start, end, kind = span
        first = max(_bisect_pieces(pieces, start) - 1, 0)
        last = max(_bisect_pieces(pieces, end - 1) - 1, 0)
        return (
            self._offset(text, normalized, original[first], pieces[first], start, is_end=False),
            self._offset(text, normalized, original[last], pieces[last], end, is_end=True),
            kind,
        )

    def _offset(self, text, normalized, token, piece, offset, is_end) -> int:
        """An offset in a normalized token mapped into the original token."""
        delta = min(max(offset - piece[0], 0), piece[1] - piece[0])
        source = text[token[0] : token[1]]
        if token[1] - token[0] == piece[1] - piece[0]:
            return token[0] + delta
        # Lengths differ: find the original prefix whose normalization reaches delta.
        for k in range(len(source) + 1):
            size = len(self.normalize(source[: k if is_end else k + 1]))
            if (is_end and size >= delta) or (not is_end and size > delta):
                # An end takes along the marks that normalization removed after it.
                while is_end and k < len(source) and len(self.normalize(source[: k + 1])) == size:
                    k += 1
                return token[0] + k
        return token[1]


def _bisect_pieces(pieces, offset) -> int:
    low, high = 0, len(pieces)
    while low < high:
        middle = (low + high) // 2
        if pieces[middle][0] <= offset:
            low = middle + 1
        else:
            high = middle
    return low


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=["ahocorasick", "flashtext"], default="ahocorasick")
    parser.add_argument("--strip-controls", action="store_true",
                        help="also remove invisible controls (LRM, RLM, ZWJ, ...) after CAMeL's normalization")
    parser.add_argument("gazetteers")
    parser.add_argument("input")
    parser.add_argument("output")
    args = parser.parse_args(argv[1:])
    recognizer = Recognizer(args.gazetteers, args.engine, args.strip_controls)
    documents = []
    with open(args.input, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                documents.append((record.get("id"), record["text"]))
    size = sum(len(text.encode("utf-8")) for _, text in documents)
    results = []
    begin = time.perf_counter()
    for _, text in documents:
        results.append(recognizer.recognize(text))
    seconds = time.perf_counter() - begin
    with open(args.output, "w", encoding="utf-8") as handle:
        for (identifier, text), entities in zip(documents, results):
            handle.write(
                json.dumps(
                    {
                        "id": identifier,
                        "entities": [
                            {"type": kind, "start": start, "end": end, "text": text[start:end]}
                            for start, end, kind in entities
                        ],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    print(
        json.dumps(
            {
                "seconds": seconds,
                "bytes": size,
                "documents": len(documents),
                "entities": sum(len(entities) for entities in results),
                "names": len(recognizer.names),
                "rows": recognizer.stats["rows"],
                "conflicts": recognizer.stats["conflicts"],
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
