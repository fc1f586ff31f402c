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

from server.interview.languages import FALSE_FRIENDS, strip_accents
from server.interview.spec import FieldSpec, Status
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
    lang: str = "en"

    @classmethod
    def of(cls, text: str, asked: FieldSpec | None = None, lang: str = "en") -> Message:
        sents = sentences(text)
        return cls(
            text, asked, sents, [numbers_to_digits(mask_links(s), lang) for s in sents], lang
        )

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
                    Finding(
                        "invalid",
                        None,
                        sentence,
                        f"{email} is an e-mail address, not a LinkedIn profile link",
                    )
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


# --------------------------------------------------------------- generic types

# Words that open a yes or a no, in the six languages (accent-folded, lower case).
_YES_WORDS = (
    r"yes|yeah|yep|yup|ya|yea|sure|of course|definitely|absolutely|certainly|correct"
    r"|indeed|affirmative|si|claro|por supuesto|desde luego|ja|jawohl|jep|klar"
    r"|naturlich|selbstverstandlich|gerne?|oui|ouais|bien sur|evidemment"
    r"|tout a fait|absolument|sim|com certeza|certo|certamente|assolutamente"
    r"|esatto|ok(?:ay)?|y"
)
_NO_WORDS = (
    r"no|nope|nah|not really|never|negative|nein|nee|non|nao|nunca|jamais|mai"
    r"|leider nicht|pas vraiment|not at all|not yet|todavia no|aun no|ainda nao"
    r"|noch nicht|pas encore|non ancora|n"
)
_YES = re.compile(rf"^(?:{_YES_WORDS})\b(?!\s+(?:but|pero|aber|mais|mas|ma)\b)")
_NO = re.compile(rf"^(?:{_NO_WORDS})\b")
# "No problem" and its kin are a yes, though they open with a no.
NO_PROBLEM = re.compile(
    r"\b(?:no|not\s+a|kein|keine|aucun|pas\s+de|sans|sin|ningun|nenhum|sem|nessun|senza)\s+"
    r"(?:problems?|problemas?|probleme?|problemi|problema|worries|issue|thema|souci)\b"
    r"|\bworks?\s+(?:for|with)\s+me\b|\bfine\s+(?:with|by|for)\s+me\b"
    r"|\b(?:me\s+va\s+bien|me\s+viene\s+bien|passt\s+(?:mir|gut)|ca\s+me\s+va"
    r"|me\s+convient|va\s+bene|tudo\s+bem)\b"
)
# Words that make a "yes" the model reads checkable: a yes-word, or having or being able.
YES_GROUND = re.compile(
    rf"\b(?:{_YES_WORDS}|have|has|had|got|hold|own|can|tengo|tiene|tenho|tem|habe|hab|ho|ha"
    r"|j'ai|ai|posso|puedo|kann|peux|possuo|possiedo|bin|sono|soy|sou|suis)\b"
)
# A negation anywhere in a clause ("I can't", "je ne peux pas", "kein", "não").
NEGATION = re.compile(
    r"\bnot\b|n't\b|\bnever\b|\bno\b|\bnicht\b|\bkein\w*|\bnie\b|\bne\b|\bn'|\bpas\b"
    r"|\bjamais\b|\baucune?\b|\bnunca\b|\bnao\b|\bnon\b|\bmai\b|\bsin\b|\bsem\b"
    r"|\bsenza\b|\bohne\b|\bsans\b|\bningun[oa]?\b|\bnenhum[a]?\b|\bnessun[oa]?\b"
    r"|\bcannot\b|\bwithout\b|\bnone\b"
)


# Something the candidate had and no longer holds ("it ran out last year", "se venció").
_EXPIRED = re.compile(
    r"\b(?:expired|lapsed|ran\s+out|run\s+out|no\s+longer|used\s+to\s+have|caduc\w*|vencid\w*"
    r"|se\s+venci\w*|venceu|expirou|abgelaufen|ausgelaufen|expir[ée]\w*|perim[ée]\w*|scadut\w*)\b"
)


# Something the candidate will have, not has ("my test is booked for January").
NOT_YET = re.compile(
    r"\b(?:expired|lapsed|ran\s+out|booked|scheduled|provisional|learner|will\s+(?:get|have|take)"
    r"|going\s+to\s+(?:get|take)|next\s+(?:month|week|year)|el\s+mes\s+que\s+viene|me\s+examino"
    r"|proximo\s+mes|no\s+proximo|nachsten\s+monat|bald|le\s+mois\s+prochain|bientot"
    r"|il\s+mese\s+prossimo|presto)\b"
)


def negated(flat: str, lang: str = "en") -> bool:
    """Whether accent-free ``flat`` holds a negation; Portuguese "no" is "in the"."""
    if lang == "pt":
        flat = re.sub(r"\bno\b", " ", flat)
    return bool(NEGATION.search(flat))


# Not a yes or a no: it depends, maybe, not sure; and "if" (a condition is not an answer).
_UNDECIDED = re.compile(
    r"\b(?:depends?|depending|maybe|perhaps|not\s+sure|unsure|possibly|it\s+varies"
    r"|depende|quizas?|tal\s+vez|a\s+lo\s+mejor|kommt\s+(?:darauf|drauf)\s+an|vielleicht"
    r"|eventuell|mal\s+sehen|ca\s+depend|peut-etre|je\s+ne\s+sais\s+pas|talvez|nao\s+sei"
    r"|dipende|forse|non\s+so|if|si\s+(?:es|hace)|wenn|falls|se\s+(?:for|possivel)"
    r"|any(?:\s+\w+)?\s+(?:is|are|would\s+be)\s+fine|whatever|either|cualquiera|me\s+da\s+igual"
    r"|egal|n'importe|peu\s+importe|qualquer|tanto\s+faz|qualsiasi|indifferente)\b"
)
_GREETING = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|hola|buen[oa]s"
    r"(?:\s+(?:dias|tardes|noches))?|hallo|guten\s+(?:tag|morgen|abend)|servus|moin|bonjour"
    r"|bonsoir|salut|ola|oi|bom\s+dia|boa\s+(?:tarde|noite)|buongiorno|buonasera|ciao|salve"
    r"|there|thanks|thank\s+you|gracias|danke|merci|obrigad[oa]|grazie)\b[\s,.!:;-]*)+"
)
_DECLINE_HINT = re.compile(
    r"\b(?:rather\s+not|prefer\s+not|prefiero\s+no|prefiro\s+nao|preferisco\s+non"
    r"|prefere\s+ne\s+pas|keine\s+angaben?|lieber\s+nicht|no\s+quiero\s+decir"
    r"|ne\s+souhaite\s+pas|nao\s+quero|non\s+voglio)\b"
)


def plain(text: str) -> str:
    """Accent-free, case-folded: the form the six-language word lists are written in."""
    return strip_accents(fold(text))


def stems(text: str) -> set[str]:
    """Five-letter stems of a text's content words, in any of the six languages."""
    words = re.findall(r"[a-z0-9]+", plain(text).replace("-", ""))
    return {w[:5] for w in words if len(w) > 3 and w not in _ANY_STOPWORDS}


def about_field(spec: FieldSpec, text: str) -> bool:
    """Whether ``text`` names the field's own subject (a stem of a word of its label)."""
    own = stems(spec.label) - _GENERIC_STEMS
    words = re.findall(r"[a-z0-9]+", plain(text).replace("-", ""))
    return any(w.startswith(stem) for w in words if len(w) > 3 for stem in own)


def _polarity(clause: str) -> bool | None:
    flat = _GREETING.sub("", plain(clause)).strip(" ,.!")
    if not flat:
        return None
    if NO_PROBLEM.search(flat):
        return True
    if _NO.match(flat):
        return False
    if _YES.match(flat):
        return True
    return None


def read_yes_no(spec: FieldSpec, msg: Message) -> list[Finding]:
    """A yes or a no, in any of the six languages, direct ("sí", "nein") or stated
    ("I've had my licence since 2015", "je ne peux pas le week-end")."""
    asked = msg.is_asked(spec)
    # A sentence that only greets ("Hola.") does not count as the first one.
    content = [t for t in msg.sentences if _GREETING.sub("", plain(t)).strip(" ,.!?")]
    for n, sentence in enumerate(content):
        flat = plain(sentence)
        if _DECLINE_HINT.search(flat) or sentence.rstrip().endswith("?"):
            continue
        parts = clauses(sentence)
        for clause in parts:
            short = len(clause.split()) <= 3
            if asked and (n == 0 or short):
                polarity = _polarity(clause)
                if polarity is not None:
                    return [Finding("answered", polarity, sentence)]
        # The clause that names the field speaks for it ("I have a licence, no car").
        named_in = [c for c in parts if about_field(spec, c)]
        named = bool(named_in)
        if not (named or (asked and n == 0)):
            continue
        body = _GREETING.sub("", plain(named_in[0]) if named_in else flat)
        if _UNDECIDED.search(body):
            if asked:
                return [Finding("vague", None, sentence, "I'm looking for a yes or a no")]
            continue
        if NO_PROBLEM.search(body):
            return [Finding("answered", True, sentence)]
        if negated(body, msg.lang) or _EXPIRED.search(flat):
            return [Finding("answered", False, sentence)]
        if named:
            return [Finding("answered", True, sentence)]
    return []


_NEGATED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bno|\bnicht|\bkein\w*|\bpas|\bnao|\bnon|\binstead\s+of|\brather\s+than"
    r"|\bstatt|\banstatt|\ben\s+lugar\s+de|\bau\s+lieu\s+d[eu']|\binvece\s+d\w*|\bem\s+vez\s+de)"
    r"(?:\s+\S+){0,2}\s*$"
)


_PREFER = (
    r"\b(?:prefer\w*|prefier\w*|rather|ideally|best|lieber|liebsten|bevorzug\w*"
    r"|prefere\w*|plutot"
    r"|prefiro|preferisco|preferirei|meglio|mejor|melhor|me\s+gustaria|i'?d\s+like"
    r"|i\s+(?:choose|pick|go\s+for|want)|finalmente|finalement|pensandolo\s+mejor)"
)


def read_choice(spec: FieldSpec, msg: Message) -> list[Finding]:
    """One of the job's choices, named in the message and not negated ("a van, not a car")."""
    choices = spec.choices or ()
    flat = plain(msg.text)
    hits = []
    for choice in choices:
        # "las noches", "weekends": a plural names the choice too.
        spans = [
            m.start()
            for m in re.finditer(rf"(?<!\w){re.escape(plain(choice))}(?:e?s)?(?!\w)", flat)
        ]
        # A choice the candidate turns down anywhere ("a van, not a car ... my car is small")
        # is not their choice.
        if spans and not any(_NEGATED_BEFORE.search(flat[max(0, p - 30) : p]) for p in spans):
            hits.append(choice)
    if len(hits) > 1:
        # "Prefiero la mañana, que por la tarde recojo a mi hija": the preferred one.
        preferred = [
            c
            for c in hits
            if re.search(rf"{_PREFER}(?:\W+\w+){{0,4}}?\W+{re.escape(plain(c))}(?!\w)", flat)
        ]
        hits = preferred if len(preferred) == 1 else hits
    if len(hits) == 1:
        evidence = next((s for s in msg.sentences if plain(hits[0]) in plain(s)), msg.text)
        return [Finding("answered", hits[0], evidence)]
    if len(hits) > 1 and msg.is_asked(spec):
        return [Finding("vague", None, msg.text, "please pick just one of the options")]
    if msg.is_asked(spec) and len(msg.text) < 40 and re.fullmatch(r"\s*\d\s*\.?\s*", msg.text):
        index = int(msg.text.strip(" .")) - 1
        if 0 <= index < len(choices):
            return [Finding("answered", choices[index], msg.text)]
    if msg.is_asked(spec) and _UNDECIDED.search(plain(msg.text)):
        return [Finding("vague", None, msg.text, "please pick one of the options")]
    return []


# Function words of the six languages, left out of a field's subject.
_ANY_STOPWORDS = frozenset(
    "the and for with your you have this that what which how many much from about will would "
    "does can could their there they them when where who whom into over than then very "
    "para por con los las del una unos unas que como cual cuantos cuantas usted esta este "
    "tiene puede trabajar "
    "der die das und mit fur von eine einen einem haben sind sie ihre ihr wie viele welche "
    "welcher bereits schon auch oder nach "
    "les des une avec pour dans vous votre quel quelle quels quelles combien etes avez sont "
    "travailler "
    "com para uma umas voce seus suas qual quais quantos quantas esta pode trabalhar "
    "della delle degli nella nelle sono lei suoi quale quali quanti quante puoi lavorare".split()
)
# Words every screening question uses, which name no subject of their own.
_GENERIC_STEMS = frozenset(
    {
        "valid",
        "avail",
        "exper",
        "years",
        "hours",
        "numbe",
        "work",
        "would",
        "prefe",
        "anos",
        "annee",
        "jahre",
        "anni",
        "horas",
        "heure",
        "stund",
        "time",
        "tiempo",
        "tempo",
        "temps",
        "zeit",
    }
)


TEXT_LIMITS: dict[str, int] = {"short_text": 200, "long_text": 2000}


def validate_text(spec: FieldSpec, value: str) -> tuple[str | None, str | None]:
    value = re.sub(r"\s+", " ", value).strip()
    if len(value) < 2 or not re.search(r"\w", value):
        return None, "that answer is empty"
    return value[: TEXT_LIMITS.get(spec.type, 2000)], None


# ------------------------------------------------------------------------ helpers


def subject_words(spec: FieldSpec, vocab: Vocabulary) -> set[str]:
    """Words that say a sentence is about this field's subject."""
    words = {
        w
        for w in content_words(spec.label) - _GENERIC - _ANY_STOPWORDS
        if len(w) > 2 and plain(w)[:5] not in _GENERIC_STEMS
    }
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
