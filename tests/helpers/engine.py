"""Replies for the scripted engine (``server.engine.fake.ScriptedEngine``).

``schema_responder`` answers any request with a small JSON document valid against the
schema asked for, so the whole app runs without a model. It is also imported by the
scripted server that ``tests.helpers.servers`` starts as a subprocess.
"""

from __future__ import annotations

import json

from server.engine.base import GenerationRequest
from server.engine.fake import last_user_message


def schema_instance(schema: dict, reply: str = "", root: dict | None = None) -> object:
    """A small document valid against ``schema``; a ``quote`` copies words of ``reply``."""
    root = root or schema
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return schema_instance(root.get("$defs", {})[name], reply, root)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return schema_instance(schema[key][0], reply, root)
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        props = schema.get("properties", {})
        out = {}
        for name in schema.get("required", list(props)):
            if name == "quote":
                out[name] = " ".join(reply.split()[:10])[: props[name].get("maxLength", 80)]
            else:
                out[name] = schema_instance(props[name], reply, root)
        return out
    if kind == "array":
        return [schema_instance(schema["items"], reply, root)] * schema.get("minItems", 0)
    if kind == "string":
        return "x" * schema.get("minLength", 0)
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return None


def schema_responder(request: GenerationRequest) -> str:
    """For ScriptedEngine: valid JSON for whatever schema is asked (plain text otherwise)."""
    text = last_user_message(request).content
    reply = text.split("Reply:", 1)[-1].strip()
    if request.schema is None:
        return "All right."
    return json.dumps(schema_instance(request.schema, reply))
