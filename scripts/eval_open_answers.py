"""Open answers on the real model: answered or vague, as one JSON object.

Each line of a cases file is ``{"id", "lang", "question", "reply", "expect"}`` with
``expect`` "answered" or "vague" (default: ``tests/data/open_answers_blind.jsonl``, written
by someone who had not read the code). Every reply is read as the answer to its question
through the same code as a live interview (``server.interview.consult.understand``), once
as the interview does it and once with the model's answer check asked for every reply
(``--check-all`` alone runs only that), and the script prints accuracy per label and per
language, the model calls made and the misses.

    .venv/bin/python scripts/eval_open_answers.py [CASES.jsonl] [--check-all]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from server.engine.base import Engine, Generation, GenerationRequest
from server.engine.runtime import open_engine
from server.interview import consult, prompts
from server.interview.spec import CustomQuestion, JobSpec
from server.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT / "tests" / "data" / "open_answers_blind.jsonl"


class Counting:
    """The engine, counting the requests made through it."""

    def __init__(self, inner: Engine) -> None:
        self.inner = inner
        self.calls = 0

    async def generate(self, request: GenerationRequest) -> Generation:
        self.calls += 1
        return await self.inner.generate(request)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


async def run(engine: Engine, cases: list[dict[str, Any]], check_all: bool) -> dict[str, Any]:
    keep = consult.needs_check
    if check_all:
        consult.needs_check = lambda spec, text: True  # type: ignore[assignment]
    counting = Counting(engine)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    started = time.perf_counter()
    try:
        for case in cases:
            job = JobSpec(
                title="Open question",
                custom_questions=(CustomQuestion(key="q", question=case["question"]),),
            )
            reading = await consult.understand(counting, job, case["reply"], "q")  # type: ignore[arg-type]
            finding = reading.findings.get("q")
            got = finding.status if finding is not None else "missing"
            ok = got == case["expect"]
            for key in ("all", case["expect"], case["lang"]):
                total[key] += 1
                right[key] += ok
            if not ok:
                misses.append({"id": case["id"], "expect": case["expect"], "got": got})
    finally:
        consult.needs_check = keep  # type: ignore[assignment]
    return {
        "accuracy": {k: f"{right[k]}/{total[k]}" for k in sorted(total)},
        "model_calls": counting.calls,
        "seconds": round(time.perf_counter() - started, 1),
        "misses": misses,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--check-all", action="store_true", help="only the check-every-reply run")
    args = parser.parse_args()
    cases = [json.loads(line) for line in args.cases.read_text().splitlines() if line.strip()]
    settings = Settings(generation_timeout_s=300.0)
    out: dict[str, Any] = {"cases": len(cases), "model": settings.model}
    async with open_engine(settings, warm_schemas=prompts.SCHEMAS) as engine:
        await prompts.warm(engine)
        if not args.check_all:
            out["as_the_interview_does"] = await run(engine, cases, check_all=False)
        out["check_every_reply"] = await run(engine, cases, check_all=True)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    asyncio.run(main())
