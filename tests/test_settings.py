"""Settings: environment prefix, explicit construction, and documentation kept honest."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from server.settings import DEFAULT_MODEL, PROJECT_ROOT, Settings

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_documented_in_the_readme(name: str) -> None:
    assert f"`INTERVIEWER_{name.upper()}`" in README


def test_environment_variables_use_the_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERVIEWER_MODEL", "smollm2-135m-instruct-q4_1")
    monkeypatch.setenv("INTERVIEWER_N_CTX", "2048")
    monkeypatch.setenv("INTERVIEWER_MODELS_DIR", "/srv/models")
    settings = Settings.from_env()
    assert settings.model == "smollm2-135m-instruct-q4_1"
    assert settings.n_ctx == 2048
    assert settings.models_dir == Path("/srv/models")


def test_defaults_need_no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(f"INTERVIEWER_{name.upper()}", raising=False)
    settings = Settings()
    assert settings.model == DEFAULT_MODEL == "qwen2.5-coder-0.5b-instruct-q4_k_m"
    assert settings.n_threads >= 1


@pytest.mark.parametrize(
    ("field", "value"), [("n_ctx", 10), ("port", 0), ("max_tokens", 0), ("queue_size", 0)]
)
def test_out_of_range_values_are_refused(field: str, value: int) -> None:
    with pytest.raises(ValidationError):
        Settings(**{field: value})


def test_unknown_settings_are_refused() -> None:
    with pytest.raises(ValidationError):
        Settings(modle="typo")  # type: ignore[call-arg]
