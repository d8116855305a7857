"""Python peers for Scripts/compare-peers, each set up to do as much of the
`search` profile as its API allows.

Run as a script to time one peer on one file:

    python pydrivers.py PEER INPUT OUTPUT

It reads INPUT as UTF-8 into one str, times only the normalization calls
(interpreter start-up, imports, reading, decoding, encoding and writing are
outside the clock), writes the result to OUTPUT and prints
{"peer": ..., "version": ..., "seconds": ...} on standard output. The caller
measures the end-to-end wall time around the whole process.

`reference_search` is this project's `search` profile written out in Python
(the specification in the brief, not the Swift code); compare-peers checks it
against the CLI's output and uses it to project peer outputs onto the rules
they share with ours.
"""

from __future__ import annotations

import json
import sys
import time
import unicodedata

# ---------------------------------------------------------------------------
# The `search` profile, as specified.

SEARCH_REMOVED_RANGES = [
    (0x064B, 0x065F),  # harakat, tanwin, shadda, sukun, other marks
    (0x0670, 0x0670),  # superscript alef
    (0x0610, 0x061A),  # honorific and Quranic signs
    (0x06D6, 0x06DC),  # Quranic annotation marks
    (0x06DF, 0x06E8),
    (0x06EA, 0x06ED),
    (0x0640, 0x0640),  # tatweel
    (0x200B, 0x200F),  # zero-width characters, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x2064),  # word joiner, invisible operators
    (0x2066, 0x2069),  # bidi isolates
    (0x061C, 0x061C),  # Arabic letter mark
    (0xFEFF, 0xFEFF),  # zero-width no-break space
]
SEARCH_MAPPED = {
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627",  # أ إ آ -> ا
    "\u0671": "\u0627", "\u0672": "\u0627", "\u0673": "\u0627",  # ٱ ٲ ٳ -> ا
    "\u0649": "\u064A", "\u06CC": "\u064A",  # ى ی -> ي
    "\u06A9": "\u0643",  # ک -> ك
    "\u0629": "\u0647", "\u06C0": "\u0647",  # ة ۀ -> ه
}
for _digit in range(10):
    SEARCH_MAPPED[chr(0x0660 + _digit)] = str(_digit)
    SEARCH_MAPPED[chr(0x06F0 + _digit)] = str(_digit)

SEARCH_TABLE: dict[int, str | None] = {ord(k): v for k, v in SEARCH_MAPPED.items()}
for _lo, _hi in SEARCH_REMOVED_RANGES:
    for _cp in range(_lo, _hi + 1):
        SEARCH_TABLE[_cp] = None


def reference_search(text: str) -> str:
    """NFKC, then remove the marks and invisible controls, then map letters and digits."""
    return unicodedata.normalize("NFKC", text).translate(SEARCH_TABLE)


# ---------------------------------------------------------------------------
# The peers. Each entry: a function returning (normalize: str -> str, version).


def camel():
    from importlib.metadata import version

    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    def normalize(text: str) -> str:
        text = normalize_unicode(text)
        text = normalize_alef_ar(text)
        text = normalize_alef_maksura_ar(text)
        text = normalize_teh_marbuta_ar(text)
        return dediac_ar(text)

    return normalize, version("camel-tools")


def pyarabic():
    from importlib.metadata import version

    import pyarabic.araby as araby

    def normalize(text: str) -> str:
        # strip_diacritics removes every Mn character of U+0600-U+06FE, the
        # closest PyArabic has to the search profile's mark ranges
        # (strip_tashkeel only removes the eight harakat, and only when the
        # text contains one).
        text = araby.strip_diacritics(text)
        text = araby.strip_tatweel(text)
        text = araby.normalize_alef(text)
        return araby.normalize_teh(text)

    return normalize, version("pyarabic")


def arabic_norm():
    from importlib.metadata import version

    import arabic_norm as an

    def normalize(text: str) -> str:
        # Defaults (tashkeel, tatweel, alef variants, alef maksura) plus teh marbuta.
        return an.normalize(text, ta_marbuta=True)

    return normalize, version("arabic-norm")


def arabic_normalize():
    from importlib.metadata import version

    import arabic_normalize as an

    # Every option that matches a search-profile rule; hamza (ؤ -> و, ئ -> ي,
    # on in the library's own search preset) is off because ours keeps them.
    normalizer = an.Normalizer(
        diacritics=True,
        tatweel=True,
        alef=True,
        alef_maqsura=True,
        ta_marbuta=True,
        hamza=False,
        persian=True,
        bidi_marks=True,
        digits="western",
    )
    return normalizer.normalize, version("arabic-normalize")


def reference():
    """The specification itself, with Python's unicodedata and str.translate."""
    import platform

    return reference_search, "Python " + platform.python_version()


PEERS = {
    "camel": camel,
    "pyarabic": pyarabic,
    "arabic-norm": arabic_norm,
    "arabic-normalize": arabic_normalize,
    "python-reference": reference,
}


def main(argv: list[str]) -> int:
    if len(argv) != 4 or argv[1] not in PEERS:
        sys.stderr.write("usage: pydrivers.py {%s} INPUT OUTPUT\n" % ",".join(PEERS))
        return 64
    normalize, version = PEERS[argv[1]]()
    with open(argv[2], encoding="utf-8", newline="") as handle:
        text = handle.read()
    start = time.perf_counter()
    result = normalize(text)
    seconds = time.perf_counter() - start
    with open(argv[3], "w", encoding="utf-8", newline="") as handle:
        handle.write(result)
    print(json.dumps({"peer": argv[1], "version": version, "seconds": seconds}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
