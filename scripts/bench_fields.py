"""What one candidate message costs to read, against the number of fields in the job.

    python scripts/bench_fields.py [--counts 1,10,20,40] [--rounds 3]

Prints one JSON object. For each count, a job with that many fields (every field
type in turn, or all of the costliest type) reads one long message (3,990 characters
of mixed answers) through the deterministic readers, the part of a turn that runs on
the CPU for every field; the median of ``--rounds`` is reported, and the ratio to one
field; and the largest job a definition may be (MAX_FIELDS fields of the costliest
type plus MAX_CUSTOM_QUESTIONS custom questions). Measured in one run, so the ratios
are fair on a noisy machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import get_args

from server.interview.spec import (
    MAX_CUSTOM_QUESTIONS,
    MAX_FIELDS,
    CustomQuestion,
    FieldSpec,
    FieldType,
    JobSpec,
)
from server.interview.understand import read_message
from server.interview.vocab import VOCAB_PATH, Vocabulary

SENTENCES = [
    "I have about 3 years of data annotation on Scale AI and Outlier, mostly RLHF ranking.",
    "I can work 20 hours a week, evenings and weekends, and I have a forklift licence.",
    "My profile is linkedin.com/in/dana-ruiz and I live in Valencia, Spain.",
    "No night shifts please, I have a newborn; I speak Spanish, English and some German.",
    "Before that I spent two years in retail and six months in a warehouse on the night crew.",
]


def _message(length: int = 3990) -> str:
    text = ""
    i = 0
    while len(text) < length:
        text += SENTENCES[i % len(SENTENCES)] + " "
        i += 1
    return text[:length]


def _job(count: int, only: str | None, questions: int = 0) -> JobSpec:
    types = [only] if only else list(get_args(FieldType))
    fields = []
    for n in range(count):
        kind = types[n % len(types)]
        fields.append(
            FieldSpec(
                key=f"f{n}",
                label=f"Field {n} about {kind.replace('_', ' ')}",
                type=kind,  # type: ignore[arg-type]
                choices=("Morning", "Evening", "Night") if kind == "single_choice" else None,
            )
        )
    custom = tuple(
        CustomQuestion(key=f"q{n}", question=f"Tell us about a time you solved problem {n}.")
        for n in range(questions)
    )
    return JobSpec(title="Bench job", fields=tuple(fields), custom_questions=custom)


def _median_read(job: JobSpec, text: str, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        # A fresh vocabulary each time: what one new message costs, nothing remembered.
        vocab = Vocabulary.from_dict(json.loads(VOCAB_PATH.read_text(encoding="utf-8")))
        started = time.perf_counter()
        read_message(job, text, job.all_fields()[0].key, vocab)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="1,10,20,40")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",")]
    text = _message()
    result: dict[str, object] = {"message_chars": len(text), "rounds": args.rounds}
    costliest = "ai_training_experience"
    for label, only in (("mixed_types", None), (costliest, costliest)):
        rows = {}
        for count in counts:
            rows[str(count)] = _median_read(_job(count, only), text, args.rounds)
        first = rows[str(counts[0])]
        result[label] = {
            "seconds": rows,
            "ratio_to_first": {k: round(v / first, 1) for k, v in rows.items()},
        }
    largest = _job(MAX_FIELDS, costliest, MAX_CUSTOM_QUESTIONS)
    result["largest_allowed_job_s"] = _median_read(largest, text, args.rounds)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
