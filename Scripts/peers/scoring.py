"""Entity scoring as `arabic-text eval` does it, in Python.

A CoNLL file (token, BIO label, further columns ignored; sentences separated
by blank lines) becomes one text: the tokens of a sentence joined by single
spaces, sentences by line breaks. Predicted spans are widened to whole
whitespace tokens (punctuation at a token's edges excluded), then span and
type must match exactly; precision, recall and F1 per type and micro-averaged
over PERSON, COUNTRY, CITY. Predictions of other types are ignored.

Offsets here are Unicode code points (Python str indices); the Swift scorer
uses UTF-8 offsets into the same text, which is equivalent.
"""

from __future__ import annotations

import unicodedata

TYPES = ["PERSON", "COUNTRY", "CITY"]

# Unicode's White_Space property (what Swift's `isWhitespace` tests).
WHITE_SPACE = frozenset(
    [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680]
    + list(range(0x2000, 0x200B))
    + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
)


def read_conll(path: str) -> tuple[str, set[tuple[int, int, str]]]:
    """The text and the gold spans (start, end, type) of a CoNLL file."""
    with open(path, "rb") as handle:
        data = handle.read()
    text: list[str] = []
    length = 0
    gold: set[tuple[int, int, str]] = set()
    open_span: tuple[str, int] | None = None
    last_token_end = 0
    sentence_has_tokens = False

    def close() -> None:
        nonlocal open_span
        if open_span is not None:
            gold.add((open_span[1], last_token_end, open_span[0]))
        open_span = None

    for number, raw in enumerate(data.split(b"\n"), start=1):
        row = raw[:-1] if raw.endswith(b"\r") else raw
        if all(byte in (0x20, 0x09) for byte in row):
            close()
            if sentence_has_tokens:
                text.append("\n")
                length += 1
            sentence_has_tokens = False
            continue
        columns = row.split(b"\t")
        if len(columns) < 2 or not columns[0]:
            raise ValueError(f"{path}:{number}: expected token<TAB>label")
        token = columns[0].decode("utf-8")
        label = columns[1].decode("utf-8")
        if sentence_has_tokens:
            text.append(" ")
            length += 1
        sentence_has_tokens = True
        start = length
        text.append(token)
        length += len(token)
        if label == "O":
            close()
        elif label[:2] in ("B-", "I-"):
            kind = label[2:]
            if kind not in TYPES:
                raise ValueError(f"{path}:{number}: invalid label {label!r}")
            if label.startswith("B-") or open_span is None or open_span[0] != kind:
                close()
                open_span = (kind, start)
        else:
            raise ValueError(f"{path}:{number}: invalid label {label!r}")
        last_token_end = length
    close()
    return "".join(text), gold


class WhitespaceTokens:
    """Whitespace tokens without edge punctuation, for widening spans."""

    def __init__(self, text: str) -> None:
        self.token_at = [-1] * len(text)
        self.ranges: list[tuple[int, int]] = []
        start = None
        for index, char in enumerate(text):
            if ord(char) in WHITE_SPACE:
                if start is not None:
                    self._finish(text, start, index)
                start = None
            elif start is None:
                start = index
        if start is not None:
            self._finish(text, start, len(text))

    def _finish(self, text: str, first: int, end: int) -> None:
        last = end - 1
        while first <= last and unicodedata.category(text[first]).startswith("P"):
            first += 1
        while last >= first and unicodedata.category(text[last]).startswith("P"):
            last -= 1
        if first > last:
            return
        for index in range(first, last + 1):
            self.token_at[index] = len(self.ranges)
        self.ranges.append((first, last + 1))

    def widen(self, start: int, end: int) -> tuple[int, int]:
        if start >= end:
            return start, end
        first = self.token_at[start]
        last = self.token_at[end - 1]
        lower = self.ranges[first][0] if first >= 0 else start
        upper = self.ranges[last][1] if last >= 0 else end
        return lower, upper


def score(text: str, gold: set[tuple[int, int, str]], predicted) -> dict[str, dict[str, float]]:
    """Counts and P/R/F1 per type and micro, for predicted (start, end, type) spans."""
    tokens = WhitespaceTokens(text)
    widened = set()
    for start, end, kind in predicted:
        if kind in TYPES:
            widened.add((*tokens.widen(start, end), kind))
    gold = {span for span in gold if span[2] in TYPES}
    result: dict[str, dict[str, float]] = {}
    totals = [0, 0, 0]
    for kind in TYPES:
        tp = sum(1 for span in widened if span[2] == kind and span in gold)
        fp = sum(1 for span in widened if span[2] == kind and span not in gold)
        fn = sum(1 for span in gold if span[2] == kind and span not in widened)
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        result[kind] = _metrics(tp, fp, fn)
    result["micro"] = _metrics(*totals)
    return result


def _metrics(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}
