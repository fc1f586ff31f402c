"""Field types: read a value of each type out of a candidate's words, validate, normalise.

Each reader takes a :class:`Message` (one candidate message, already stripped of
text that tries to instruct the system) and returns :class:`Finding` objects:
what the message says about one field, with the candidate's own words as
evidence. Readers only report what they are sure of; deciding between findings
and what to ask next is :mod:`server.interview.understand`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from server.interview.spec import FieldSpec, FieldType, Status
from server.interview.text import (
    clauses,
    content_words,
    find_emails,
    find_urls,
    fold,
    mask_links,
    numbers_to_digits,
    sentences,
)
from server.interview.vocab import OTHER, Vocabulary


@dataclass(frozen=True)
class Finding:
    """What one message says about one field."""

    status: Status
    value: Any = None
    evidence: str = ""
    reason: str | None = None
    source: str = "parser"


@dataclass
class Message:
    """One candidate message, prepared once for every reader."""

    text: str
    asked: FieldSpec | None = None
    sentences: list[str] = field(default_factory=list)
    digits: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, asked: FieldSpec | None = None) -> Message:
        sents = sentences(text)
        return cls(text, asked, sents, [numbers_to_digits(mask_links(s)) for s in sents])

    def is_asked(self, spec: FieldSpec) -> bool:
        return self.asked is not None and self.asked.key == spec.key


# ------------------------------------------------------------------ LinkedIn URL

_LINKEDIN_HOST = re.compile(r"^(?:[a-z0-9-]+\.)*linkedin\.com$")
_SLUG = re.compile(r"^[\w%.-]{2,100}$", re.UNICODE)
_LINKEDIN_PAGES = {
    "company": "that is a company page, not a personal profile",
    "school": "that is a school page, not a personal profile",
    "showcase": "that is a company showcase page, not a personal profile",
    "posts": "that is a link to a post, not to your profile",
    "feed": "that is a link to a post, not to your profile",
    "pulse": "that is a link to an article, not to your profile",
    "jobs": "that is a job listing, not your profile",
    "groups": "that is a group page, not your profile",
    "events": "that is an event page, not your profile",
}


def normalise_linkedin(url: str) -> tuple[str | None, str | None]:
    """``(normalised profile URL, None)`` or ``(None, reason it is not a profile URL)``."""
    raw = url.strip()
    if EMAIL := find_emails(raw):
        return None, f"{EMAIL[0]} is an e-mail address, not a LinkedIn profile link"
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    host = (parts.hostname or "").casefold()
    if host in {"lnkd.in", "linked.in"}:
        return None, "that is a shortened link; please paste the full profile address"
    if not _LINKEDIN_HOST.match(host):
        site = host.removeprefix("www.") or "that"
        return None, f"{site} is not LinkedIn; I need a linkedin.com/in/ profile link"
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return None, "that is LinkedIn's home page, not your profile"
    head = segments[0].casefold()
    if head in _LINKEDIN_PAGES:
        return None, _LINKEDIN_PAGES[head]
    if head != "in":
        return None, "that is not a profile link (those look like linkedin.com/in/your-name)"
    if len(segments) < 2:
        return None, "the link stops before the profile name"
    slug = unquote(segments[1])
    if not _SLUG.match(slug):
        return None, "the profile name in that link does not look right"
    return f"https://www.linkedin.com/in/{segments[1]}", None


def read_linkedin(spec: FieldSpec, msg: Message) -> list[Finding]:
    findings: list[Finding] = []
    about_it = msg.is_asked(spec) or "linkedin" in fold(msg.text)
    for sentence in msg.sentences:
        for url in find_urls(sentence):
            value, reason = normalise_linkedin(url)
            if value:
                findings.append(Finding("answered", value, sentence))
            elif "linkedin" in url.casefold() or "lnkd.in" in url.casefold() or about_it:
                findings.append(Finding("invalid", None, sentence, reason))
        for email in find_emails(sentence):
            if about_it:
                findings.append(
                    Finding("invalid", None, sentence,
                            f"{email} is an e-mail address, not a LinkedIn profile link")
                )
    if not findings:
        for sentence in msg.sentences:
            if re.search(r"\blinked\s?in\b", sentence, re.IGNORECASE):
                findings.append(
                    Finding("vague", None, sentence, "I need the link to the profile itself")
                )
                break
    return findings


# ----------------------------------------------------------- AI-training experience

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


def _unknown_platforms(text: str, known: list[tuple[int, int]], vocab: Vocabulary) -> list[str]:
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
            if vocab.find("platforms", name) or vocab.find("task_types", name):
                continue
            names.append(name)
    return names


_NAME = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
_SLOT_NAME = re.compile(rf"\b(?:on|at|for|with|via|through)\s+({_NAME})")
_NAME_LIST = re.compile(rf"\s*({_NAME})((?:\s*(?:,|and|&|/|or)\s*{_NAME})*)\s*")
_NOT_PLATFORM = _NOT_NAMES | frozenset(
    "yes no yeah sure ok okay mostly mainly also both some lots mostly just only recently "
    "currently before since monday tuesday wednesday thursday friday saturday sunday january "
    "february march april may june july august september october november december spanish "
    "french german chinese mandarin hindi arabic portuguese japanese korean italian russian "
    "dutch turkish polish urdu bengali tagalog swahili amazon microsoft meta apple youtube "
    "upwork fiverr freelancer".split()
)


def _is_name(name: str, vocab: Vocabulary) -> bool:
    words = [w.casefold().strip(".") for w in name.split()]
    return words[0] not in _NOT_PLATFORM and not vocab.known_word(words[0]) and any(
        w not in _NOT_PLATFORM and not vocab.known_word(w) for w in words)


def _named_in_slots(sentence: str, clause_list: list[str], vocab: Vocabulary) -> bool:
    """Whether a sentence that names tasks or platforms also names an unlisted platform.

    The signal is a capitalised name where a platform goes: after "on"/"at"/"for"/"with"
    ("tagging for Playment"), or a clause that is nothing but names ("Playment and Cogito,
    image tagging"). A lone capitalised first word must look like a brand (an inner capital
    or a digit) since every sentence starts with a capital.
    """
    if sentence.isupper() or sentence == sentence.lower():
        return False
    for m in _SLOT_NAME.finditer(sentence):
        if _is_name(m.group(1), vocab) and not vocab.find("platforms", m.group(1)):
            return True
    if len(clause_list) < 2:
        return False
    for clause in clause_list:
        m = _NAME_LIST.fullmatch(clause)
        if not m:
            continue
        names = [m.group(1)] + [n for n in re.split(r"\s*(?:,|\band\b|&|/|\bor\b)\s*",
                                                    m.group(2)) if n]
        names = [n for n in names if _is_name(n, vocab) and not vocab.find("platforms", n)]
        if not names:
            continue
        lone_first = (len(names) == 1 and " " not in names[0] and sentence.startswith(names[0]))
        if lone_first and not re.search(r"(?<=\w)[A-Z]|\d", names[0]):
            continue
        return True
    return False


def read_ai_experience(spec: FieldSpec, msg: Message, vocab: Vocabulary,
                       negated: list[str]) -> list[Finding]:
    """Platforms and task types named outside a negative ("never done annotation")."""
    platforms: list[str] = []
    tasks: list[str] = []
    evidence: list[str] = []
    for sentence in msg.sentences:
        for clause in clauses(mask_links(sentence)):
            scope = next((n for n in negated if n and n in clause), None)
            found_p = vocab.find("platforms", clause)
            found_t = vocab.find("task_types", clause)
            if scope is not None:
                cut = clause.index(scope)
                found_p = [m for m in found_p if m.start < cut]
                found_t = [m for m in found_t if m.start < cut]
            # A platform's name ("Label Studio") is not also a task ("labeling").
            found_t = [t for t in found_t
                       if not any(p.start < t.end and t.start < p.end for p in found_p)]
            ids_p = [m.term_id for m in found_p]
            if found_p and _unknown_platforms(clause, [(m.start, m.end) for m in found_p], vocab):
                ids_p.append(OTHER)
            if ids_p or found_t:
                evidence.append(sentence)
                if OTHER not in platforms + ids_p and _named_in_slots(
                        mask_links(sentence), clauses(mask_links(sentence)), vocab):
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
            return [Finding("vague", None, sentence,
                            "I need the platforms you worked on and the kinds of tasks")]
    return []


# --------------------------------------------------------------- generic types

_YES = re.compile(
    r"^\s*(?:yes|yeah|yep|yup|ya|yea|sure|of\s+course|definitely|absolutely|certainly|correct|"
    r"indeed|i\s+do|i\s+am|i\s+have|i\s+can|i\s+will|affirmative|ok(?:ay)?|y)\b", re.IGNORECASE)
_NO = re.compile(
    r"^\s*(?:no|nope|nah|not\s+really|never|negative|i\s+do\s*n[o']?t|i'?m\s+not|i\s+am\s+not|"
    r"i\s+have\s*n[o']?t|i\s+ca\s*n[o']?t|i\s+won'?t|n)\b", re.IGNORECASE)


def read_yes_no(spec: FieldSpec, msg: Message) -> list[Finding]:
    if not msg.is_asked(spec) or not msg.sentences:
        return []
    first = msg.sentences[0]
    if _NO.match(first):
        return [Finding("answered", False, first)]
    if _YES.match(first):
        return [Finding("answered", True, first)]
    return []


def read_choice(spec: FieldSpec, msg: Message) -> list[Finding]:
    choices = spec.choices or ()
    folded = fold(msg.text)
    hits = [c for c in choices if re.search(rf"(?<!\w){re.escape(fold(c))}(?!\w)", folded)]
    if len(hits) == 1:
        evidence = next((s for s in msg.sentences if fold(hits[0]) in fold(s)), msg.text)
        return [Finding("answered", hits[0], evidence)]
    if len(hits) > 1 and msg.is_asked(spec):
        return [Finding("vague", None, msg.text, "please pick just one of the options")]
    if msg.is_asked(spec) and len(msg.text) < 40 and re.fullmatch(r"\s*\d\s*\.?\s*", msg.text):
        index = int(msg.text.strip(" .")) - 1
        if 0 <= index < len(choices):
            return [Finding("answered", choices[index], msg.text)]
    return []


TEXT_LIMITS: dict[str, int] = {"short_text": 200, "long_text": 2000}


def validate_text(spec: FieldSpec, value: str) -> tuple[str | None, str | None]:
    value = re.sub(r"\s+", " ", value).strip()
    if len(value) < 2 or not re.search(r"\w", value):
        return None, "that answer is empty"
    return value[: TEXT_LIMITS.get(spec.type, 2000)], None


# ------------------------------------------------------------------------ helpers

def subject_words(spec: FieldSpec, vocab: Vocabulary) -> set[str]:
    """Words that say a sentence is about this field's subject."""
    words = content_words(spec.label) - _GENERIC
    if ai_related(spec):
        words |= _AI_WORDS
    return words


def ai_related(spec: FieldSpec) -> bool:
    """Whether a field is about AI-training work (its vocabulary then names its subject)."""
    return spec.type == "ai_training_experience" or bool(
        content_words(f"{spec.label} {spec.description}") & _AI_WORDS
    )


def mentions_subject(spec: FieldSpec, text: str, vocab: Vocabulary) -> bool:
    """Whether ``text`` is about this field's subject: its words, or the vocabulary's terms."""
    if content_words(text) & subject_words(spec, vocab):
        return True
    return ai_related(spec) and bool(
        vocab.find("platforms", text) or vocab.find("task_types", text)
    )


_GENERIC = frozenset(
    "years year long experience number many much how what which your you candidate "
    "time work worked kinds kind type types done have has such as".split()
)
_AI_WORDS = frozenset(
    "ai training annotation annotating labeling labelling labeler annotator rlhf data "
    "rater rating tasker evaluator".split()
)

TYPE_TOPICS: dict[FieldType, re.Pattern[str]] = {
    "linkedin_url": re.compile(r"\blinked\s?in\b|\bprofile\b|\bsocial\s+media\b|\bsocials\b"),
    "years": re.compile(r"\byears?\b|\bmonths?\b|\bexperience\b"),
    "hours_per_week": re.compile(r"\bhours?\b|\bhrs\b|\bavailability\b|\bcommit\b|\bper\s+week\b"),
    "ai_training_experience": re.compile(
        r"\bai\b|\bexperience\b|\bannotat\w*|\blabel+ing\b|\bplatforms?\b|\btasks?\b|\bwork\b"),
}
