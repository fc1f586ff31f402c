"""The vocabulary of AI-training platforms and task types, and matching text against it.

The vocabulary lives in ``vocab.json`` next to this module (the project's own copy,
started from the evaluation contract's). Matching works on word tokens: case folded,
plurals and -ing/-ed endings folded, longest alias first, and a matched stretch of
text is used once (so "sentiment labeling" is classification, not also labeling).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

VOCAB_PATH = Path(__file__).with_name("vocab.json")
OTHER = "other"
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*|\+")
_CONTEXT_WORDS = {"on", "at", "via", "with", "through", "for", "from"}


def stem(word: str) -> str:
    """A deliberately small stemmer: enough to fold "boxes"/"box", "rating"/"rate"."""
    w = word.casefold()
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ings", "ing", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: -len(suffix)]
            break
    w = re.sub(r"(.)\1$", r"\1", w)  # labell → label
    return w


@dataclass(frozen=True)
class Token:
    text: str
    stem: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), stem(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True)
class Alias:
    term_id: str
    written: str
    stems: tuple[str, ...]
    ambiguous: bool


@dataclass(frozen=True)
class Match:
    term_id: str
    start: int
    end: int
    text: str


class Vocabulary:
    """Platforms and task types, each an id with its aliases (the first is the display name)."""

    def __init__(
        self,
        platforms: dict[str, tuple[str, ...]],
        task_types: dict[str, tuple[str, ...]],
        ambiguous: frozenset[str] = frozenset(),
    ) -> None:
        self.platforms = platforms
        self.task_types = task_types
        self.ambiguous = ambiguous
        self._aliases = {
            "platforms": _compile(platforms, ambiguous),
            "task_types": _compile(task_types, ambiguous),
        }
        self._known_stems = {
            s for aliases in self._aliases.values() for a in aliases for s in a.stems
        }
        self._find: Callable[[str, str], tuple[Match, ...]] = self._scan

    def for_one_message(self) -> Vocabulary:
        """This vocabulary, remembering what it found for as long as one message is read.

        Every field of a job reads the same message: the first reading of a text is kept
        and the rest reuse it. Nothing outlives the message (no candidate text is cached).
        """
        clone = copy.copy(self)
        clone._find = cache(clone._scan)
        return clone

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Vocabulary:
        return cls(
            platforms={k: tuple(v) for k, v in data["platforms"].items()},
            task_types={k: tuple(v) for k, v in data["task_types"].items()},
            ambiguous=frozenset(data.get("ambiguous", ())),
        )

    def display(self, kind: str, term_id: str) -> str:
        table = self.platforms if kind == "platforms" else self.task_types
        names = table.get(term_id) or ()
        return names[0] if names else term_id.replace("_", " ").capitalize()

    def find(self, kind: str, text: str) -> list[Match]:
        """Vocabulary terms of ``kind`` ("platforms" or "task_types") written in ``text``."""
        return list(self._find(kind, text))

    def _scan(self, kind: str, text: str) -> tuple[Match, ...]:
        tokens = tokenize(text)
        used = [False] * len(tokens)
        found: list[Match] = []
        # An alias can only start where its first word is: try those places, not every one.
        starts: dict[str, list[int]] = {}
        for i, token in enumerate(tokens):
            starts.setdefault(token.stem, []).append(i)
        every = range(len(tokens))
        for alias in self._aliases[kind]:
            first = alias.stems[0] if alias.stems else "*"
            places = every if first == "*" else starts.get(first, ())
            resume = 0  # after a match, the alias looks again only past its end
            for i in places:
                if i < resume:
                    continue
                end = _match_at(alias, tokens, i)
                if (
                    end is not None
                    and end > i
                    and not any(used[i:end])
                    and _acceptable(alias, tokens, i)
                ):
                    for j in range(i, end):
                        used[j] = True
                    head, last = tokens[i], tokens[end - 1]
                    found.append(
                        Match(alias.term_id, head.start, last.end, text[head.start : last.end])
                    )
                    resume = end
        if kind == "task_types":
            found += self._near_misses(tokens, used, text)
        return tuple(sorted(found, key=lambda m: m.start))

    def _near_misses(self, tokens: list[Token], used: list[bool], text: str) -> list[Match]:
        """Task words misspelt by one letter ("anotation", "evaluasion"), for long words only.

        A word counts when it is one edit (or one swap) from a one-word task alias of at
        least :data:`FUZZY_MIN` letters, starts with the same two letters, and is itself no
        alias of anything: short or common words ("marking", "bagging") never match.
        """
        found = []
        for i, token in enumerate(tokens):
            word = token.text.casefold()
            if used[i] or len(word) < FUZZY_MIN - 1 or token.stem in self._known_stems:
                continue
            for alias in self._aliases["task_types"]:
                target = alias.written.casefold()
                if (
                    len(alias.stems) == 1
                    and len(target) >= FUZZY_MIN
                    and " " not in target
                    and target[:2] == word[:2]
                    and _one_edit(word, target)
                ):
                    found.append(
                        Match(alias.term_id, token.start, token.end, text[token.start : token.end])
                    )
                    used[i] = True
                    break
        return found

    def known_word(self, word: str) -> bool:
        """Whether ``word`` is part of any alias (to tell unknown names from known ones)."""
        return stem(word) in self._known_stems


FUZZY_MIN = 8


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one insertion, deletion, change or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    if len(a) > len(b):
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def _compile(table: dict[str, tuple[str, ...]], ambiguous: frozenset[str]) -> list[Alias]:
    out = []
    for term_id, names in table.items():
        for name in names:
            stems: list[str] = []
            for piece in re.split(r"(\*)", name):
                if piece == "*":
                    stems.append("*")
                else:
                    stems.extend(t.stem for t in tokenize(piece))
            out.append(Alias(term_id, name, tuple(stems), name in ambiguous))
    # Longest first, so the most specific phrase claims its words.
    return sorted(out, key=lambda a: (-len([s for s in a.stems if s != "*"]), a.written))


def _match_at(alias: Alias, tokens: list[Token], i: int) -> int | None:
    """Index after the match of ``alias`` starting at token ``i``, or None."""

    def walk(a: int, t: int) -> int | None:
        if a == len(alias.stems):
            return t
        part = alias.stems[a]
        if part == "*":
            for skip in range(3):
                end = walk(a + 1, t + skip)
                if end is not None:
                    return end
            return None
        if t < len(tokens) and tokens[t].stem == part:
            return walk(a + 1, t + 1)
        return None

    return walk(0, i)


def _acceptable(alias: Alias, tokens: list[Token], i: int) -> bool:
    if not alias.ambiguous:
        return True
    written = tokens[i].text
    if alias.written.isupper():
        return written == alias.written
    if written[:1].isupper():
        return True
    return i > 0 and tokens[i - 1].text.casefold() in _CONTEXT_WORDS


@cache
def load_vocabulary(path: Path = VOCAB_PATH) -> Vocabulary:
    with path.open(encoding="utf-8") as fh:
        return Vocabulary.from_dict(json.load(fh))
