"""Human oversight: when a record needs a person's review before anyone relies on it.

The system never rejects a candidate; the employer's review is the decision. What
it does is point at records it finds odd, with the reasons in plain words:

* the interview code saw instructions aimed at the system in an answer
  (``InterviewState.injection_suspected``), or this layer saw chat-template
  tokens, role markers or "ignore your instructions" phrasing in a message
  (:func:`message_flags`, a backstop on every message, whatever the interview made of
  it; both read the one lexicon of ``server.interview.instructions``);
* many answers were invalid or too vague to use;
* the model failed on several answers, so the deterministic reading stood alone.
"""

from __future__ import annotations

import re

from server.interview.instructions import aimed_at_system
from server.interview.spec import JobSpec
from server.interview.turn import InterviewState

INJECTION_FLAG = "a message tried to instruct the interviewer (possible prompt injection)"
INVALID_FLAG = "many answers were invalid or too vague to use"
MODEL_FLAG = "the model failed on several answers"

# Re-asks across all fields (an invalid or vague answer each) that make a record odd.
MAX_MISSES = 4
# Fields still invalid at once.
MAX_INVALID_FIELDS = 2
MAX_MODEL_FAILURES = 2

# Links are the candidate's data (query strings look like ``key=value``): not looked at.
_LINK = re.compile(r"\S*(?:://|www\.|\.[a-z]{2,6}/)\S*", re.IGNORECASE)


def message_flags(text: str) -> list[str]:
    """Flags one candidate message raises on its own, before the model sees it."""
    return [INJECTION_FLAG] if aimed_at_system(_LINK.sub(" ", text)) else []


def review_reasons(
    spec: JobSpec, state: InterviewState, stored: list[str] | None = None
) -> list[str]:
    """Every reason this record needs a person's review; empty when it looks ordinary."""
    reasons = list(stored or [])
    if state.injection_suspected and INJECTION_FLAG not in reasons:
        reasons.append(INJECTION_FLAG)
    fields = [state.fields.get(f.key) for f in spec.all_fields()]
    misses = sum(f.misses for f in fields if f is not None)
    invalid = sum(1 for f in fields if f is not None and f.status == "invalid")
    if misses >= MAX_MISSES or invalid >= MAX_INVALID_FIELDS:
        reasons.append(INVALID_FLAG)
    if state.model_failures >= MAX_MODEL_FAILURES:
        reasons.append(MODEL_FLAG)
    return reasons
