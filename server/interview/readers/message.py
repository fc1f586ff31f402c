"""A reader's input and output: one prepared :class:`Message` in, :class:`Finding` objects out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from server.interview.numerals import numbers_to_digits
from server.interview.spec import FieldSpec, Status
from server.interview.text import mask_links, sentences


@dataclass(frozen=True)
class Finding:
    """What one message says about one field."""

    status: Status
    value: Any = None
    evidence: str = ""
    reason: str | None = None
    source: str = "parser"
    # A choice left vague between these, each named only by words they share ("A trained
    # Labrador" to "trained spaniel" or "trained retriever"): the model may pick among them.
    among: tuple[str, ...] = ()


@dataclass
class Message:
    """One candidate message, prepared once for every reader."""

    text: str
    asked: FieldSpec | None = None
    sentences: list[str] = field(default_factory=list)
    digits: list[str] = field(default_factory=list)
    lang: str = "en"
    # the job's fields, where the reader may ask whether a clause names another one
    fields: tuple[FieldSpec, ...] = ()

    @classmethod
    def of(cls, text: str, asked: FieldSpec | None = None, lang: str = "en") -> Message:
        sents = sentences(text)
        return cls(
            text, asked, sents, [numbers_to_digits(mask_links(s), lang) for s in sents], lang
        )

    def is_asked(self, spec: FieldSpec) -> bool:
        return self.asked is not None and self.asked.key == spec.key

    def others(self, spec: FieldSpec) -> tuple[FieldSpec, ...]:
        """The job's other fields (none where the message was read without its job)."""
        return tuple(f for f in self.fields if f.key != spec.key)
