"""The AI-training experience reader: the platforms and task types a candidate names.

Known names come from the vocabulary; a capitalised name listed beside a known platform, or
standing where a platform goes ("tagging for Playment"), counts as another platform. What
sits inside an explicit negative ("never done annotation") is not read.
"""

from __future__ import annotations

import re

from server.interview.languages import FALSE_FRIENDS
from server.interview.readers.message import Finding, Message
from server.interview.spec import FieldSpec
from server.interview.text import clauses, mask_links
from server.interview.vocab import OTHER, Vocabulary

_DURATION = re.compile(r"\b\d+(?:[.,]\d+)?\s*\+?\s*(?:years?|yrs?|months?|mos?)\b")
_AI_TOPIC = re.compile(
    r"\bai[- ]?(?:training|work|stuff|projects?|tasks?|jobs?|gigs?|data)\b|\bplatforms?\b|"
    r"\b(?:this|that|the\s+same)\s+(?:kind|type|sort|line)\s+of\s+work\b|\btraining\s+ai\b|"
    r"\bdata\s+work\b|\bai\s+companies\b|\bgig\s+platforms?\b|\bdifferent\s+projects\b"
)
_NAME_AFTER = re.compile(r"^\s*(?:,|and|&|or|\+|/)\s*((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){0,2})")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){0,2})\s*(?:,|and|&|or|\+|/)\s*$")
_NOT_NAMES = frozenset(
    "i ai ml llm llms nlp it the a an my and or also then english python js javascript java "
    "sql linkedin facebook github google chatgpt gpt openai hi hello thanks".split()
)


def _unknown_platforms(
    text: str, known: list[tuple[int, int]], vocab: Vocabulary, brands_only: bool = False
) -> list[str]:
    """Capitalised names listed next to a known platform ("Toloka and Hive Micro")."""
    names = []
    for start, end in known:
        for m in (_NAME_AFTER.match(text[end:]), _NAME_BEFORE.search(text[:start])):
            if not m:
                continue
            name = m.group(1)
            words = name.split()
            if all(w.casefold() in _NOT_NAMES or vocab.known_word(w) for w in words):
                continue
            if brands_only and not _is_name(name, vocab, brands_only):
                continue
            if vocab.find("platforms", name) or vocab.find("task_types", name):
                continue
            names.append(name)
    return names


_NAME = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
_SLOT_NAME = re.compile(
    rf"\b(?:on|at|for|with|via|through|bei|auf|f[üu]r|mit|en|para|con|em|na|no|com|chez|sur"
    rf"|pour|avec|su|per|presso)\s+({_NAME})"
)
_NAME_LIST = re.compile(rf"\s*({_NAME})((?:\s*(?:,|and|&|/|or)\s*{_NAME})*)\s*")
_NOT_PLATFORM = _NOT_NAMES | frozenset(
    "yes no yeah sure ok okay mostly mainly also both some lots mostly just only recently "
    "currently before since monday tuesday wednesday thursday friday saturday sunday january "
    "february march april may june july august september october november december spanish "
    "french german chinese mandarin hindi arabic portuguese japanese korean italian russian "
    "dutch turkish polish urdu bengali tagalog swahili amazon microsoft meta apple youtube "
    "upwork fiverr freelancer".split()
)


def _is_name(name: str, vocab: Vocabulary, brands_only: bool = False) -> bool:
    """A capitalised name no vocabulary knows. ``brands_only`` (German, which capitalises
    every noun) wants a brand's look: an inner capital or a digit ("TaskUs", "Remo2")."""
    if brands_only and not re.search(r"(?<=\w)[A-Z]|\d", name):
        return False
    words = [w.casefold().strip(".") for w in name.split()]
    return (
        words[0] not in _NOT_PLATFORM
        and not vocab.known_word(words[0])
        and any(w not in _NOT_PLATFORM and not vocab.known_word(w) for w in words)
    )


def _named_in_slots(
    sentence: str, clause_list: list[str], vocab: Vocabulary, brands_only: bool = False
) -> bool:
    """Whether a sentence that names tasks or platforms also names an unlisted platform.

    The signal is a capitalised name where a platform goes: after "on"/"at"/"for"/"with"
    ("tagging for Playment"), or a clause that is nothing but names ("Playment and Cogito,
    image tagging"). A lone capitalised first word must look like a brand (an inner capital
    or a digit) since every sentence starts with a capital.
    """
    if sentence.isupper() or sentence == sentence.lower():
        return False
    for m in _SLOT_NAME.finditer(sentence):
        if _is_name(m.group(1), vocab, brands_only) and not vocab.find("platforms", m.group(1)):
            return True
    if len(clause_list) < 2:
        return False
    for clause in clause_list:
        listed = _NAME_LIST.fullmatch(clause)
        if not listed:
            continue
        names = [listed.group(1)] + [
            n for n in re.split(r"\s*(?:,|\band\b|&|/|\bor\b)\s*", listed.group(2)) if n
        ]
        names = [
            n for n in names if _is_name(n, vocab, brands_only) and not vocab.find("platforms", n)
        ]
        if not names:
            continue
        lone_first = len(names) == 1 and " " not in names[0] and sentence.startswith(names[0])
        if lone_first and not re.search(r"(?<=\w)[A-Z]|\d", names[0]):
            continue
        return True
    return False


_NOT_BEFORE_TERM = re.compile(
    r"(?:\bnot|\bnor|\bno|\bni|\bnicht|\bweder|\bnoch|\bpas|\bnem|\bnon|\bne|\bnunca|\bnever"
    r"|\bn[aã]o)\s+(?:(?:was|were|era|war|etait|était|foi|fue|is|es|é|e)\s+)?"
    r"(?:(?:even|in|en|on|at|bei|auf|su|chez|no|na|em|con|with|mit|avec|com|sur|a|de)\s+)?$",
    re.IGNORECASE,
)


def _turned_down(clause: str, start: int, end: int) -> bool:
    before = clause[max(0, start - 16) : start]
    after = clause[end:]
    return bool(_NOT_BEFORE_TERM.search(before)) or (
        bool(
            re.match(
                r"^\s*(?:\w+\s+){0,3}?(?:ich|wir)\s+(?:noch\s+)?(?:nicht|nie|niemals)\b"
                r"|^\s*(?:nicht|nie)\b",
                after,
                re.I,
            )
        )
        or bool(re.match(r"^\s*(?:,\s*)?(?:not|no)\s*[.,;]", after, re.I))
    )


def read_ai_experience(
    spec: FieldSpec, msg: Message, vocab: Vocabulary, negated: list[str]
) -> list[Finding]:
    """Platforms and task types named outside a negative ("never done annotation")."""
    platforms: list[str] = []
    tasks: list[str] = []
    evidence: list[str] = []
    for sentence in msg.sentences:
        for clause in clauses(mask_links(sentence)):
            scope = next((n for n in negated if n and n in clause), None)
            found_p = vocab.find("platforms", clause)
            found_t = [
                m
                for m in vocab.find("task_types", clause)
                if m.text.casefold() not in FALSE_FRIENDS.get(msg.lang, ())
            ]
            # "Not Scale, not Remotasks", "ni en Scale ni en Outlier", "Red Teaming mache ich
            # nicht": a term turned down is no experience.
            found_p = [m for m in found_p if not _turned_down(clause, m.start, m.end)]
            found_t = [m for m in found_t if not _turned_down(clause, m.start, m.end)]
            if scope is not None:
                cut = clause.index(scope)
                found_p = [m for m in found_p if m.start < cut]
                found_t = [m for m in found_t if m.start < cut]
            # A platform's name ("Label Studio") is not also a task ("labeling").
            found_t = [
                t for t in found_t if not any(p.start < t.end and t.start < p.end for p in found_p)
            ]
            ids_p = [m.term_id for m in found_p]
            brands_only = msg.lang == "de"
            if found_p and _unknown_platforms(
                clause, [(m.start, m.end) for m in found_p], vocab, brands_only
            ):
                ids_p.append(OTHER)
            if ids_p or found_t:
                evidence.append(sentence)
                if OTHER not in platforms + ids_p and _named_in_slots(
                    mask_links(sentence), clauses(mask_links(sentence)), vocab, brands_only
                ):
                    ids_p.append(OTHER)
            platforms += [p for p in ids_p if p not in platforms]
            for m in found_t:
                if m.term_id not in tasks:
                    tasks.append(m.term_id)
    if platforms or tasks:
        value = {"platforms": platforms, "task_types": tasks}
        return [Finding("answered", value, " ".join(dict.fromkeys(evidence)))]
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        if _AI_TOPIC.search(d) and not _DURATION.search(d):
            return [
                Finding(
                    "vague",
                    None,
                    sentence,
                    "I need the platforms you worked on and the kinds of tasks",
                )
            ]
    return []
