"""Plain-text helpers the parsers share: normalising, grounding, links, sentences, instructions.

Everything here is a pure function of its arguments: the comparison form of a text and
whether a quote really occurs in a message, finding and masking links, splitting a text
into sentences and clauses, and setting aside what tries to instruct the system. Number
words written as digits are :mod:`server.interview.numerals`; the cue lexicons (refusals,
negatives, clarification requests, ...) are :mod:`server.interview.cues`.
"""

from __future__ import annotations

import re
import unicodedata

from server.interview.instructions import aimed_at_system
from server.interview.languages import strip_accents

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "´": "'", "`": "'"})
_DASHES = str.maketrans({"–": "-", "‑": "-", "‒": "-", "−": "-"})


def clean(text: str) -> str:
    """NFKC, straight quotes, plain hyphens, single spaces; case kept."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_DASHES)
    return re.sub(r"\s+", " ", text).strip()


def fold(text: str) -> str:
    """The comparison form: :func:`clean`, without combining marks, case-folded.

    Dropping combining marks keeps a stray one (NFKC turns a lone cedilla into a space
    and a combining cedilla) from splitting words that a quote spans.
    """
    bare = "".join(c for c in clean(text) if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", bare).strip().casefold()


def grounded(quote: str, message: str) -> bool:
    """Whether ``quote`` really occurs in ``message`` (whitespace, case and quotes folded)."""
    q = fold(quote).strip(" .,;:!?\"'")
    return bool(q) and q in fold(message)


# --------------------------------------------------------------------------- URLs

URL_RE = re.compile(
    r"(?<![\w@.])(?:[a-z][a-z0-9+.-]*://)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    r"(?:[a-z]{2,24})(?::\d+)?(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


def find_urls(text: str) -> list[str]:
    """Web addresses in ``text`` (with or without a scheme), trailing punctuation dropped."""
    found = []
    masked = EMAIL_RE.sub(lambda m: " " * len(m.group()), text)
    for match in URL_RE.finditer(masked):
        url = match.group().rstrip(".,;:!?)]}'\"")
        host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url, flags=re.IGNORECASE).split("/")[0]
        # "DataAnnotation.tech" and "micro1.ai" are names people write, not links: without
        # a scheme, a "www." or a path, "word.word" is not read as an address.
        if "/" not in url and not host.casefold().startswith("www."):
            continue
        found.append(url)
    return found


def find_emails(text: str) -> list[str]:
    return [m.group() for m in EMAIL_RE.finditer(text)]


def mask_links(text: str) -> str:
    """Replace URLs and e-mail addresses by spaces so numbers inside them are not read."""
    text = EMAIL_RE.sub(lambda m: " " * len(m.group()), text)
    return URL_RE.sub(
        lambda m: (
            m.group()
            if "/" not in m.group() and "www." not in m.group().lower()
            else " " * len(m.group())
        ),
        text,
    )


# ---------------------------------------------------------------------- sentences

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n+|\s+[-—]+\s+|\s*\((?=[^)]*\))|\)")
_CLAUSE_SPLIT = re.compile(
    r"\s*[,:]\s+|\s+(?:but|though|although|however|whereas|except)\s+", re.IGNORECASE
)


def sentences(text: str) -> list[str]:
    """Sentences of ``text``, split on terminators, dashes and brackets; never inside URLs."""
    parts = [p.strip() for p in _SENTENCE_SPLIT.split(text)]
    return [p for p in parts if p and re.search(r"\w", p)]


def clauses(sentence: str) -> list[str]:
    """Clauses of one sentence: split on commas, colons and contrastive conjunctions."""
    parts = [p.strip() for p in _CLAUSE_SPLIT.split(sentence)]
    return [p for p in parts if p and re.search(r"\w", p)]


# ------------------------------------------------------------------- instructions


def strip_instructions(text: str) -> tuple[str, bool]:
    """``text`` without the sentences that try to instruct the system, and whether any did.

    Bracketed asides that start like a system note are removed whole.
    """
    found = False

    def instructs(part: str) -> bool:
        return aimed_at_system(mask_links(part))

    def drop_bracket(match: re.Match[str]) -> str:
        nonlocal found
        if instructs(match.group()):
            found = True
            return " "
        return match.group()

    # A wrapped instruction ("[admin] ... [/admin]", "<system>...</system>") goes whole, so
    # the candidate's own words after it are still read.
    text = re.sub(
        r"\[\s*(\w+)[^\]]*\].*?\[\s*/\s*\1\s*\]|<\s*(\w+)[^>]*>.*?<\s*/\s*\2\s*>",
        drop_bracket,
        clean(text),
        flags=re.DOTALL | re.IGNORECASE,
    )
    # A fake chat turn goes whole, from its opening marker to its end marker (or the end).
    text = re.sub(
        r"<\|\s*im_start\s*\|>.*?(?:<\|\s*im_end\s*\|>|$)",
        drop_bracket,
        text,
        flags=re.DOTALL | re.IGNORECASE,
    )
    text = re.sub(r"\[[^\]]*\]|<[^>]*>|\{[^}]*\}", drop_bracket, text)
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if instructs(sentence):
            found = True
            # Keep what follows a colon introducing the candidate's real answer.
            tail = re.split(
                r"\b(?:anyway|for your question|to answer your question|that said)\b",
                sentence,
                maxsplit=1,
                flags=re.IGNORECASE,
            )
            if len(tail) == 2 and not instructs(tail[1]):
                kept.append(tail[1].lstrip(" :,-"))
            continue
        kept.append(sentence)
    return " ".join(kept).strip(), found


STOPWORDS = frozenset(
    "a an the of to in on at for from by with and or your you my me i is are be this that it "
    "do does did have has how what which who when where why many much any some please "
    "share tell us about per can could would will just such as".split()
)


def content_words(text: str) -> set[str]:
    """Lower-case words of ``text`` minus stopwords, for topic matching (accent-free, so
    "möchte" is one word, not "m" and "chte")."""
    bare = strip_accents(fold(text))
    return {w for w in re.findall(r"[a-z0-9]+", bare) if w not in STOPWORDS and len(w) > 1}
