"""Lexical evidence for rubric judgement, and the keyword-overlap baseline it is measured against.

Words are compared as crude stems: folded (case, accents), stopwords of the six product
languages dropped, cut to their first :data:`STEM` characters, so "annotators" meets
"annotation" and "versión" meets "version". Numbers count as words. Nothing here knows
any rubric; it is the same for every question.

:func:`baseline` is the bar the model judge must clear: a point is covered when at least
half of its content stems occur in the answer, partial from a fifth, missing below.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from server.interview.text import fold

STEM = 5
COVERED_SHARE = 0.5
PARTIAL_SHARE = 0.2

# fmt: off
STOPWORDS = frozenset("""
a an the of to in on at for from by with and or but not no nor is are was were be been being
it its this that these those there their they them he she his her we our you your i me my
do does did done have has had will would can could should may might must shall as if than then
so such into onto over under about after before between through during each every all any some
more most other another same own only very also just how what which who whom when where why
e.g eg i.e ie etc per via up out off again further once here both few many much
el la los las un una unos unas de del al y o u en con por para que se su sus es son fue lo como
mas pero sin sobre entre cuando donde muy ya le les nos
der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war mit von zu
im am auf fur für bei aus wie wenn dass ich sie wir es er auch nur noch
le la les un une des du de et ou mais pas est sont avec pour par dans sur que qui ce cette
ces il elle nous vous je au aux se sa son ses leur
o a os as um uma uns umas de do da dos das e ou mas nao não em no na nos nas com por para que
é sao são se seu sua
il lo la gli le un uno una di da e o ma non è sono con per tra fra che si suo sua nel nella
""".split())
# fmt: on

_WORD = re.compile(r"[^\W_]+(?:[.,][0-9]+)*", re.UNICODE)


def stems(text: str) -> set[str]:
    """Content stems of ``text``: folded words minus stopwords, cut to :data:`STEM` letters."""
    out = set()
    for word in _WORD.findall(fold(text)):
        if word in STOPWORDS:
            continue
        if word[0].isdigit():
            out.add(word)
        elif len(word) > 1:
            out.add(word[:STEM])
    return out


def overlap(point: str, text: str) -> float:
    """Share of ``point``'s content stems that occur in ``text`` (0 when it has none)."""
    wanted = stems(point)
    if not wanted:
        return 0.0
    return len(wanted & stems(text)) / len(wanted)


def best_sentence(point: str, sentences: Sequence[str]) -> tuple[str | None, float]:
    """The sentence sharing most of ``point``'s stems, and that share."""
    best: str | None = None
    share = 0.0
    for sentence in sentences:
        value = overlap(point, sentence)
        if value > share:
            best, share = sentence, value
    return best, share


def baseline(
    key_points: Sequence[str], sentences: Sequence[str], answer: str
) -> tuple[list[Literal["covered", "partial", "missing"]], list[str | None]]:
    """Keyword-overlap judgement of each point, with the best-matching sentence as quote."""
    labels: list[Literal["covered", "partial", "missing"]] = []
    quotes: list[str | None] = []
    for point in key_points:
        share = overlap(point, answer)
        quote, _ = best_sentence(point, sentences)
        if share >= COVERED_SHARE and quote is not None:
            labels.append("covered")
            quotes.append(quote)
        elif share >= PARTIAL_SHARE and quote is not None:
            labels.append("partial")
            quotes.append(quote)
        else:
            labels.append("missing")
            quotes.append(None)
    return labels, quotes


# Examples in a key point ("e.g. Git", "(projector, screen)", "such as badges") are options,
# not requirements: names given there are not looked for.
_EXAMPLES = re.compile(
    r"\([^)]*\)|(?:\b(?:e\.\s?g|i\.\s?e|z\.\s?b|p\.\s?ex)\.|\b(?:eg|such\s+as|like|for\s+example"
    r"|for\s+instance|por\s+ejemplo|por\s+exemplo|ad\s+esempio|par\s+exemple)\b).*?"
    r"(?=[.;:]|$)",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?<![.:;!?]\s)(?<!^)\b([A-Z][a-z][\w-]*)(?:'s|')?")


def names(point: str) -> list[str]:
    """Proper names a key point requires: capitalised words (not its first word, not after a
    colon or full stop, not acronyms) outside its examples."""
    body = _EXAMPLES.sub(" ", point).strip()
    return [m.group(1) for m in _NAME.finditer(body)]


def names_missing(point: str, answer: str) -> bool:
    """Whether the point requires a name the answer never gives (a name is not paraphrased)."""
    words = set(_WORD.findall(fold(answer)))
    return any(fold(name) not in words for name in names(point))
