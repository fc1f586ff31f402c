"""Short and long text have no reader (the reply is the value): their length limits, checks."""

from __future__ import annotations

import re

from server.interview.spec import FieldSpec

TEXT_LIMITS: dict[str, int] = {"short_text": 200, "long_text": 2000}


def validate_text(spec: FieldSpec, value: str) -> tuple[str | None, str | None]:
    value = re.sub(r"\s+", " ", value).strip()
    if len(value) < 2 or not re.search(r"\w", value):
        return None, "that answer is empty"
    return value[: TEXT_LIMITS.get(spec.type, 2000)], None
