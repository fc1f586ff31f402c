"""Human oversight: when a record needs a person's review before anyone relies on it.

The system never rejects a candidate; the employer's review is the decision. What
it does is point at records it finds odd, with the reasons in plain words:

* the interview code saw instructions aimed at the system in an answer
  (``InterviewState.injection_suspected``), or this layer saw chat-template
  tokens, role markers or "ignore your instructions" phrasing in a message
  (:func:`message_flags`, a backstop that does not depend on the interview code);
* many answers were invalid or too vague to use;
* the model failed on several answers, so the deterministic reading stood alone.
"""

from __future__ import annotations

import re

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

_MARKERS = re.compile(
    "|".join(
        [
            # Chat-template tokens and role markers.
            r"<\|[a-z_]{2,30}\|>",  # <|im_start|>, <|system|>, <|eot_id|>, <|start_header_id|>
            r"\[/?INST\]|<</?SYS>>|</?s>|\[/?(?:system|assistant|admin)\]",
            r"^\s*#{1,}\s*(?:system|instructions?|assistant)\b",
            r"(?:^|[.!?]\s+|\(\s*)(?:system|assistant|developer|admin)\s*(?:message|prompt)?\s*:",
            r"\bnote\s+to\s+(?:the\s+)?(?:ai|assistant|model|bot|system|interviewer)\b",
            # Ignoring or replacing the instructions; asking for them.
            r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:\w+\s+){0,3}"
            r"(?:instructions?|rules|prompts?|guidelines)\b",
            r"\b(?:you\s+are\s+now|act\s+as|pretend\s+(?:to\s+be|you)|new\s+instructions?)\b",
            r"\b(?:admin|developer|debug|god|jailbreak)\s+mode\b",
            r"\b(?:system\s+prompt|your\s+(?:instructions|prompt))\b",
            r"\b(?:repeat|print|reveal|show|output|recite)\b.{0,40}"
            r"\b(?:instructions|prompt|examples?\s+you\s+were\s+given)\b",
            # Asking for a field, a score or a decision to be set.
            r"\b(?:mark|set|record|flag|label)\s+(?:\w+\s+){0,3}(?:as|to)\s+"
            r"(?:answered|complete|completed|done|verified|specific|passed)\b",
            r"\bmark\s+(?:all|every|each|the)\s+(?:\w+\s+)?(?:fields?|questions?|items?|answers?)\b",
            r"\bmark\b.{0,60}\b(?:complete|completed|answered|verified)\b",
            r"\b\w+_\w+\s*[:=]|\"\w+\"\s*:\s*\"",  # field_key = value, {"key": "value"}
            r"\b(?:set|give|raise)\s+(?:my|the|a)\s+(?:\w+\s+)?(?:score|rating|grade)\b",
            r"\b(?:approve|accept|hire|shortlist|reject)\s+(?:this|my|the|all\s+the)\s+"
            r"(?:application|candidate|applicant|proposal|others)|\b(?:approve|hire)\s+me\b",
            r"\b(?:end|finish|terminate|skip)\s+(?:the|this)\s+interview\b",
            # The same in other languages (French, Spanish, Portuguese, Italian, German, Dutch).
            r"\b(?:ignore[zr]?|oublie[zr]?|ignora[r]?|olvida[r]?|esquece[r]?|ignoriere[n]?"
            r"|vergiss|negeer|vergeet)\b.{0,40}\b(?:instructions?|consignes|r[eè]gles"
            r"|instrucciones|reglas|instru[cç][õo]es|regras|istruzioni|regole|anweisungen"
            r"|regeln|instructies|regels)\b",
            r"\b(?:marque[zr]?|marca[r]?|markiere[n]?|segna)\b.{0,40}\b(?:champs?|campos?|campi"
            r"|felder|feld)\b",
            # Russian, Chinese, Japanese.
            r"(?:игнорир\w*|забудь\w*)\s.{0,40}(?:инструкци|правил)",
            r"忽略.{0,10}(?:指令|指示|说明|规则)|系统提示|无视.{0,10}(?:指令|规则)",
            r"(?:指示|命令|ルール).{0,6}(?:無視|忘れ)|システムプロンプト",
        ]
    ),
    re.IGNORECASE | re.MULTILINE,
)


# Links are the candidate's data (query strings look like ``key=value``): not looked at.
_LINK = re.compile(r"\S*(?:://|www\.|\.[a-z]{2,6}/)\S*", re.IGNORECASE)


def message_flags(text: str) -> list[str]:
    """Flags one candidate message raises on its own, before the model sees it."""
    return [INJECTION_FLAG] if _MARKERS.search(_LINK.sub(" ", text)) else []


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
