"""Rewrite grammars/<name>.schema.json from the pydantic models the model is constrained by.

    python scripts/write_grammars.py

Run it after changing a constraint model; tests/test_grammars.py fails while a copy is stale.
Prints the new grammar version as JSON.
"""

from __future__ import annotations

import json
import sys

from server.engine import grammars
from server.interview import prompts


def main() -> int:
    grammars.GRAMMARS_DIR.mkdir(exist_ok=True)
    for name, model in prompts.GRAMMARS.items():
        path = grammars.path_for(name)
        path.write_text(grammars.canonical(grammars.closed_schema(model)), encoding="utf-8")
    sys.stdout.write(json.dumps({"grammar_version": prompts.GRAMMAR_VERSION}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
