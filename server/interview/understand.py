"""Understanding one candidate message: what it says about each field of the job.

:func:`read_message` is deterministic: the field readers of
:mod:`server.interview.readers` plus cue lexicons for refusals, explicit negatives
and clarification requests, attributed to fields by their topic words (or to the
field just asked). Where it cannot settle the field just asked, it names that field in
``Reading.unsure``, and :func:`server.interview.consult.understand` asks the model.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from server.interview import languages, types, work_samples
from server.interview.cues import (
    BARE_NEGATIVE,
    CLARIFY,
    CONFIRM,
    CORRECTION,
    DECLINE,
    DISAGREE,
    EXPERIENCE,
    FEW_OR_MANY,
    LANGUAGE_APOLOGY,
    LEAVING,
    NEAR_OR_FAR,
    NEGATIVE,
    NO_REASON,
    NOT_KNOWING,
    OFF_TOPIC,
    ONLY_WORDS,
    SMALLTALK,
    Cue,
    find_cues,
)
from server.interview.numerals import digit_forms, numbers_to_digits
from server.interview.readers.choice import (
    asks_preference,
    names_some_choice,
    none_choice,
    says_has_none,
    says_wish,
)
from server.interview.readers.free_text import (
    asks_languages,
    languages_spoken,
    names_a_language,
    names_example_item,
    place_lived,
    validate_text,
)
from server.interview.readers.message import Finding, Message
from server.interview.readers.quantity import replaces_recalled
from server.interview.readers.subject import (
    about_field,
    echoes_question,
    mentions_subject,
    names_another_field,
    plain,
    shares_question_word,
    short_names,
    stems,
    subject_words,
)
from server.interview.readers.years import worked_in
from server.interview.spec import FieldSpec, JobSpec, job_language
from server.interview.text import clauses, fold, grounded, sentences, strip_instructions
from server.interview.types import NEGATABLE, TEXT_TYPES
from server.interview.vocab import Vocabulary, load_vocabulary

log = logging.getLogger(__name__)

# Within one message, the strongest statement about a field wins.
RANK = {"answered": 5, "none": 4, "declined": 3, "invalid": 2, "vague": 1, "missing": 0}
EXPERIENCE_TYPES = frozenset({"years", "ai_training_experience"})
# A negative that answers the question asked even when it names no topic ("never made one").
_STRONG_NEGATIVE = re.compile(
    r"\b(?:do\s*n[o']?t|dont|never|have\s*n[o']?t|havent|not|i\s+not)\s+(?:\w+\s+)?(?:have|had|got"
    r"|done|did|worked|been|use|used|own|made|make|created|create|set\s+up)\b"
    r"|\bfirst\s+(?:time|gig|job)\b|\bnew\s+to\s+(?:this|it)\b|\bnone\b|\bno\s+experience\b"
    r"|\bnunca\b|\bjamais\b|\bnie\b|\b(?:ning[uú]n[oa]?|aucune?|nenhum[a]?|nessun[oa]?|keine[nm]?"
    r"|kein)\b|\bno\s+(?:tengo|he)\b|\bje\s+n'ai\s+(?:pas|jamais)\b|\bn[aã]o\s+tenho\b"
    r"|\bnon\s+ho\b|\bhabe\s+ich\s+(?:noch\s+)?nicht\b"
    # not yet, not at all: "Noch gar nicht, aber …", "todavía no", "pas encore"
    r"|\bnoch\s+(?:gar\s+)?nicht\b|\b(?:gar|[üu]berhaupt)\s+nicht\b|\btodav[ií]a\s+no\b"
    r"|\bainda\s+n[ãa]o\b|\bpas\s+encore\b|\bnot\s+yet\b|\bnon\s+ancora\b"
    # the Italian "mai" with its verb: "non ne ho mai fatti", "mai fatto traslochi"
    r"|\bnon\s+(?:ne\s+|l'|lo\s+|la\s+)?(?:ho|avevo)\s+mai\b|\bmai\s+(?:fatt[oiae]|\w+(?:at|ut|it)[oaie])\b",
    re.IGNORECASE,
)


# The longest reply the model may read a choice in: a choice is answered in a few words.
CHOICE_REPLY_WORDS = 20
# A long-text answer is "none" ("no, never had to") only when it is about this short.
LONG_TEXT_NEGATIVE_WORDS = 12
# A reply to an open question this short that gives no reason or idea says nothing.
NO_REASON_WORDS = 10
# An open question's bare "no" with more words than this must also say what was not done.
BARE_NO_WORDS = 3
# A reply to an open question this long is judged as its answer even when its every
# sentence also gave another field a value.
OWN_ANSWER_WORDS = 6


@dataclass(frozen=True)
class Reading:
    """What one message says, field by field, and what else it does."""

    findings: dict[str, Finding] = field(default_factory=dict)
    clarify: str | None = None
    other_question: bool = False
    injection: bool = False
    correction: bool = False
    confirms: bool = False
    disagrees: bool = False
    unsure: str | None = None
    text: str = ""
    # The part of the message left for the field just asked when other sentences answered
    # other fields ("French and English. Oh, and I'd rather work mornings.").
    own_text: str = ""
    lang: str = "en"
    model_failed: bool = False


def _about(spec: FieldSpec, clause: str, vocab: Vocabulary) -> bool:
    pattern = types.TYPES[spec.type].topic
    return (
        mentions_subject(spec, clause, vocab)
        or about_field(spec, clause)
        or bool(pattern and pattern.search(fold(clause)))
    )


_NOTHING_SPECIAL = re.compile(
    r"\b(?:niente\s+di\s+(?:che|speciale)|nothing\s+(?:special|much|major)|nada\s+(?:de\s+)?especial"
    r"|nada\s+de\s+mais|rien\s+de\s+(?:special|particulier|fou)|nichts\s+besonderes)\b"
)
# "I'd rather not" ending its clause, with nothing said about saying or answering.
_RATHER_NOT = re.compile(
    r"\b(?:prefiero\s+que\s+no|prefiero\s+no|prefiro\s+(?:que\s+)?nao|preferisco\s+(?:di\s+)?no"
    r"|preferirei\s+(?:di\s+)?no|preferiria\s+(?:que\s+)?(?:no|nao)|i'?d\s+rather\s+not"
    r"|(?:i\s+)?prefer\s+not|lieber\s+nicht|plutot\s+pas|je\s+prefere\s+pas)\W*$"
)


# Never having worked (somewhere, as something), or no experience, in the six languages.
_NO_WORK = re.compile(
    r"\b(?:never|not|n't)\s+(?:\w+\s+)?worked\b|\bno\s+experience\b|\bjamais\s+travaill"
    r"|\bsans\s+experience\b|\baucune\s+experience\b|\bnunca\s+(?:he\s+|ha\s+)?trabaj"
    r"|\bsin\s+experiencia\b|\bnunca\s+trabalh|\bsem\s+experiencia\b|\bnie\s+(?:\w+\s+){0,3}"
    r"gearbeitet\b|\bkeine\s+erfahrung\b|\bmai\s+lavorat|\bnessuna\s+esperienza\b"
)


# Work or experience named, in the six languages: a negative about it is about the years.
_WORK_WORD = re.compile(
    r"\b(?:work\w*|trabaj\w*|trabalh\w*|travaill\w*|lavor\w*|gearbeitet|arbeit\w*|experien\w*"
    r"|esperienz\w*|erfahrung\w*)\b"
)


def _attribute(
    job: JobSpec, cue: Cue, asked: FieldSpec | None, vocab: Vocabulary, fallback: bool
) -> list[FieldSpec]:
    """Fields a cue is about: those its clause names, else the field just asked."""
    named = [spec for spec in job.all_fields() if _about(spec, cue.clause, vocab)]
    if (
        asked is not None
        and asked.type == "years"
        and asked not in named
        and _NO_WORK.search(fold(cue.clause))
    ):
        # "Je n'ai jamais travaillé en pharmacie" asked for years "en officine": a negative
        # about having worked answers the years asked, whatever else its words touch.
        return [asked] + [s for s in named if s.type != "years"]
    if named:
        if asked is not None and asked in named:
            # and another of a different type; years only by a word of their own or with
            # work said ("Never used proper weighbridge software", asked the software, is
            # no "none" of "Weighbridge experience"; "noch nie … gearbeitet" is)
            return [asked] + [
                s
                for s in named
                if s is not asked
                and s.type != asked.type
                and (
                    s.type != "years"
                    or about_field(s, cue.clause, job.all_fields())
                    or _WORK_WORD.search(fold(cue.clause)) is not None
                )
            ]
        return named
    return [asked] if asked is not None and fallback else []


def _only_leaving(job: JobSpec, asked: FieldSpec, content: str, lang: str) -> bool:
    """Whether ``content`` says it is leaving, and besides only puts another answer right
    (a number taken back, or another field named beside a correction)."""
    said = sentences(content)
    rest = [t for t in said if not LEAVING.search(plain(t))]
    if len(rest) == len(said):
        return False
    others = [o for o in job.all_fields() if o.key != asked.key]
    put_right = " ".join(rest)
    return not rest or (
        CORRECTION.search(plain(put_right)) is not None
        and (
            _TAKEN_BACK.search(numbers_to_digits(plain(put_right), lang)) is not None
            or any(about_field(o, put_right) for o in others)
        )
    )


def _put_right(text: str) -> bool:
    """Whether ``text`` puts an earlier answer right in so many words: "Korrektur zum
    Gesundheitszeugnis", "Oh wait, before I answer: …", "perdona, antes me equivoqué" (not
    the verb "wait at the bottom of the stair")."""
    flat = plain(text)
    return any(
        m.group() != "wait" or re.match(r"\s*[,!.:;]", flat[m.end() :])
        for m in CORRECTION.finditer(flat)
    )


_ASK_OPENING = 3  # words that open an open question with what it asks ("Racontez une…")


def _names_its_ask(spec: FieldSpec, clause: str) -> bool:
    """Whether ``clause`` shares a stem with what an open question asks, not with its story:
    its label where that is not the question itself, its opening words and its last
    sentence ("Comentarios", "Racontez une situation…", "Was machst du?")."""
    question = spec.question or ""
    said = sentences(question)
    asking = " ".join(question.split()[:_ASK_OPENING] + said[-1:])
    if not question.startswith(spec.label.rstrip("…. ")):
        asking += " " + spec.label  # (an open question's label is its own opening, cut)
    return bool(stems(clause) & stems(asking))


# A reply that ends on a "so none": "Ich spiele ja selbst nicht, also keine.", "I don't
# play myself, so none", "no juego, así que ninguna".
_SO_NONE = re.compile(
    r"[,;.]\s*(?:so|then|also|daher|donc|alors|asi\s+que|entonces|quindi|dunque|entao"
    r"|portanto|logo)\s+(?P<none>[^,;.!?]{1,25}?)\W*$"
)


def _concluded_none(content: str) -> bool:
    m = _SO_NONE.search(plain(content))
    return (
        m is not None
        and len(m.group("none").split()) <= _SO_NONE_WORDS
        and BARE_NEGATIVE.match(m.group("none")) is not None
    )


_SO_NONE_WORDS = 2


def read_message(
    job: JobSpec, text: str, asked_key: str | None, vocab: Vocabulary | None = None
) -> Reading:
    """The deterministic reading of one message. Pure: same input, same reading."""
    vocab = (vocab or load_vocabulary()).for_one_message()
    content, injection = strip_instructions(text)
    reading = _read(job, content, injection, asked_key, vocab)
    if (
        reading.findings
        and LEAVING.search(plain(content))
        and all(
            (f.status == "vague" and f.source == "default")
            # "sorry, hab grad keine Zeit mehr, melde mich später": no "none" of the count
            or (
                f.status == "none" and f.source == "cue" and LEAVING.search(plain(f.evidence or ""))
            )
            for f in reading.findings.values()
        )
    ):
        # "Actually I have to go now, I'll finish this another time": no answer to anything,
        # and no question for the model (asked to pick, it picks a choice all the same)
        return replace(reading, findings={}, unsure=None)
    parts = labelled_parts(job, content)
    return _with_labels(job, reading, parts, vocab) if parts else reading


def _with_labels(
    job: JobSpec, reading: Reading, parts: list[tuple[FieldSpec, str, str]], vocab: Vocabulary
) -> Reading:
    """ "Piscinas por dia: dez.", "Hours: 30, licence: B": a value after a field's own label
    answers that field, read as if it had been asked, and no other field takes it (the
    question just asked least of all)."""
    labelled: dict[str, Finding] = {}
    # One reading per field, of its last labelled value (a later one corrects it), so a
    # long message of labels costs no more readings than the job has fields.
    last = {spec.key: (spec, piece, value) for spec, piece, value in parts}
    for spec, piece, value in last.values():
        finding = _labelled_finding(job, spec, piece, value, vocab)
        if finding is not None:
            labelled[spec.key] = finding
    about: dict[tuple[str, str], bool] = {}

    def names(spec: FieldSpec, value: str) -> bool:
        if (spec.key, value) not in about:
            about[spec.key, value] = _about(spec, value, vocab)
        return about[spec.key, value]

    findings = {
        key: finding
        for key, finding in reading.findings.items()
        if key in labelled or not _took_labelled(job.field(key), finding, parts, names)
    }
    findings.update(labelled)
    unsure, own_text = reading.unsure, reading.own_text
    if unsure is not None:
        rest = reading.text
        for _, piece, _ in parts:
            rest = rest.replace(piece, " ", 1)
        if unsure in labelled and labelled[unsure].status != "vague":
            unsure = None
        elif not re.search(r"\w", rest):
            unsure = None  # every word of it was another field's labelled answer
        else:
            own_text = own_text or " ".join(rest.split())
    return replace(reading, findings=findings, unsure=unsure, own_text=own_text)


def _took_labelled(
    spec: FieldSpec,
    finding: Finding,
    parts: list[tuple[FieldSpec, str, str]],
    names: Callable[[FieldSpec, str], bool],
) -> bool:
    """Whether ``finding`` for ``spec`` came from the value another field's label gave, in
    words that do not name ``spec`` ("Piscinas por dia: dez" is no ten hours a week, while
    "linkedin: github.com/kim, 3 yrs on Scale AI" still gives the years)."""
    return bool(finding.evidence) and any(
        other.key != spec.key
        and grounded(finding.evidence, piece)
        and (finding.source == "default" or not names(spec, value))
        for other, piece, value in parts
    )


# A field's label, a colon and its value: "Fins de semana: dois", "Experience: 5 years".
# The label starts a sentence or follows a comma or semicolon; the value runs to the next
# such label or the end of the sentence.
_LABEL_AT = re.compile(r"(?:^|(?<=[,;])\s*)([^\W\d_][^:,;\n]{0,40}?)\s*:\s+(?=\S)")
# The same with words that announce a topic, and a comma: "Quanto à diária, uns R$ 400",
# "As for the hours, 30", "En cuanto al barrio, Gràcia", "Was das Gehalt angeht, 3000".
_TOPIC_AT = re.compile(
    r"(?:^|(?<=[,;])\s*)(?:as\s+for|as\s+to|regarding|en\s+cuanto\s+al?|respecto\s+al?"
    r"|quanto\s+(?:[aàá]s?|aos?)|quant\s+(?:[aàá]|aux?)|pour\s+ce\s+qui\s+est\s+d[eu']?"
    r"|per\s+quanto\s+riguarda|riguardo\s+a[li]?|was|zum|zur"
    # taken back: "scratch what I said about Saturdays: every other one"
    r"|(?:(?:scratch|forget|ignore)\s+)?what\s+i\s+said\s+(?:about|on|for)(?:\s+the)?"
    r"|(?:olvida\s+)?lo\s+que\s+(?:te\s+)?dije\s+(?:de|sobre)(?:\s+(?:los|las|el|la))?"
    r"|(?:oubliez\s+)?ce\s+que\s+j'ai\s+dit\s+(?:sur|pour)(?:\s+(?:les|le|la))?"
    r"|quello\s+che\s+ho\s+detto\s+(?:su|sul|sui|sulla|sulle|sugli|per)"
    r"|o\s+que\s+(?:eu\s+)?disse\s+sobre(?:\s+(?:os|as|o|a))?)\s+([^\W\d_][^:,;\n]{0,40}?)"
    r"(?:\s+angeht)?\s*[,:]\s+(?=\S)",
    re.IGNORECASE,
)
# Words too common to tell a label: articles, prepositions (three letters and longer).
_LABEL_STOP = frozenset(
    "the and for per your with del los las des les une uns das der die den dem und von"
    " pro por com con per nel nei sul dal una par sur aux zum zur".split()
)


def _label_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", fold(text)) if len(w) >= 3 and w not in _LABEL_STOP}


def _same_word(a: str, b: str) -> bool:
    """ "hours"/"hour", "dia"/"dias", "semana"/"semanal": a shared start as long as the
    shorter word, up to five letters."""
    n = min(5, len(a), len(b))
    return a[:n] == b[:n]


def labelled_field(job: JobSpec, label: str) -> FieldSpec | None:
    """The one field ``label`` names: each of its words is a word of that field's label
    (or key), and it covers more of that label than of any other's. None for "Note",
    "PS", "Bom dia" or a tie."""
    words = _label_words(label)
    if not words:
        return None
    scored: list[tuple[float, FieldSpec]] = []
    for spec in job.all_fields():
        own = _label_words(spec.label) | _label_words(spec.key.replace("_", " "))
        if own and all(any(_same_word(w, o) for o in own) for w in words):
            scored.append((len(words) / len(own), spec))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
        return None
    return scored[0][1]


def labelled_parts(job: JobSpec, content: str) -> list[tuple[FieldSpec, str, str]]:
    """``(field, piece, value)`` for each "label: value" piece of ``content`` whose label
    names one field of the job (:func:`labelled_field`). An open question's answer is
    never taken this way: its label may open any sentence ("Reason: …")."""
    found: list[tuple[FieldSpec, str, str]] = []
    for sentence in sentences(content):
        marks: list[tuple[re.Match[str], FieldSpec]] = []
        for pattern in (_LABEL_AT, _TOPIC_AT):
            for m in pattern.finditer(sentence):
                named = labelled_field(job, m.group(1))
                if (
                    named is not None
                    and "//" not in sentence[m.end() - 1 : m.end() + 3]
                    # "Lavoro il vetro dal 2016: prima come…": a number says it, no label
                    and not _SAID_NUMBER.search(m.group(1))
                ):
                    marks.append((m, named))
        marks.sort(key=lambda mark: mark[0].start())
        for n, (m, spec) in enumerate(marks):
            if spec.type == "long_text" or any(
                _is_a_choice(s, m.group(1)) for s in job.all_fields()
            ):
                continue
            end = marks[n + 1][0].start() if n + 1 < len(marks) else len(sentence)
            value = sentence[m.end() : end].strip(" ,;")
            if spec.type in TEXT_TYPES:
                # "Area: Leith, 4 years in cafés": the place, not the years after it.
                value = _NUMBER_AFTER_COMMA.split(value, maxsplit=1)[0].rstrip(".!")
            if value and re.search(r"\w", value):
                found.append((spec, sentence[m.start() : m.end()] + value, value))
    return found


def _is_a_choice(spec: FieldSpec, label: str) -> bool:
    """Whether ``label`` is one of the field's choices, or a word of one, as written:
    "Trufficulteur : mon père a une truffière" picks "trufficulteur ou caveur" and tells why;
    it labels nothing."""
    said = _label_words(label)  # "Le paillage :" says "paillage"
    # (not a word of the field's own label: "what I said about Sundays: every other one"
    # labels "Sunday availability", though "no Sundays" is a choice)
    own = re.findall(r"[a-z]+", plain(spec.label))
    return (
        spec.type == "single_choice"
        and bool(said)
        and any(said <= _label_words(c) for c in spec.choices or ())
        and not any(w.startswith(o) and len(w) <= len(o) + 2 for w in said for o in own)
    )


_NUMBER_AFTER_COMMA = re.compile(r"\s*[,;]\s*(?=\d)")
_SAID_NUMBER = re.compile(r"(?<![\w.,])\d{2,}(?![\w.,]?\d)")
# A reply to a short text question this long is judged whole, whatever other field a
# word of it names.
_LIST_WORDS = 4
# A short answer given after its label is taken whole up to this many words.
LABELLED_TEXT_WORDS = 8


def _labelled_finding(
    job: JobSpec, spec: FieldSpec, piece: str, value: str, vocab: Vocabulary
) -> Finding | None:
    """What ``value`` says about ``spec``, read as an answer to its question; the whole
    piece, label included, is the evidence."""
    reading = _read(job, value, False, spec.key, vocab)
    finding = reading.findings.get(spec.key)
    if finding is not None and (finding.source == "cue" or spec.type not in TEXT_TYPES):
        if finding.status == "vague" and finding.source == "default":
            return Finding("vague", None, piece, source="cue")
        # A value given under the field's own label restates it ("lo de las horas: mejor
        # pon 38"): it replaces an earlier answer, as a correction does.
        labelled = "label" if finding.status in ("answered", "none") else finding.source
        return replace(finding, evidence=piece, source=labelled)
    if spec.type == "short_text" and len(value.split()) <= LABELLED_TEXT_WORDS:
        text, _ = validate_text(spec, value)
        if text is not None:
            return Finding("answered", text, piece, source="parser")
    return None


def _read(
    job: JobSpec, content: str, injection: bool, asked_key: str | None, vocab: Vocabulary
) -> Reading:
    """:func:`read_message` of a message with any instructions to the model taken out."""
    asked = _field_or_none(job, asked_key)
    lang = languages.guess(content, job_language(job))
    msg = Message.of(content, asked, lang)
    if not _has_unit(msg):
        # Too short to tell apart ("Unas veinte horas." in a Portuguese job, "Al mes, unas
        # 120 horas." in a German one): the numbers of another likely language are read
        # when this one's find none, or find no unit where the other's do.
        for other in languages.likely(content):
            alt = Message.of(content, asked, other) if other != lang else msg
            if (
                _has_unit(alt)
                or (_has_number(alt) and not _has_number(msg))
                # "Dos mil doscientos reales." in a Portuguese job: read whole in Spanish
                or (
                    _HALF_READ.search(msg_digits(msg)) is not None
                    and _HALF_READ.search(msg_digits(alt)) is None
                    and _has_number(alt)
                )
            ):
                lang, msg = other, alt
                break
        else:
            if _FOREIGN_UNIT.search(plain(content)):
                # A unit in another language inside this one ("I can do 30 horas por
                # semana, more in summer", sure to be English): read in the first language
                # whose words make it a unit.
                for other in languages.LANGUAGES:
                    alt = Message.of(content, asked, other) if other != lang else msg
                    if _has_unit(alt):
                        lang, msg = other, alt
                        break
    elif _HALF_READ.search(msg_digits(msg)):
        # "Trinta e cinco horas por semana." on a Spanish job: a compound number of another
        # likely language, which this one's reading leaves half a word ("trinta e 5")
        for other in languages.likely(content):
            alt = Message.of(content, asked, other)
            if other != lang and _has_unit(alt) and not _HALF_READ.search(msg_digits(alt)):
                lang, msg = other, alt
                break
    msg.fields = job.all_fields()
    negatives = find_cues("none", NEGATIVE, content)
    # "No Itaguá." in Portuguese is "in Itaguá": no negative before a name
    said = _PT_IN_THE.sub("em", content) if lang == "pt" else content
    if said != content:
        kept = {c.clause for c in find_cues("none", NEGATIVE, said)}
        negatives = [c for c in negatives if _PT_IN_THE.sub("em", c.clause) in kept]
    if asked is not None and asked.type == "long_text":
        # "Qualcosa al corso, niente di che": something not much worth telling, which an
        # open question asks again, not a "none".
        negatives = [c for c in negatives if not _NOTHING_SPECIAL.search(plain(c.clause))]
    declines = find_cues("declined", DECLINE, content)
    found: dict[str, list[Finding]] = {}

    told = (
        asked is not None
        and asked.type == "long_text"
        and len(content.split()) > LONG_TEXT_NEGATIVE_WORDS
    )
    for spec in job.all_fields():
        found[spec.key] = types.read(spec, msg, vocab, [c.scope for c in negatives])
        if (
            spec.type == "short_text"
            and (asked is None or spec.key != asked.key)
            and (spoken := languages_spoken(spec, content, job.all_fields())) is not None
        ):
            # "…, y también hablo francés porque mi madre es de Lyon", unasked
            value, _ = validate_text(spec, spoken)
            if value is not None:
                found[spec.key].append(Finding("answered", value, spoken, source="parser"))
        if (
            spec.type == "short_text"
            and (asked is None or spec.key != asked.key)
            and (place := place_lived(spec, content)) is not None
        ):
            # "Ten minutes tops, I live in Embsay just up the road", unasked
            value, _ = validate_text(spec, place)
            if value is not None:
                found[spec.key].append(Finding("answered", value, content, source="parser"))
        if spec.type == "yes_no" and (asked is None or spec.key != asked.key):
            # Unasked, a yes or a no needs the field named by a word of its own, not one
            # another label shares ("J'enseigne depuis 2016" to "Enseigne aussi le snowboard").
            found[spec.key] = [
                f
                for f in found[spec.key]
                if (
                    about_field(spec, f.evidence, job.all_fields())
                    or echoes_question(spec, f.evidence, job.all_fields())
                    or f.source == "age"  # "ich bin 31 Jahre alt" to "Mindestens 18 Jahre alt"
                )
                # In a story told to an open question, a yes needs more than one word of the
                # label: "… porque en gatos el ayuno puede provocar lipidosis" holds no
                # "Sabe administrar medicación a gatos".
                # (unless put right in so many words: "Y perdona, antes me equivoqué: sí
                # puedo los fines de semana")
                and not (
                    told
                    and f.value is True
                    and not _named_fully(spec, f.evidence)
                    and not _put_right(f.evidence)
                )
            ]
        if asked is not None and spec.key != asked.key and spec.type in ("yes_no", "single_choice"):
            # Not from the words the reply answers the question asked with: "Part-time la
            # mattina" picks the hours asked, it says nothing of "il sabato mattina"; "sera
            # e festivi nessun problema" to an evenings question picks no evening shift.
            found[spec.key] = [
                f for f in found[spec.key] if not _only_the_asked_words(spec, f, asked)
            ]

    # "nunca los he contado", "non ne ho idea": a number not known, which is not zero.
    uncounted = (
        asked is not None
        and asked.type in _COUNTED
        and (_UNCOUNTED.search(plain(content)) or NO_REASON.search(plain(content))) is not None
    )
    # "not far", "not many": roughly, to a count asked, which is no "none" of it
    roughly = (
        asked is not None
        and asked.type in _COUNTED
        and (NEAR_OR_FAR.search(plain(content)) or FEW_OR_MANY.search(plain(content))) is not None
    )
    # "Non so, …": not knowing, though it opens with the word for no.
    bare_negative = (
        bool(BARE_NEGATIVE.match(said) or _concluded_none(said))
        and not DECLINE.search(content)
        and not uncounted
        and not roughly
        and not NOT_KNOWING.search(plain(content))
    )
    # A story with a "not" in it answers an open question; it is no "none".
    story = len(content.split()) > LONG_TEXT_NEGATIVE_WORDS
    for cue in negatives:
        if _BECAUSE.match(plain(cue.clause)) and not grounded(content, cue.clause):
            continue  # "Rennes only, since I have no car": a reason, not the answer
        if LANGUAGE_APOLOGY.search(plain(cue.clause)):
            continue  # "todavía no hablo bien portugués": of the language, no "none"
        if uncounted and (
            _UNCOUNTED.search(plain(cue.clause)) or NO_REASON.search(plain(cue.clause))
        ):
            continue  # "nunca los he contado": not a count of none, a count not known
        if roughly:
            continue  # "not far" to a distance asked: vague, asked again, not a none
        strong = bare_negative or bool(_STRONG_NEGATIVE.search(cue.scope))
        not_knowing = NOT_KNOWING.search(plain(cue.clause)) is not None
        for spec in _attribute(job, cue, asked, vocab, fallback=strong):
            if not_knowing and spec.type != "yes_no":
                continue  # "Weiß ich noch nicht": not known yet, which is no "none"
            if spec.type == "number" and NOT_KNOWING.match(plain(content).strip()):
                continue  # "Non saprei proprio, non l'ho mai fatto": a count not known
            if (
                spec.type in ("number", "hours_per_week")
                and _NO_OTHER.search(plain(cue.clause))
                and not about_field(spec, cue.clause)
            ):
                continue  # "las que hagan falta, no tengo otro trabajo": no other job, no 0
            if spec.type == "yes_no" and NOT_KNOWING.match(plain(content).strip()):
                continue  # "Não sei bem, ainda não fiz o caminho": the reader decides
            if spec.type == "years" and _no_credential_only(cue.clause):
                continue  # "Je n'ai pas de diplôme de reliure": no diploma, not no years
            if (
                spec.type == "years"
                and story
                and cue.clause not in _opening_sentence(content)
                and not worked_in(cue.clause)
                and not about_field(spec, cue.clause)
            ):
                # "Die Kuh erstmal beruhigen lassen, … Wenn sie sich gar nicht beruhigt,
                # lieber abbrechen": a "not" further on in a story, of no work, is no "none"
                # of the years ("None in customer service, I've been a teacher" opens with it)
                continue
            if (
                spec.type not in ("yes_no", "single_choice")
                and _NO_SHIFT.search(plain(cue.clause))
                and not about_field(spec, cue.clause)
            ):
                continue  # "Früh oder spät, nur bitte keine Nächte": no nights, no "none"
            if (
                spec.type == "short_text"
                and asked is not None
                and spec.key != asked.key
                and not _named_beside_the_asked(spec, cue.clause, _asked_stems(asked))
            ):
                # a negative named only by the question asked's words or choices ("Sin
                # carnet, a pie" to how one gets there; "never worked with watches" to the
                # years with watches) is no "none" of a text field it shares a word with
                # ("Watch brands you have handled")
                continue
            if spec.type in ("long_text", "number") and (asked is None or spec.key != asked.key):
                # An open question is answered "none" only when asked: "Não tenho problema
                # nenhum com alturas" tells no story of a technical problem. Nor is a count:
                # "nunca fotografei eventos", asked the years, says nothing of the events a
                # month one could cover.
                continue
            if (
                (spec.type in NEGATABLE or _none_of_choices(spec, asked, content, job))
                and _negates(spec, cue)
                and not (spec.type == "long_text" and (story or _goes_on(cue, content)))
                and not (
                    spec.type == "short_text"
                    and (_after_an_answer(spec, cue, content) or _but_then_some(cue, content))
                )
                # "it expired and I never renewed it", the licence asked: no years of none
                and not (
                    spec.type == "years"
                    and asked is not None
                    and spec.key != asked.key
                    and not restates(spec, cue.clause, vocab)
                    and not worked_in(cue.clause)
                )
            ):
                found[spec.key].append(Finding("none", None, cue.clause, source="cue"))
    if (
        bare_negative
        and asked is not None
        and (asked.type in NEGATABLE or _none_of_choices(asked, asked, content, job))
        and not (asked.type == "years" and _no_credential_only(content))
        and not (story and asked.type == "long_text")
        and not (asked.type == "short_text" and any(_but_then_some(c, content) for c in negatives))
        # "Non, aucune autre langue, seulement le français", asked the years: a "no" of the
        # other field its negative (or the rest of the reply) names ("No, los fines de semana
        # los tengo ocupados", asked the languages)
        and not _all_of_another(job, asked, [c.clause for c in negatives] or [content])
        # "Non li tocco, pulisco intorno…": a "no" opening what one would do. An open
        # question's bare "no" is short, or says what the candidate has not done.
        and not (
            asked.type == "long_text"
            and len(content.split()) > BARE_NO_WORDS
            and not any(_negates(asked, cue) for cue in negatives)
        )
    ):
        found[asked.key].append(Finding("none", None, content, source="cue"))
    for cue in declines:
        rather_not = _RATHER_NOT.search(plain(cue.clause)) is not None
        targets = _attribute(job, cue, asked, vocab, fallback=True)
        if (
            asked is not None
            and asked not in targets
            and targets
            and all(s.type == "long_text" and not _names_its_ask(s, cue.clause) for s in targets)
        ):
            # "Dazu möchte ich lieber nichts sagen", asked the sport played: an open
            # question's scenario ("beide sagen, sie hätten gebucht") has everyday words
            # that name no question; the refusal is of the question asked ("Je préfère ne
            # pas raconter ça" still refuses "Racontez une situation…")
            targets = [asked]
        for spec in targets:
            if spec.type == "yes_no" and rather_not:
                # "Noite eu prefiro não", "il sabato preferirei di no": a no, not a refusal
                # to say (nothing is said about saying).
                found[spec.key].append(Finding("answered", False, cue.clause, source="cue"))
                continue
            found[spec.key].append(Finding("declined", None, cue.clause, source="cue"))

    for spec in job.all_fields():
        if spec.type == "years":
            found[spec.key] = _drop_other_work(spec, found[spec.key], vocab)
    findings = {k: max(v, key=lambda f: RANK[f.status]) for k, v in found.items() if v}
    for key, finding in findings.items():
        spec = job.field(key)
        if (
            finding.status == "none"
            and asked is not None
            and key == asked.key
            and spec.type == "single_choice"
            and (nothing := none_choice(spec.choices or ())) is not None
        ):
            # "No, non l'ho mai fatto" to "Formazione nel trucco": its choice "nessuna"
            findings[key] = replace(finding, status="answered", value=nothing)
    for spec in job.all_fields():
        zero = findings.get(spec.key)
        if (
            spec.type == "number"
            and zero is not None
            and zero.status == "answered"
            and zero.value == 0
            and (
                any(_NEVER_WORKED.search(plain(c.clause)) for c in negatives)
                or _NEW_TO_ME.search(plain(content))
            )
        ):
            # "Zero, nel settore immobiliare non ho mai lavorato": none of it, never done;
            # "Null, eine Backstube wäre ganz neu für mich", all new to the candidate.
            findings[spec.key] = Finding("none", None, zero.evidence, source="cue")
    # A "missing" finding says the field was talked about but not answered (years in other
    # work): it records nothing, and keeps the field from being called vague.
    set_apart = {k for k, f in findings.items() if f.status == "missing"}
    for key in set_apart:
        del findings[key]
    _propagate_experience_none(job, findings, vocab)
    correction = bool(
        CORRECTION.search(content)
        or _TAKEN_BACK.search(msg_digits(msg))
        or replaces_recalled(msg_digits(msg))
    )
    if asked is not None and asked.type == "long_text" and story and not correction:
        # A story told for an open question answers that question: its "three hours of
        # cooking" is no weekly availability, unless it names the other field itself.
        # The unit alone names no field: "tre ore di cottura" is not about "Ore settimanali".
        for key in [k for k, f in findings.items() if k != asked.key and f.source in _READ]:
            evidence = plain(findings[key].evidence)
            if restates(job.field(key), _UNITS.sub(" ", evidence), vocab):
                continue
            if _headed(job.field(key), evidence, vocab):
                # put under a header that names the field, it is that field's, said again:
                # it replaces the answer given before, as a correction does
                findings[key] = replace(findings[key], source="correction")
            else:
                del findings[key]

    if (
        asked is not None
        and asked.type == "long_text"
        and len(content.split()) <= NO_REASON_WORDS
        and _opens_with_no_reason(content)
        and not DECLINE.search(content)
    ):
        # "No particular reason", "boh, non so": about the question, answering nothing. Not
        # a "none" that completes it; asked again, like any vague answer.
        findings[asked.key] = Finding("vague", None, content, source="cue")

    if uncounted and asked is not None and asked.key not in findings:
        findings[asked.key] = Finding("vague", None, content, "an estimate is fine", "cue")

    if (
        asked is not None
        and asked.type == "single_choice"
        and content.rstrip().endswith("?")
        and CLARIFY.search(content)
    ):
        # "Was genau ist mit Gewerbeobjekte gemeint?": a choice asked about, not picked.
        findings.pop(asked.key, None)
    answered_any = any(f.status == "answered" for f in findings.values())
    questions = [q for q in sentences(content) if q.endswith("?")]
    questions = [
        q
        for q in questions
        if not any(
            f.evidence and (grounded(q, f.evidence) or grounded(f.evidence, q))
            for f in findings.values()
        )
        # "Can I change my distance answer?" asks nothing: it announces a correction.
        and not (
            CORRECTION.search(q)
            and (_ANSWER_WORD.search(fold(q)) or any(_about(s, q, vocab) for s in job.all_fields()))
        )
    ]
    clarify = None
    other_question = False
    if CLARIFY.search(content) and not answered_any:
        clarify = _clarify_target(job, content, asked, vocab)
    elif questions:
        if any(OFF_TOPIC.search(q) for q in questions) or asked is None or findings:
            other_question = True
        else:
            # A question in reply to a question is most often about that question.
            clarify = asked.key
    if asked is not None:
        # "B, because A invents a date": the pick and, in the same words, its reason.
        findings.update(work_samples.reason_with_pick(job, asked, findings.get(asked.key), content))
    unsure = None
    own_text = ""
    if asked is not None and clarify is None:
        mine = findings.get(asked.key)
        others = any(k != asked.key for k in findings)
        if asked.type in TEXT_TYPES and (mine is None or mine.source != "cue"):
            if mine is None and _only_leaving(job, asked, content, lang):
                # "Sorry, I need to correct the hours - I meant thirty, not twenty. I'll have
                # to stop here though": leaving, and at most another answer put right; no
                # answer to the text asked, and none for the model to judge
                pass
            elif not others and not other_question:
                unsure = asked.key
            elif others and not other_question:
                used = [f.evidence for k, f in findings.items() if k != asked.key and f.evidence]
                own = [
                    t
                    for t in sentences(content)
                    if not any(grounded(t, e) or grounded(e, t) for e in used)
                ]
                if own and asked.type == "long_text" and story and not correction:
                    # "Non metto in mantecazione quella miscela: … segno tutto sul registro
                    # HACCP. Intanto …": the story an open question asked for is its answer
                    # whole, though a sentence of it names another field in passing
                    unsure, own_text = asked.key, content
                elif own:
                    unsure, own_text = asked.key, " ".join(own)
                elif (
                    (
                        (asked.type == "long_text" and len(content.split()) >= OWN_ANSWER_WORDS)
                        # "Lucidatrice a nastro Breton, fresa a ponte e un po' di waterjet":
                        # a list, though "ponte" is a word of another field's label
                        or (asked.type == "short_text" and len(content.split()) >= _LIST_WORDS)
                    )
                    # "Perdón, una corrección: en el hostel fueron cuatro años, no cinco":
                    # a correction of another field alone, no answer to the open question;
                    # nor "ah, sobre o ônibus: … vou precisar sim"
                    and (
                        not (
                            len(sentences(content)) == 1
                            and (
                                correction or any(revisits(job.field(k), content) for k in findings)
                            )
                        )
                        # "permis B + certificat tronçonneuse" to "Quels permis ou
                        # certificats avez-vous": the things asked for, by the question's
                        # own words, though one is another field's too
                        or (
                            asked.type == "short_text"
                            and not correction
                            and about_field(asked, content, job.all_fields())
                        )
                    )
                ):
                    # "Vor allem Gelenkbusse, außerdem zwei Jahre Reisebus" to a question on
                    # the vehicles driven: a bus named and years counted in the same words do
                    # not make it an answer to those fields only; the model judges it whole.
                    unsure, own_text = asked.key, content
        elif (
            asked.type == "single_choice"
            and mine is not None
            and mine.among
            and not others
            and not other_question
        ):
            unsure = asked.key  # "A trained Labrador": which of the choices it names in part
        elif (
            mine is None
            and not others
            and not other_question
            and content.strip()
            and asked.key not in set_apart
            and not SMALLTALK.match(content)
        ):
            findings[asked.key] = Finding("vague", None, content, source="default")
            unsure = asked.key
    return Reading(
        findings=findings,
        clarify=clarify,
        other_question=other_question,
        injection=injection,
        correction=correction,
        confirms=bool(CONFIRM.search(content)) and not DISAGREE.match(content),
        disagrees=bool(DISAGREE.match(content)),
        unsure=unsure,
        text=content,
        own_text=own_text,
        lang=lang,
    )


# A diploma, certificate or licence, in the six languages: not having one says nothing of
# the years worked.
_CREDENTIAL = re.compile(
    r"\b(?:diplom\w*|degree|certificat\w*|certificad\w*|certifica\w*|titulo|abschluss\w*"
    r"|zeugnis\w*|licen[cs]e|licenza|carnet|carne\s+(?:de\s+conducir|[a-e]\d?)|permis|patente"
    r"|cnh|qualifica\w*|bts"
    r"|laurea|brevet\w*|attestato|attestation|zertifikat\w*)\b"
)


# A word, "and", then a number: what is left of a compound number not read as one; or the
# hundreds of another language left after a thousand ("Dos mil doscientos reales" read in
# Portuguese is "dos 1000 doscientos").
_HALF_READ = re.compile(
    r"\b[^\W\d_]{4,}\s+(?:e|y|et|ed|und)\s+\d|\d\s+[a-z]{2,}(?:cientos|cientas|centos|centas)\b"
)


def _named_fully(spec: FieldSpec, text: str) -> bool:
    """Whether ``text`` names two words of the field's label (its only one, or its short
    name): more than a word in passing."""
    own = stems(spec.label)
    words = re.findall(r"[a-z0-9]+", plain(text))
    named = {s for s in own if any(w.startswith(s) for w in words)}
    said = any(re.search(rf"\b{a}\b", text, re.IGNORECASE) for a in short_names(spec))
    return said or len(named) >= min(2, len(own))


def _opening_sentence(content: str) -> str:
    """The first sentence of ``content`` that is more than a greeting."""
    return next((s for s in sentences(content) if not SMALLTALK.fullmatch(s)), "")


def _all_of_another(job: JobSpec, asked: FieldSpec, clauses: list[str]) -> bool:
    """Whether each of the negative ``clauses`` names another field of the job and not the
    one asked (none at all is not)."""
    others = [o for o in job.all_fields() if o.key != asked.key]
    # (a word of the question asked is its own: "None besides dogs" to "Which other animals
    # besides dogs have you looked after?")
    return bool(clauses) and all(
        names_another_field(asked, others, c)
        and not shares_question_word(asked, c)
        # "Non, uniquement le français et la LSF": languages, to a question of languages
        and not (asks_languages(asked) and names_a_language(c))
        for c in clauses
    )


def _no_credential_only(text: str) -> bool:
    """Whether a negative names a diploma or licence and no work: "No tengo ningún título
    de esquilador" says nothing of the years worked."""
    return _CREDENTIAL.search(plain(text)) is not None and _NO_WORK.search(fold(text)) is None


# No nights, no weekends, no Sundays: times not worked, which answer a shift or a yes or
# no about them, and are no "none" of years, counts or stories.
_NO_SHIFT = re.compile(
    r"\b(?:no|keine?n?|ningun\w*|aucune?s?|pas\s+(?:de|le|les)|nessun\w*|nenhum\w*|sin|sans"
    r"|ohne|senza|sem|nie|never|nunca|jamais|mai)\s+(?:\w+\s+)?(?:nights?|nachte|nacht|nachts"
    r"|noches?|nuits?|notti|noites?|weekends?|wochenenden?|finde|findes|fines\s+de\s+semana"
    r"|fins\s+de\s+semana|fine\s+settimana|domingos?|sundays?|sonntags?|dimanches?|domeniche"
    r"|domenica|sabados?|saturdays?|samstags?|samedis?|sabati|sabato|mornings?|evenings?"
    r"|abende?|abends|soirs?|soirees?|sere|serate)\b"
)


# Never having counted, measured or timed it: the number is not known, it is not zero
# ("uf nunca los he contado la verdad", "never timed myself", "nie gezählt").
_UNCOUNTED = re.compile(
    r"\b(?:never|nunca|jamais|nie|mai)\s+(?:\w+\s+){0,3}?(?:counted|measured|timed|checked"
    r"|calculated|weighed|contad[oa]s?|medid[oa]s?|pesad[oa]s?|cronometrad[oa]s?|contei|medi|pesei|cronometrei"
    r"|compte(?:e?s)?|mesure(?:e?s)?|pese(?:e?s)?|chronometre|gezahlt|gemessen|gewogen|gestoppt|contat[oiae]"
    r"|misurat[oiae]|cronometrat[oiae])\b"
    r"|\bn(?:on|ao)\s+(?:\w+\s+){0,2}(?:mai\s+)?(?:contat[oiae]|contei|misurat[oiae])\b"
)
_COUNTED = frozenset({"number", "hours_per_week", "years"})

# All new to the candidate, in the six languages: "ganz neu für mich", "new to me", "nuevo
# para mí", "nouveau pour moi", "novo pra mim", "nuovo per me".
_NEW_TO_ME = re.compile(
    r"\b(?:neu\s+fur\s+mich|new\s+(?:to|for)\s+me|nuev[oa]\s+para\s+mi|nouvel(?:le)?\s+pour"
    r"\s+moi|nouveau\s+pour\s+moi|nov[oa]\s+(?:para|pra)\s+mim|nuov[oa]\s+per\s+me)\b"
)
# Never having worked or done it, in the six languages: a count of zero is then a "none".
_NEVER_WORKED = re.compile(
    r"\b(?:worked|work|done|experience|trabajado|hecho|experiencia|gearbeitet|gemacht"
    r"|erfahrung|travaille|fait|trabalhei|trabalhado|feito|lavorato"
    r"|fatto|esperienza)\b"
)

_BECAUSE = re.compile(
    r"^\W*(?:because|since|as|cause|puisque|parce\s+qu\w*|car|porque|pois|ya\s+que|weil|denn"
    r"|perche|poiche|siccome|visto\s+che|dado\s+que)\b"
)
_READ = ("parser", "aside")  # findings of the field readers
# A number taken back in any language ("venticinque, non venti" → "25, not 20").
_TAKEN_BACK = re.compile(r"\bnot\s+(?:\w+\s+)?\d")


def _has_number(msg: Message) -> bool:
    return any(re.search(r"\d", d) for d in msg.digits)


# A number with its unit, once another language's units are put in English words.
_GLOSSED_UNIT = re.compile(r"\d\s*(?:hours?|years?|months?|weeks?|days?)\b")


# A number before a unit word of Spanish, German, French, Portuguese or Italian, in
# accent-free text; three letters at least, so that no English word is one ("£12 an
# hour" has no French years).
_FOREIGN_UNIT = re.compile(
    r"\d\s*(?:horas?|heures?|stunden?|ore|anos|anys|ans|jahren?|anni|meses|mois"
    r"|monaten?|mesi|semanas?|semaines?|wochen?|settimane?|dias|jours?|tagen?|giorni)\b"
)


def _has_unit(msg: Message) -> bool:
    return any(_GLOSSED_UNIT.search(d) for d in msg.digits)


def msg_digits(msg: Message) -> str:
    return " ".join(msg.digits)


_ANSWER_WORD = re.compile(
    r"\b(?:answers?|replies|reply|respuestas?|antworte?n?|angaben?|reponses?|respostas?"
    r"|rispost[ae])\b"
)


# A topic named, then a colon: "und bei den Stunden: sagen wir 30", "about the hours: 25".
_HEADER = re.compile(r"([^\W\d_][^:.,;!?]{0,30}):\s*\S")
# Hours, in the six languages: they name an hours-a-week field in a header, and they are
# one of the units a story counts in (:data:`_UNITS`).
_HOUR_UNITS = r"hours?|hrs?|horas?|ore|ora|stunden?|std|heures?"
_HOURS_WORDS = re.compile(rf"\b(?:{_HOUR_UNITS})\b")


def _headed(spec: FieldSpec, evidence: str, vocab: Vocabulary) -> bool:
    """Whether ``evidence`` (plain) opens a part of itself with a topic header that names
    ``spec`` ("Ach, und bei den Stunden: sagen wir fest 30"): a value put there after a story
    told is the field's, said in so many words."""
    for m in _HEADER.finditer(evidence):
        head = m.group(1)
        if restates(spec, head, vocab) or (
            spec.type == "hours_per_week" and _HOURS_WORDS.search(head)
        ):
            return True
    return False


# Units of time a story counts in (matched on plain text), in the six languages.
_UNITS = re.compile(
    rf"\b(?:{_HOUR_UNITS}|h|minutes?|minutos?|minuti|minuten|days?|dias?|giorni|giorno|tage?n?"
    r"|jours?)\b"
)


def _opens_with_no_reason(content: str) -> bool:
    """Whether a reply is or opens with "no idea", "no particular reason", "boh" (all of
    it, or its first clause, in at most five words), rather than saying it inside an
    answer ("I'd tell them I don't know yet and ask my supervisor")."""
    flat = plain(content).strip()
    many = _MANY_REASONS.search(flat)
    if many is not None and len(flat.split()) - len(many.group().split()) <= 1:
        return True  # "Per tanti motivi, diciamo": reasons claimed, none told
    first = flat if len(flat.split()) <= 5 else re.split(r"[,.;:!?]", flat, maxsplit=1)[0]
    return len(first.split()) <= 5 and NO_REASON.search(first) is not None


# Many reasons and none of them: "for lots of reasons", "aus vielen Gründen", "por varios
# motivos". Only with one word more at most: "for many reasons, mainly the pay" tells one.
_MANY_REASONS = re.compile(
    r"\b(?:for\s+(?:many|lots\s+of|a\s+lot\s+of|several|various|loads\s+of|plenty\s+of)"
    r"|por\s+(?:muchas|muchos|varias|varios|muitas|muitos|diversas|diversos)"
    r"|aus\s+(?:vielen|verschiedenen|mehreren)|pour\s+(?:plein\s+de|beaucoup\s+de|plusieurs"
    r"|diverses|differentes)|per\s+(?:tanti|tante|molti|molte|vari|varie|diversi|diverse))"
    r"\s+(?:reasons?|razones|motivos?|grunden|raisons|motivi|ragioni|razoes)\b"
)


# No other thing: "no tengo otro trabajo", "I've no other job", "keine andere Arbeit", "pas
# d'autre travail", "nenhum outro emprego", "nessun altro impegno".
_NO_OTHER = re.compile(
    r"\b(?:no|not|nao|non|kein\w*|pas|nenhum\w*|nessun\w*|ningun\w*|sin|sem|senza|ohne)\s+"
    r"(?:\w+\s+){0,2}?(?:other|another|otro|otra|otros|otras|andere\w*|autres?|d'autres?"
    r"|outros?|outras?|altr[oiae])\b"
)


def _but_then_some(cue: Cue, content: str) -> bool:
    """Whether the negative is followed by a "but" that names some after all ("Never used
    proper weighbridge software but at the merchants we had Mandata and SAP"): a short
    answer, not a "none"."""
    if cue.clause not in content:
        return False
    rest = content[content.find(cue.clause) + len(cue.clause) :]
    m = _BUT.match(rest)
    after = rest[m.end() :] if m is not None else ""
    # not a wish to get some ("None yet but happy to do one if you pay for it")
    return len(after.split()) >= _BUT_SOME_WORDS and not _WISHED_FOR.search(plain(after))


_BUT = re.compile(r"^\W*(?:but|pero|mais|aber|mas|ma|però)\b", re.IGNORECASE)
# Willing to get it, in the six languages: "happy to do one", "me gustaría sacarlo".
_WISHED_FOR = re.compile(
    r"\b(?:happy|willing|keen|glad|would\s+like|i'?d\s+like|want\s+to|plan\w*|learn\w*"
    r"|me\s+gustaria|quiero|dispuest[oa]|aprender|gostaria|quero|disposto|disposta|wurde\s+gern"
    r"|mochte|gerne?|lernen|bereit|volontiers|j'aimerais|je\s+veux|pret[e]?\s+a|apprendre"
    r"|vorrei|voglio|imparare|disponibile\s+a)\b"
)
_BUT_SOME_WORDS = 3


def _goes_on(cue: Cue, content: str) -> bool:
    """Whether the message says more than its negative clause: "Non li tocco, pulisco
    intorno e lo dico al referente" answers an open question with what one would do."""
    rest = content[content.find(cue.clause) + len(cue.clause) :] if cue.clause in content else ""
    if rest and _SO_NOTHING.match(plain(rest)):
        return False  # "Non ne ho mai fatti, quindi non saprei cosa raccontare": nothing to tell
    return len(content.split()) - len(cue.clause.split()) >= 3


# What follows a negative to say there is nothing to tell: "so I wouldn't know what to say".
_SO_NOTHING = re.compile(
    r"^\W*(?:so|quindi|dunque|asi\s+que|entonces|entao|portanto|donc|also|daher)\s+"
    r"(?:i\s+)?(?:wouldn'?t\s+know|don'?t\s+know|non\s+saprei|non\s+so|no\s+sabria|no\s+se"
    r"|nao\s+saberia|nao\s+sei|je\s+ne\s+saurais|je\s+ne\s+sais|weiss\s+ich\s+nicht"
    r"|wusste\s+ich\s+nicht|nothing\s+to|niente\s+da|nada\s+que|nada\s+para|rien\s+a"
    r"|nichts\s+zu)\b"
)


def _after_an_answer(spec: FieldSpec, cue: Cue, content: str) -> bool:
    """Whether a negative clause follows words that answer without one: "Plana, remalladora
    y recubridora. La botonera no la he tocado nunca" names the machines used, then one not.
    Not where those words only name something else and the negative names the field's own
    subject: "Solo he trabajado con pescado, nunca con marisco vivo", asked the kinds of
    live shellfish handled."""
    before = content[: max(content.find(cue.clause), 0)]
    if len(before.split()) < _ANSWER_BEFORE_WORDS or NEGATIVE.search(before):
        return False
    return not (
        _ONLY_BEFORE.match(plain(before))
        and about_field(spec, cue.clause)
        and not about_field(spec, before)
        and not names_example_item(spec, before)
    )


_ONLY_BEFORE = re.compile(rf"\W*(?:\w+\s+)?{ONLY_WORDS}\b")


_ANSWER_BEFORE_WORDS = 3  # "Hola, buenas:" is no answer


def restates(spec: FieldSpec, evidence: str, vocab: Vocabulary | None = None) -> bool:
    """Whether ``evidence`` is about ``spec`` by its own words: the field's subject, or
    experience for a number of years. A value said beside no such word belongs to the
    question it answered, not to an earlier field that happens to take the same kind of
    value."""
    vocab = vocab or load_vocabulary()
    return (
        about_field(spec, evidence)
        or mentions_subject(spec, evidence, vocab)
        or (spec.type == "years" and bool(EXPERIENCE.search(plain(evidence))))
    )


def _clarify_target(
    job: JobSpec, content: str, asked: FieldSpec | None, vocab: Vocabulary
) -> str | None:
    """The field a clarification request is about: the one asked, unless it names another."""
    if asked is not None:
        # "what do you mean by hours per week?" while the LinkedIn question is open.
        folded = fold(content)
        by_label = [s for s in job.all_fields() if fold(s.label) in folded]
        return by_label[0].key if by_label and asked not in by_label else asked.key
    named = [s for s in job.all_fields() if _about(s, content, vocab)]
    return named[0].key if named else None


def _field_or_none(job: JobSpec, key: str | None) -> FieldSpec | None:
    if key is None:
        return None
    try:
        return job.field(key)
    except KeyError:
        return None


def _none_of_choices(
    spec: FieldSpec, asked: FieldSpec | None, content: str, job: JobSpec | None = None
) -> bool:
    """Whether a negative answers the choice question asked with a "none": "Non, pas de
    SSIAP" to "Which SSIAP diploma do you hold?", "I've never used a hotel system". Not
    where it names a choice ("not nights"), nor to a question of which one is wished for
    ("Which shift would you like?": a "no" there says nothing)."""
    return (
        spec.type == "single_choice"
        and asked is not None
        and spec.key == asked.key
        and not asks_preference(spec)
        # when, which period or shift: a "Nein" there is no "none" of them
        and not _ASKS_WHEN.search(plain(f"{spec.label} {spec.question or ''}"))
        and not names_some_choice(spec.choices or (), _shared_words(spec).sub(" ", plain(content)))
        # Having none, never having done it, or a no about the field itself: "No, mi muovo
        # in scooter" (to a car question asked before) is no "none" of the availabilities.
        and bool(
            says_has_none(content)
            or about_field(spec, content)
            or len(content.split()) <= _BARE_NONE_WORDS
        )
        # "Não tenho portfólio online ainda" to the software asked: another field's none
        and not (
            job is not None
            and names_another_field(
                spec, [o for o in job.all_fields() if o.key != spec.key], content
            )
        )
    )


_BARE_NONE_WORDS = 2
# A choice question about when or in which period, shift or schedule, in the six languages.
_ASKS_WHEN = re.compile(
    r"\b(?:when|cuando|quando|wann|quand|period\w*|periode|zeitraum|turn[oi]s?|shifts?"
    r"|schicht\w*|horari[oa]s?|orari[oa]|horaire|availab\w*|disponib\w*|verfugbar\w*"
    r"|start\w*|empez\w*|comec\w*|inizi\w*|commenc\w*|beginn\w*|dias?|days?|tage"
    r"|giorni|jours)\b"
)


def _only_the_asked_words(spec: FieldSpec, finding: Finding, asked: FieldSpec) -> bool:
    """Whether an unasked yes/no or choice was read only from the words the reply answers
    the question asked with: a yes/no from a choice of it ("Part-time la mattina" says
    nothing of "il sabato mattina"), a choice from its label, wording or choices ("sera e
    festivi" to an evenings question picks no evening shift)."""
    if finding.status != "answered" or not finding.evidence:
        return False
    if spec.type == "yes_no":
        if not asked.choices or _YES_OR_NO_WORD.search(plain(finding.evidence)):
            return False  # "…, e sì, pattino da quando avevo 6 anni": said to it outright
        # (a choice's word in another language's spelling is its word too: "The olive grove
        # walk" says "paseo por el olivar", nothing of "Curso de cata de aceite de oliva")
        roots = {w[:4] for w in re.findall(r"[a-z]{4,}", plain(" ".join(asked.choices)))}
        return not _named_beside_the_asked(spec, finding.evidence, _choice_stems(asked), roots)
    if _named_beside_the_asked(spec, finding.evidence, _asked_stems(asked)):
        return False  # "Sì, e preferisco il turno di sera": the shift named in its own words
    if asks_preference(spec) and says_wish(finding.evidence):
        # "Non ho mai fatto lavori artigiani, ma mi piacerebbe il restauro", asked the years
        # of craft work (whose wording names restoration): the work wished for, picked
        return False
    picked = stems(str(finding.value))
    asked_stems = _asked_stems(asked)
    # "bus de nuit" from "Cinq nuits." to "Nuits par semaine": a stem or its plural
    return bool(picked) and all(
        any(p.startswith(a) or a.startswith(p) for a in asked_stems) for p in picked
    )


# The Portuguese "no" ("in the") before a name: "No Itaguá", "no Rio".
_PT_IN_THE = re.compile(r"\b[Nn]o(?=\s+[A-ZÀ-Ý])")
_YES_OR_NO_WORD = re.compile(r"\b(?:yes|yeah|si|sim|oui|ja|no|non|nein|nao)\b")


def _named_beside_the_asked(
    spec: FieldSpec,
    text: str,
    asked_stems: set[str],
    roots: frozenset[str] | set[str] = frozenset(),
) -> bool:
    """Whether ``text`` names the field in words other than the question asked's (nor
    words opening with one of ``roots``)."""
    rest = " ".join(
        w
        for w in text.split()
        if not (stems(w) and stems(w) <= asked_stems) and plain(w)[:4] not in roots
    )
    return about_field(spec, rest) or echoes_question(spec, rest)


def _asked_stems(asked: FieldSpec) -> set[str]:
    """The stems of the question asked: its label, its wording and its choices."""
    return stems(" ".join([asked.label, asked.question or "", *(asked.choices or ())]))


def _choice_stems(asked: FieldSpec) -> set[str]:
    """The stems of the choices of the question asked."""
    return stems(" ".join(asked.choices or ()))


def _shared_words(spec: FieldSpec) -> re.Pattern[str]:
    """The words every choice has ("SSIAP" of "SSIAP 1", "SSIAP 2"): they name none."""
    words = [set(plain(c).split()) for c in spec.choices or ()]
    common = set.intersection(*words) if words else set()
    if not common:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(common))) + r")\w*")


# An earlier question taken up again by name: "ah, sobre o ônibus: …", "about the car:",
# "zum Führerschein:", "pour le permis :", "quanto al patentino:", "lo del coche:".
_REVISIT = re.compile(
    r"(?:^|[.!?]\s*|,\s*)(?:(?:ah|oh|and|also|btw|e|y|et|und)\W+)?(?P<topic>(?:about|regarding|re|as\s+for"
    r"|sobre|acerca\s+de|lo\s+de|lo\s+del|o\s+d[oa]|quanto\s+a[os]?|en\s+cuanto\s+a|zu[mr]?|wegen"
    r"|bezuglich|pour|concernant|quant\s+a(?:u|ux)?|riguardo\s+a\w*|quanto\s+al\w*|circa)\s+"
    r"[^:.!?]{1,40}):"
)


def revisits(spec: FieldSpec, text: str) -> bool:
    """Whether ``text`` takes the field up again by name before a colon: "ah, sobre o
    ônibus: minha moto quebrou, vou precisar sim" changes the answer to the bus."""
    return any(about_field(spec, m.group("topic")) for m in _REVISIT.finditer(plain(text)))


def _negates(spec: FieldSpec, cue: Cue) -> bool:
    # A negative about *sharing* ("I don't want to give my LinkedIn") is a refusal, not a none.
    return not DECLINE.search(cue.clause)


def _drop_other_work(spec: FieldSpec, found: list[Finding], vocab: Vocabulary) -> list[Finding]:
    """Years from other work beside an explicit negative about this field's subject ("never
    worked in a warehouse, 8 years as a waiter") are not years of it: the negative stands."""
    nones = [f for f in found if f.status == "none" and f.source in ("cue", "parser")]
    if not nones:
        return found
    kept = []
    for finding in found:
        # A negative that spans the whole sentence says nothing about which part is which;
        # one clause of it does ("Mai fatto, però ho lavorato tre anni come promoter").
        near = [
            n
            for n in nones
            if not grounded(finding.evidence, n.evidence)
            or len(n.evidence.split()) < len(finding.evidence.split())
        ]
        if finding.status == "answered" and near:
            rest = [
                c
                for c in clauses(finding.evidence)
                if not any(grounded(n.evidence, c) or grounded(c, n.evidence) for n in near)
            ]
            # The clause that counts, where one outside the negative does: "bühne, zelt
            # oder veranstaltungen noch gar nicht, nur 2 jahre lager" (its "bühne" is the
            # negative's, cut off by a comma).
            rest = [c for c in rest if _counts(c)] or rest
            if rest and not any(
                mentions_subject(spec, c, vocab) or about_field(spec, c) for c in rest
            ):
                continue
        kept.append(finding)
    return kept


def _counts(clause: str) -> bool:
    """Whether ``clause`` holds a number, in figures or in words of any of the six."""
    return any(re.search(r"\d", form) for form in digit_forms(clause))


def _propagate_experience_none(
    job: JobSpec, findings: dict[str, Finding], vocab: Vocabulary
) -> None:
    """ "No AI-training experience" also means no years of it: experience fields on one subject."""
    experience = [s for s in job.all_fields() if s.type in EXPERIENCE_TYPES]
    for spec in experience:
        source = findings.get(spec.key)
        if source is None or source.status != "none":
            continue
        for other in experience:
            if other is spec or other.key in findings:
                continue
            if subject_words(spec, vocab) & subject_words(other, vocab):
                findings[other.key] = replace(source, source="sibling")
