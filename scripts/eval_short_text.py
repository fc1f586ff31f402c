"""Short-text answers on the real model: the part of the reply stored, as one JSON object.

Each line of a cases file is ``{"id", "lang", "label", "question", "reply", "must_keep",
"span"}``: ``must_keep`` are the words any stored value must hold, ``span`` the shortest
part of the reply that answers (default: ``tests/data/short_text_blind.jsonl``, written by
someone who had not read the code). Every reply is read as the answer to its question
through the same code as a live interview (``server.interview.consult.understand``), and
the script prints, per language and overall: replies answered, values that kept every
``must_keep`` word, values equal to ``span``, the stored value's length against the
reply's, the model calls made, and each value that lost a word or differs from ``span``.

    .venv/bin/python scripts/eval_short_text.py [CASES.jsonl] [--whole]

``--whole`` stores the whole reply, as before the span was asked for.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from eval_open_answers import Counting  # scripts/ is the script's own folder

from server.engine.base import Engine
from server.engine.runtime import open_engine
from server.interview import consult, prompts
from server.interview.spec import FieldSpec, JobSpec
from server.interview.text import fold
from server.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT / "tests" / "data" / "short_text_blind.jsonl"


def _same(a: str, b: str) -> bool:
    return fold(a).strip(" .,;:!?") == fold(b).strip(" .,;:!?")


async def run(engine: Engine, cases: list[dict[str, Any]]) -> dict[str, Any]:
    counting = Counting(engine)
    counts: dict[str, Counter[str]] = {}
    chars = Counter[str]()
    misses = []
    started = time.perf_counter()
    for case in cases:
        spec = FieldSpec(key="f", label=case["label"], type="short_text", question=case["question"])
        job = JobSpec(title="Short answer", fields=(spec,))
        reading = await consult.understand(counting, job, case["reply"], "f")  # type: ignore[arg-type]
        finding = reading.findings.get("f")
        value = str(finding.value) if finding and finding.status == "answered" else ""
        kept = bool(value) and all(fold(w) in fold(value) for w in case["must_keep"])
        exact = bool(value) and _same(value, case["span"])
        for key in ("all", case["lang"]):
            c = counts.setdefault(key, Counter())
            c["cases"] += 1
            c["answered"] += bool(value)
            c["kept"] += kept
            c["exact"] += exact
        chars["value"] += len(value)
        chars["reply"] += len(" ".join(case["reply"].split()))
        chars["span"] += len(case["span"])
        if not kept or not exact:
            misses.append({"id": case["id"], "kept": kept, "value": value, "span": case["span"]})
    return {
        "per_language": {
            k: {m: f"{c[m]}/{c['cases']}" for m in ("answered", "kept", "exact")}
            for k, c in sorted(counts.items())
        },
        "stored_chars_share_of_reply": round(chars["value"] / max(chars["reply"], 1), 3),
        "ideal_chars_share_of_reply": round(chars["span"] / max(chars["reply"], 1), 3),
        "model_calls": counting.calls,
        "seconds": round(time.perf_counter() - started, 1),
        "misses": misses,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--whole", action="store_true", help="store the whole reply (no span)")
    args = parser.parse_args()
    if args.whole:

        async def no_span(engine: Engine, spec: FieldSpec, reply: str) -> None:
            return None

        prompts.answer_span = no_span  # type: ignore[assignment]
    cases = [json.loads(line) for line in args.cases.read_text().splitlines() if line.strip()]
    settings = Settings(generation_timeout_s=300.0)
    out: dict[str, Any] = {"cases": len(cases), "model": settings.model}
    async with open_engine(settings, warm_schemas=prompts.SCHEMAS) as engine:
        await prompts.warm(engine)
        out["result"] = await run(engine, cases)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    asyncio.run(main())
