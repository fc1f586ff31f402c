"""Work samples: short screening tasks put to the candidate as ordinary fields, and the
picks checked against the employer's gold answers.

A **compare** sample (:class:`~server.interview.spec.CompareSample`) becomes two fields:
``{key}`` (single choice ``A`` or ``B``; its question shows the instructions, the prompt
and both responses) and ``{key}_why`` (long text: the reason), which is a rubric question
(:meth:`JobSpec.rubric_questions`) when the sample has a rubric, so the judging queue
judges it like any other, with the sample's task (instructions, prompt, responses, each
cut to :data:`MAX_TASK_PART_CHARS`, :func:`judge_task`) as the judge's context: "B,
because A invents a date" cannot be judged without A and B. A **label** sample becomes
one single-choice field per item, ``{key}_1`` … ``{key}_5``, whose choices are the labels
(the first item's question carries the instructions). They are asked after the fields and
custom questions, in order.

Every text around the employer's own is a catalog string (``replies.WORK_SAMPLE_TEXT``)
in the job's language. Gold answers and rubrics are never part of a field: what the
candidate is shown, and what the model reads, holds neither.

Scoring (:func:`check`): each pick is right or wrong against its gold; a sample's score is
its share of right picks (compare: 1 or 0; label: right items / items). The job's score
(``server.web.assessments``) is the mean over its rubric questions (a compare sample's
reason among them) and its work samples, each counted once.

A pick given **with its reason** in one message ("B, because A invents a date", "La B: la
A se inventa la fecha") answers the reason too (:func:`reason_with_pick`), so the reason
is not asked for again. The reason counts when the message, less the pick's own words,
holds at least :data:`MIN_REASON_WORDS` content words: words that are no stopword of the
six languages (those the rubric's lexical evidence ignores), no option letter, and none
of :data:`PICK_WORDS` (words that pick, name an option or its place, only grade or hedge,
or link a reason: "I'd pick B, it's clearly better" holds none). The whole message, less
any question in it, is the reason's answer: the pick gives its "it" a referent, and the
judge quotes it as written. The reason's field is filled only as if answered unasked: a
reason given before is kept, and a reply to the reason's own question replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from server.interview import i18n
from server.interview.readers.free_text import validate_text
from server.interview.readers.message import Finding
from server.interview.readers.subject import plain
from server.interview.replies import WORK_SAMPLE_TEXT
from server.interview.rubric_lexical import STOPWORDS
from server.interview.spec import (
    CompareSample,
    CustomQuestion,
    FieldSpec,
    FieldState,
    JobSpec,
    LabelSample,
    SampleField,
    job_language,
)
from server.interview.text import sentences

LETTERS = ("A", "B")
MAX_LABEL_CHARS = 120
MAX_TASK_PART_CHARS = 400


def _label(text: str) -> str:
    return text if len(text) <= MAX_LABEL_CHARS else text[: MAX_LABEL_CHARS - 1] + "…"


def _block(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p.strip())


def sample_parts(job: JobSpec) -> tuple[tuple[SampleField, ...], tuple[CustomQuestion, ...]]:
    """The fields of the job's work samples, in order, and the rubric questions among them."""
    _ = i18n.translations(job_language(job)).gettext
    text = {name: _(msgid) for name, msgid in WORK_SAMPLE_TEXT.items()}
    fields: list[SampleField] = []
    rubric: list[CustomQuestion] = []
    for n, sample in enumerate(job.work_samples, start=1):
        if isinstance(sample, CompareSample):
            task = _block(
                sample.instructions,
                f"{text['prompt']}\n{sample.prompt}",
                f"{text['response'].format(letter='A')}\n{sample.response_a}",
                f"{text['response'].format(letter='B')}\n{sample.response_b}",
                text["pick"],
            )
            fields.append(
                SampleField(
                    key=sample.key,
                    label=_label(text["pick_label"].format(n=n)),
                    type="single_choice",
                    choices=LETTERS,
                    question=task,
                    sample=sample.key,
                    part="pick",
                )
            )
            why = SampleField(
                key=f"{sample.key}_why",
                label=_label(text["why_label"].format(n=n)),
                type="long_text",
                question=text["why"],
                sample=sample.key,
                part="why",
            )
            fields.append(why)
            if sample.rubric:
                rubric.append(
                    CustomQuestion(key=why.key, question=text["why"], rubric=sample.rubric)
                )
        else:
            count = len(sample.items)
            for i, item in enumerate(sample.items, start=1):
                task = _block(
                    sample.instructions if i == 1 else "",
                    f"{text['item'].format(i=i, count=count)}\n{item.text}",
                    text["which_label"].format(labels=", ".join(sample.labels)),
                )
                fields.append(
                    SampleField(
                        key=f"{sample.key}_{i}",
                        label=_label(text["item_label"].format(n=n, i=i)),
                        type="single_choice",
                        choices=sample.labels,
                        question=task,
                        sample=sample.key,
                        part="label",
                        item=i,
                    )
                )
    return tuple(fields), tuple(rubric)


def _part(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_TASK_PART_CHARS else flat[: MAX_TASK_PART_CHARS - 1] + "…"


def judge_task(job: JobSpec, key: str) -> str | None:
    """What the rubric judge reads as context when judging field ``key``: a compare
    sample's task (its instructions, prompt and responses, each cut to
    :data:`MAX_TASK_PART_CHARS`) when ``key`` is the sample's reason; None for any other
    field. In English whatever the job's language: the judge's own words are English."""
    for sample in job.work_samples:
        if isinstance(sample, CompareSample) and key == f"{sample.key}_why":
            lines = [f"Instructions: {_part(sample.instructions)}"] if sample.instructions else []
            lines += [
                f"Prompt: {_part(sample.prompt)}",
                f"Response A: {_part(sample.response_a)}",
                f"Response B: {_part(sample.response_b)}",
            ]
            return "\n".join(lines)
    return None


@dataclass(frozen=True)
class Pick:
    """One pick of a work sample against its gold: ``pick`` is None until answered."""

    key: str  # the field's
    item: str | None  # a label item's text; None for a compare sample
    pick: str | None
    gold: str
    correct: bool | None  # None until answered


@dataclass(frozen=True)
class SampleResult:
    key: str
    kind: str
    picks: tuple[Pick, ...]
    why_key: str | None  # the reason's field (a compare sample's)

    @property
    def score(self) -> float | None:
        """The share of right picks, once every pick is made."""
        if not self.picks or any(p.correct is None for p in self.picks):
            return None
        return sum(1 for p in self.picks if p.correct) / len(self.picks)


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _pick(key: str, item: str | None, state: FieldState | None, gold: str) -> Pick:
    answered = state is not None and state.status == "answered" and isinstance(state.value, str)
    pick = state.value if answered and state is not None else None
    return Pick(key, item, pick, gold, None if pick is None else _same(pick, gold))


def check(job: JobSpec, fields: Mapping[str, FieldState]) -> tuple[SampleResult, ...]:
    """Every work sample of the job, each pick against its gold answer. Pure."""
    out = []
    for sample in job.work_samples:
        if isinstance(sample, LabelSample):
            picks = tuple(
                _pick(f"{sample.key}_{i}", item.text, fields.get(f"{sample.key}_{i}"), item.gold)
                for i, item in enumerate(sample.items, start=1)
            )
            out.append(SampleResult(sample.key, "label", picks, None))
        else:
            pick = _pick(sample.key, None, fields.get(sample.key), sample.gold)
            out.append(SampleResult(sample.key, "compare", (pick,), f"{sample.key}_why"))
    return tuple(out)


# -- a reason given with the pick -------------------------------------------------------

MIN_REASON_WORDS = 2
# Words of a reply to a pick question that give no reason, folded (lower case, no
# accents), in the six languages: picking and naming an option or its place, grading
# without saying in what, hedging, and the words that link a reason to its pick.
# fmt: off
PICK_WORDS = frozenset("""
pick picked choose chose chosen select selected prefer preferred go going vote voted take
option options response responses answer answers choice output reply one ones letter
first second former latter last reason because since cause cos coz
better best worse worst good bad great nice fine superior inferior preferable winner wins
win think thought guess believe feel like liked seems seem say said id ill im well yes
really clearly definitely honestly obviously simply overall personally probably surely sure
certainly absolutely totally way much lot far bit rather quite pretty too doubt neither
either both perfect closer although though anything something nothing everything isn
aren wasn doesn don didn hmm hm um uh eh ah oh ok okay
elijo escojo escogeria elegiria prefiero quedo voto opcion respuesta respuestas primera
primero segunda segundo razon porque pues mejor peor bueno buena buen malo mala gran creo
pienso parece claramente realmente duda obviamente definitivamente esta estan eso esto esa
ese sin aunque demasiado tan tanto algo nada yo si
nehme nehmen wahle wahlen wurde bevorzuge antwort variante erste ersten zweite zweiten grund
weil denn besser beste bessere schlechter gut gute guter klar klarer eindeutig definitiv
wirklich einfach finde denke glaube meine mir mich hier sehr viel mehr obwohl etwas nichts
scheint du
choisis choisirais prends prefere preferee reponse premiere premier deuxieme seconde raison
qu parce puisque meilleure meilleur mieux pire bonne bon plus clairement vraiment pense
trouve crois semble trop quelque chose rien moi
escolho escolheria prefiro fico resposta opcao razao pois melhor pior boa bom acho isso
mais ela ele embora demais algo nada eu
scelgo sceglierei preferisco prendo risposta opzione prima seconda motivo perche poiche
siccome migliore meglio peggiore peggio buona buono credo penso direi chiaramente davvero
piu lei anche sebbene troppo qualcosa niente nulla sembra mi io
""".split())
# fmt: on
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def reason_words(text: str, choices: tuple[str, ...]) -> list[str]:
    """The words of a reply to a pick question that could give its reason: what is left
    once stopwords, the option letters and :data:`PICK_WORDS` are taken out."""
    letters = {plain(c) for c in choices}
    return [
        w
        for w in _WORD.findall(plain(text))
        if len(w) > 1 and w not in letters and w not in STOPWORDS and w not in PICK_WORDS
    ]


def reason_with_pick(
    job: JobSpec, asked: FieldSpec | None, pick: Finding | None, text: str
) -> dict[str, Finding]:
    """The reason a compare sample's pick was given with, as the answer to its reason's
    field: empty unless ``asked`` is the pick, ``pick`` reads it, and the message, less
    its questions, holds a reason (:data:`MIN_REASON_WORDS`). Pure."""
    if not (isinstance(asked, SampleField) and asked.part == "pick"):
        return {}
    if pick is None or pick.status != "answered":
        return {}
    said = sentences(text)
    asking = [s for s in said if s.endswith("?")]
    reason = " ".join(s for s in said if not s.endswith("?")) if asking else text
    if len(reason_words(reason, asked.choices or ())) < MIN_REASON_WORDS:
        return {}
    why = next(
        f
        for f in job.all_fields()
        if isinstance(f, SampleField) and f.sample == asked.sample and f.part == "why"
    )
    value, _ = validate_text(why, reason)
    if value is None:
        return {}
    return {why.key: Finding("answered", value, reason, source="pick")}
