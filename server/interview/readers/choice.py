"""The single-choice reader: one of the job's choices, named and not turned down."""

from __future__ import annotations

import re

from server.interview.readers.message import Finding, Message
from server.interview.readers.subject import plain
from server.interview.readers.yes_no import UNDECIDED
from server.interview.spec import FieldSpec

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
    if msg.is_asked(spec) and UNDECIDED.search(plain(msg.text)):
        return [Finding("vague", None, msg.text, "please pick one of the options")]
    return []
