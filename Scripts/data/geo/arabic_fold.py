"""The matching key of an Arabic name: the same folding the library applies before
matching (diacritics and tatweel removed; أ إ آ ٱ -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي;
Persian letters پ چ ژ گ ڤ ک ی -> ب ج ز ك ف ك ي; whitespace collapsed)."""
import re

DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "پ": "ب", "چ": "ج", "ژ": "ز", "گ": "ك", "ڤ": "ف", "ک": "ك", "ی": "ي",
})


def clean(name: str) -> str:
    """The surface form as written to the .tsv files: diacritics and tatweel removed,
    whitespace collapsed (hamza forms, ة and ى are kept)."""
    return " ".join(DIACRITICS.sub("", name).split())


def fold(name: str) -> str:
    """The matching key."""
    return " ".join(DIACRITICS.sub("", name).translate(FOLD).split())
