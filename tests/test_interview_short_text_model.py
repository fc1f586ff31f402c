"""The answering span of a short answer on the real default model: the frame and the
aside are left out, the answer's own words all kept, in two languages."""

from __future__ import annotations

import pytest

from server.engine.base import Engine
from server.interview import consult
from server.interview.spec import FieldSpec, JobSpec

pytestmark = [pytest.mark.model, pytest.mark.asyncio(loop_scope="module")]

# Other questions and replies than the blind set's and the prompt's examples.
CASES = (
    (
        FieldSpec(key="ciudad", label="Ciudad", type="short_text",
                  question="¿En qué ciudad vives actualmente?"),
        "Pues ahora mismo vivo en Valladolid, me mudé por el trabajo de mi pareja.",
        ("Valladolid",),
        ("mudé", "pareja"),
    ),
    (
        FieldSpec(key="software", label="Software", type="short_text",
                  question="Which spreadsheet programs have you used?"),
        "I have used Excel and Google Sheets a lot. I also did a forklift course last year.",
        ("Excel", "Google Sheets"),
        ("forklift",),
    ),
)  # fmt: skip


@pytest.mark.parametrize(("spec", "reply", "kept", "left_out"), CASES)
async def test_a_short_answer_keeps_the_part_that_answers(
    default_engine: Engine,
    spec: FieldSpec,
    reply: str,
    kept: tuple[str, ...],
    left_out: tuple[str, ...],
) -> None:
    job = JobSpec(title="Short answer", fields=(spec,))
    reading = await consult.understand(default_engine, job, reply, spec.key)
    finding = reading.findings[spec.key]
    assert finding.status == "answered"
    assert isinstance(finding.value, str)
    assert all(word in finding.value for word in kept), finding.value
    assert not any(word in finding.value for word in left_out), finding.value
    assert finding.value in reply and finding.evidence == reply
