"""JSON constraints from pydantic models, and the versioned copies in ``grammars/``.

One pydantic class drives the schema, the constraint and the parse. A schema
must be *closed* (every object says ``additionalProperties: false``) and bound
every string and list, or it is refused: a constraint is never silently relaxed.
The schemas the project relies on are kept in ``grammars/<name>.schema.json``;
their sha256 is the grammar version stored with every interview, and a test
fails when a file no longer matches its model.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from server.engine.base import ChatMessage, Engine, GenerationRequest
from server.errors import GrammarError
from server.settings import PROJECT_ROOT

GRAMMARS_DIR = PROJECT_ROOT / "grammars"
M = TypeVar("M", bound=BaseModel)


def _walk(node: Any, path: str, problems: list[str]) -> None:
    if isinstance(node, dict):
        kind = node.get("type")
        if kind == "object" or "properties" in node:
            if node.get("additionalProperties") is not False:
                problems.append(f"{path}: object allows extra keys (use extra='forbid')")
        if kind == "string" and "enum" not in node and "const" not in node:
            if "maxLength" not in node and "pattern" not in node:
                problems.append(f"{path}: string without maxLength")
        if kind == "array" and "maxItems" not in node:
            problems.append(f"{path}: array without maxItems")
        for key, value in node.items():
            _walk(value, f"{path}/{key}", problems)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _walk(value, f"{path}/{index}", problems)


def closed_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The JSON schema of ``model``, refused unless closed and bounded."""
    schema = model.model_json_schema()
    problems: list[str] = []
    _walk(schema, "#", problems)
    if problems:
        raise GrammarError(
            f"{model.__name__} cannot be used as a constraint: " + "; ".join(problems)
        )
    return schema


def canonical(schema: dict[str, Any]) -> str:
    return json.dumps(schema, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def version(schema: dict[str, Any]) -> str:
    """Short content hash of a schema: the grammar version recorded with interviews."""
    return hashlib.sha256(canonical(schema).encode()).hexdigest()[:16]


def path_for(name: str, directory: Path = GRAMMARS_DIR) -> Path:
    return directory / f"{name}.schema.json"


def check_static(name: str, model: type[BaseModel], directory: Path = GRAMMARS_DIR) -> str:
    """Compare ``grammars/<name>.schema.json`` with ``model``; return its version.

    Raises GrammarError when the file is missing or stale, with the command that
    rewrites it.
    """
    schema = closed_schema(model)
    path = path_for(name, directory)
    try:
        stored = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        stored = None
    if stored != canonical(schema):
        raise GrammarError(
            f"{path} does not match {model.__name__}; regenerate it with "
            "`python scripts/write_grammars.py` and bump PROMPT_VERSION if behaviour changed"
        )
    return version(schema)


async def generate_model(
    engine: Engine,
    messages: list[ChatMessage],
    model: type[M],
    *,
    max_tokens: int | None = None,
    schema: dict[str, Any] | None = None,
) -> M:
    """Constrained generation parsed into ``model``.

    The constraint makes invalid JSON impossible; the parse is still checked, and
    a failure is a GrammarError, never a silent default.
    """
    request = GenerationRequest(
        messages=messages, schema=schema or closed_schema(model), max_tokens=max_tokens
    )
    generation = await engine.generate(request)
    try:
        return model.model_validate_json(generation.text)
    except ValidationError as exc:
        raise GrammarError(
            f"the model's output did not match {model.__name__} despite the constraint: "
            f"{exc.errors()[0]['msg']}"
        ) from exc
