"""Vocabulary matching: the indexed, remembered ``find`` gives exactly what a scan of every
alias at every word gives, in time that does not grow with the vocabulary's size."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from server.interview.vocab import (
    Match,
    Vocabulary,
    _acceptable,
    _match_at,
    load_vocabulary,
    tokenize,
)

VOCAB = load_vocabulary()
WORDS = sorted(
    {
        w
        for names in (*VOCAB.platforms.values(), *VOCAB.task_types.values())
        for n in names
        for w in n.replace("*", " ").split()
    }
    | {"on", "at", "I", "did", "and", "with", "the", "for", "years", "labeling", "Scale", "AI"}
)


def scan_every_position(vocab: Vocabulary, kind: str, text: str) -> list[Match]:
    """The reference: every alias tried at every word, as the first version did."""
    tokens = tokenize(text)
    used = [False] * len(tokens)
    found: list[Match] = []
    for alias in vocab._aliases[kind]:
        i = 0
        while i < len(tokens):
            end = _match_at(alias, tokens, i)
            if (
                end is not None
                and end > i
                and not any(used[i:end])
                and _acceptable(alias, tokens, i)
            ):
                for j in range(i, end):
                    used[j] = True
                first, last = tokens[i], tokens[end - 1]
                piece = text[first.start : last.end]
                found.append(Match(alias.term_id, first.start, last.end, piece))
                i = end
            else:
                i += 1
    if kind == "task_types":
        found += vocab._near_misses(tokens, used, text)
    return sorted(found, key=lambda m: m.start)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from(["platforms", "task_types"]))
def test_find_matches_the_full_scan(words: list[str], kind: str) -> None:
    text = " ".join(words)
    assert VOCAB.find(kind, text) == scan_every_position(VOCAB, kind, text)


def test_one_message_reading_remembers_and_nothing_outlives_it() -> None:
    text = "RLHF ranking on Outlier and Scale AI"
    reading = VOCAB.for_one_message()
    first = reading.find("platforms", text)
    first.clear()  # a caller changing its list cannot change what is remembered
    assert [m.term_id for m in reading.find("platforms", text)] != []
    assert reading._find.cache_info().hits == 1  # type: ignore[attr-defined]
    assert not hasattr(VOCAB._find, "cache_info")  # the shared vocabulary keeps no text
