"""A coarse consonant skeleton of Arabic-script and Latin-script place names, used to
check that an Arabic alternate name of a GeoNames record sounds like its English name
(it catches names that belong to another place). Deliberately coarse: g/j/k/q/gh are
one class, t/d one, s/th/ts one, vowels and w/y/h-like glides are dropped."""
import difflib
import re
import unicodedata

from arabic_fold import fold

AR_DIGRAPHS = [("تش", "X"), ("دج", "K"), ("تس", "S"), ("كس", "KS")]
AR_MAP = {
    "ب": "B", "ت": "T", "ط": "T", "د": "T", "ض": "T", "ث": "S", "س": "S", "ص": "S",
    "ج": "K", "ك": "K", "ق": "K", "غ": "K", "خ": "H", "ح": "H", "ه": "H",
    "ذ": "Z", "ز": "Z", "ظ": "Z", "ش": "X", "ر": "R", "ف": "F", "ل": "L", "م": "M", "ن": "N",
}
EN_DIGRAPHS = [
    ("sch", "X"), ("tch", "X"), ("dzh", "K"), ("zh", "K"), ("kh", "H"), ("gh", "K"), ("sh", "X"),
    ("ch", "X"), ("ph", "F"), ("th", "S"), ("ts", "S"), ("tz", "S"), ("dj", "K"), ("ck", "K"),
    ("qu", "K"), ("ou", ""), ("x", "KS"),
]
EN_MAP = {
    "b": "B", "p": "B", "t": "T", "d": "T", "s": "S", "c": "K", "k": "K", "q": "K", "g": "K",
    "j": "K", "h": "H", "z": "Z", "r": "R", "f": "F", "v": "F", "l": "L", "m": "M", "n": "N",
}
AR_ARTICLE = re.compile(r"^ال(?=\S{2})")
EN_ARTICLE = re.compile(r"^(al|el|ad|ar|as|at|az|an|ash|adh|ath|ez|es|ed|er)[ \-’']", re.I)


def ar_skeleton(name: str) -> str:
    s = fold(name)
    # the article and a word-final ta marbuta / -a written with ه carry no consonant
    s = " ".join(re.sub("ه$", "", AR_ARTICLE.sub("", w)) for w in s.split())
    for a, b in AR_DIGRAPHS:
        s = s.replace(a, b)
    s = s.replace(" ", "")
    out = []
    for ch in s:
        if ch in "XKS" and ch.isupper():
            out.append(ch)
        else:
            out.append(AR_MAP.get(ch, ""))
    return "".join(out)


def en_skeleton(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = EN_ARTICLE.sub("", s)
    s = s.replace("ç", "ch").replace("ş", "sh").replace("ğ", "").replace("ı", "i")
    s = re.sub(r"c(?=[eiy])", "s", s)
    for a, b in EN_DIGRAPHS:
        s = s.replace(a, b)
    out = []
    for ch in s:
        if ch in "XKSHF" and ch.isupper():
            out.append(ch)
        else:
            out.append(EN_MAP.get(ch, ""))
    # doubled consonants are written once in Arabic
    return re.sub(r"(.)\1+", r"\1", "".join(out))


def similarity(arabic: str, latin_names) -> float:
    a = re.sub(r"(.)\1+", r"\1", ar_skeleton(arabic))
    best = 0.0
    for e in latin_names:
        b = en_skeleton(e)
        if not a and not b:
            continue
        best = max(best, difflib.SequenceMatcher(None, a, b).ratio())
    return best
