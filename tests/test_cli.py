"""The command line: settings errors are clear, overrides are validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.cli import main


def test_a_bad_environment_setting_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_PORT", "abc")
    assert main(["models", "list"]) == 2
    assert "invalid setting (port" in capsys.readouterr().err


def test_a_bad_override_fails_before_anything_is_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "never.db"
    monkeypatch.setenv("INTERVIEWER_DATABASE_URL", f"sqlite:///{database}")
    assert main(["serve", "--port", "70000", "--no-pull"]) == 2
    assert "port" in capsys.readouterr().err
    assert not database.exists()


def test_an_unknown_model_is_an_error_not_the_default(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEWER_MODEL", "no-such-model")
    assert main(["models", "pull"]) == 2
    assert "no-such-model" in capsys.readouterr().err


def _log_lines(settings: str, logging_code: str) -> list[str]:
    """stderr lines of a fresh process that sets logging up as the CLI does, with
    ``Settings(settings)``, then runs ``logging_code``."""
    import subprocess
    import sys

    code = (
        "import logging\n"
        "from server.cli import TEXT_LOG_FORMAT, _configure_logging\n"
        "from server.settings import Settings\n"
        "logging.basicConfig(format=TEXT_LOG_FORMAT)\n"
        f"_configure_logging(Settings({settings}))\n" + logging_code
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stderr.splitlines()


def test_json_logs_are_one_object_per_line() -> None:
    import json

    lines = _log_lines(
        "log_format='json'",
        "logging.getLogger('server.test').warning('fell back to %s\\nERROR forged', 'safe')\n",
    )
    assert len(lines) == 1  # a newline in the message cannot start a second log line
    record = json.loads(lines[0])
    assert record["level"] == "WARNING" and record["logger"] == "server.test"
    assert record["message"] == "fell back to safe\nERROR forged"
    assert record["time"][:4].isdigit() and "T" in record["time"]


def test_text_logs_escape_request_data_that_would_forge_a_line() -> None:
    lines = _log_lines(
        "",
        "log = logging.getLogger('uvicorn.access')\n"
        "path = '/static/x\\nERROR server.web.auth: FORGED'\n"
        "log.warning('%s - \"GET %s\" 404', '127.0.0.1', path)\n"
        "try:\n"
        "    raise ValueError('boom')\n"
        "except ValueError:\n"
        "    logging.getLogger('server').exception('failed \\x1b[31m')\n",
    )
    assert lines[0] == (
        'WARNING uvicorn.access: 127.0.0.1 - "GET /static/x\\nERROR server.web.auth: FORGED" 404'
    )
    assert not any(line.startswith("ERROR server.web.auth") for line in lines)
    assert lines[1] == "ERROR server: failed \\x1b[31m"
    assert lines[2].startswith("Traceback")  # the traceback keeps its own lines
