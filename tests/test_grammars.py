"""The constraints in grammars/ are the ones the interview uses, closed and bounded."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from server import errors
from server.engine import grammars
from server.interview import prompts


@pytest.mark.parametrize("name", sorted(prompts.GRAMMARS))
def test_static_copy_matches_its_model(name: str) -> None:
    version = grammars.check_static(name, prompts.GRAMMARS[name])
    assert len(version) == 16


def test_no_stray_files_in_grammars() -> None:
    names = {p.name for p in grammars.GRAMMARS_DIR.glob("*.schema.json")}
    assert names == {grammars.path_for(n).name for n in prompts.GRAMMARS}


def test_a_stale_copy_is_reported_with_the_fix(tmp_path: Path) -> None:
    class Changed(BaseModel):
        model_config = ConfigDict(extra="forbid")
        flag: bool

    (tmp_path / "verdict.schema.json").write_text("{}\n", encoding="utf-8")
    with pytest.raises(errors.GrammarError, match=r"write_grammars\.py"):
        grammars.check_static("verdict", Changed, tmp_path)
    with pytest.raises(errors.GrammarError):
        grammars.check_static("missing", Changed, tmp_path)


def test_grammar_version_changes_with_the_schema() -> None:
    base = {"type": "object", "additionalProperties": False, "properties": {}}
    changed = {**base, "required": []}
    assert grammars.version(base) != grammars.version(changed)
    assert grammars.version(base) == grammars.version(dict(reversed(list(base.items()))))
