"""Folding used to dedupe the frequent-word list (copy of Scripts/data/people/arabic_fold.py).

Mirrors the library's NER normalization (Sources/ArabicText/Normalization/
ScalarMapping.swift): diacritics, Quranic marks and tatweel removed; alef forms
folded to ا; ى → ي; ة/ۀ → ه; ؤ → و; ئ → ي; Persian/Urdu letters folded to their
Arabic look-alikes; invisible format controls removed; white space collapsed.
"""
import re
import unicodedata

_REMOVE = set(range(0x064B, 0x0660)) | {0x0670, 0x0640}
_REMOVE |= set(range(0x0610, 0x061B)) | set(range(0x06D6, 0x06DD)) | set(range(0x06DF, 0x06E9)) | set(range(0x06EA, 0x06EE))
_REMOVE |= set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F)) | set(range(0x2060, 0x2065)) | set(range(0x2066, 0x206A)) | {0x061C, 0xFEFF}

_MAP = {
    0x0623: 0x0627, 0x0625: 0x0627, 0x0622: 0x0627, 0x0671: 0x0627, 0x0672: 0x0627, 0x0673: 0x0627,
    0x0649: 0x064A,
    0x0629: 0x0647, 0x06C0: 0x0647,
    0x06CC: 0x064A, 0x06A9: 0x0643,
    0x0624: 0x0648, 0x0626: 0x064A,
    0x067E: 0x0628, 0x0686: 0x062C, 0x0698: 0x0632, 0x06AF: 0x0643, 0x06A4: 0x0641, 0x06A5: 0x0641,
    0x06A8: 0x0642, 0x06AD: 0x0643, 0x06C1: 0x0647, 0x06BE: 0x0647, 0x06D5: 0x0647, 0x06D2: 0x064A, 0x06D3: 0x064A,
}
for _d in range(10):
    _MAP[0x0660 + _d] = 0x30 + _d
    _MAP[0x06F0 + _d] = 0x30 + _d


def fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    out = []
    for ch in text:
        cp = ord(ch)
        if cp in _REMOVE:
            continue
        if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
            ch = unicodedata.normalize("NFKC", ch)
            for c2 in ch:
                c = ord(c2)
                if c in _REMOVE:
                    continue
                out.append(chr(_MAP.get(c, c)))
            continue
        out.append(chr(_MAP.get(cp, cp)))
    return re.sub(r"\s+", " ", "".join(out)).strip()


if __name__ == "__main__":
    import sys
    for line in sys.stdin:
        print(fold(line))
