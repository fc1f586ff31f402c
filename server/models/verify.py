"""sha256 checks of model files, and the start-up check the runtime relies on.

Next to ``FILE.gguf`` in the models folder live two small files:

- ``FILE.gguf.sha256`` (``sha256sum`` format): the expected hash of a model whose
  catalog entry has none, recorded at pull or import time;
- ``FILE.gguf.verified``: the last successful verification, keyed by size and
  mtime, so a large file is not re-hashed at every start.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Never

from tqdm import tqdm

from server.errors import ChecksumMismatch, ModelNotInstalled
from server.models.catalog import Catalog, ModelEntry, load_catalog, model_path
from server.settings import Settings

BLOCK_SIZE = 1 << 20
log = logging.getLogger(__name__)


def progress_bar(total: int | None, desc: str, enabled: bool) -> tqdm[Never]:
    """A byte progress bar on stderr (a no-op when ``enabled`` is false)."""
    return tqdm(
        total=total,
        desc=desc,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        file=sys.stderr,
        disable=not enabled,
        leave=False,
    )


def iter_blocks(stream: IO[bytes]) -> Iterable[bytes]:
    while block := stream.read(BLOCK_SIZE):
        yield block


def sha256_file(path: Path, *, progress: bool = False) -> str:
    """The hex sha256 of ``path``, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with (
        path.open("rb") as stream,
        progress_bar(path.stat().st_size, f"sha256 {path.name}", progress) as bar,
    ):
        for block in iter_blocks(stream):
            digest.update(block)
            bar.update(len(block))
    return digest.hexdigest()


def mismatch(
    actual_sha: str | None, actual_size: int, expected_sha: str | None, expected_size: int | None
) -> str | None:
    """What is wrong with a file of this size and hash, or None when it is as expected."""
    if expected_size is not None and actual_size != expected_size:
        return f"is {actual_size} bytes, expected {expected_size} (truncated or not this model)"
    if expected_sha is not None and actual_sha != expected_sha:
        return f"has sha256 {actual_sha}, expected {expected_sha} (corrupt or not this model)"
    return None


def verify_file(
    path: Path,
    expected_sha: str | None,
    expected_size: int | None = None,
    *,
    progress: bool = False,
    fix: str = "delete it and fetch the model again",
) -> str:
    """Hash ``path`` and compare; return its sha256 or raise ChecksumMismatch."""
    size = path.stat().st_size
    # A wrong size is reported without reading the whole file.
    problem = mismatch(None, size, None, expected_size)
    actual = sha256_file(path, progress=progress) if problem is None else None
    if actual is not None:
        problem = mismatch(actual, size, expected_sha, expected_size)
    if problem is not None or actual is None:
        raise ChecksumMismatch(f"{path} {problem}; {fix}")
    return actual


def record_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".txt")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_record(path: Path) -> str | None:
    """The sha256 recorded next to ``path`` at pull or import time, if any."""
    try:
        text = record_path(path).read_text(encoding="utf-8").split()
    except FileNotFoundError:
        return None
    digest = text[0].lower() if text else ""
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ChecksumMismatch(
            f"{record_path(path)} does not hold a sha256; "
            "delete it and pull or import the model again"
        )
    return digest


def write_record(path: Path, sha256: str) -> None:
    """Record the expected sha256 of ``path`` (``sha256sum -c`` can check it)."""
    _write_atomically(record_path(path), f"{sha256}  {path.name}\n")


def expected_sha256(settings: Settings, entry: ModelEntry) -> str | None:
    """The catalog's sha256, else the one recorded next to the file, else None."""
    return entry.sha256 or read_record(model_path(settings, entry))


def write_stamp(path: Path, sha256: str) -> None:
    """Remember that ``path`` (as it is now) hashed to ``sha256``. Best effort."""
    st = path.stat()
    stamp = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": sha256}
    try:
        _write_atomically(stamp_path(path), json.dumps(stamp) + "\n")
    except OSError as exc:
        log.debug("could not write %s: %s", stamp_path(path), exc)


def _stamp_matches(path: Path, sha256: str) -> bool:
    try:
        stamp = json.loads(stamp_path(path).read_text(encoding="utf-8"))
        st = path.stat()
    except (OSError, ValueError):
        return False
    return isinstance(stamp, dict) and stamp == {
        "size": st.st_size,
        "mtime_ns": st.st_mtime_ns,
        "sha256": sha256,
    }


def ensure_verified(
    settings: Settings,
    name: str,
    *,
    catalog: Catalog | None = None,
    force: bool = False,
    progress: bool = False,
) -> tuple[Path, str]:
    """Return ``(path, sha256)`` of the installed, verified model ``name``.

    Raises UnknownModel, ModelNotInstalled (absent, or no hash to check it against)
    or ChecksumMismatch. A verification is reused while size and mtime are unchanged,
    unless ``force``.
    """
    entry = (catalog or load_catalog(settings)).get(name)
    path = model_path(settings, entry)
    if not path.is_file():
        raise ModelNotInstalled(
            f"model {name!r} is not installed (expected {path}); "
            f"run `interviewer models pull {name}`, or copy the file in with "
            f"`interviewer models import PATH --name {name}`"
        )
    expected = expected_sha256(settings, entry)
    if expected is None:
        raise ModelNotInstalled(
            f"model {name!r} is in {path} but no sha256 is known to check it against; "
            f"run `interviewer models pull {name}` (reads it from the Hub) or "
            f"`interviewer models import PATH --name {name}`"
        )
    if not force and _stamp_matches(path, expected):
        return path, expected
    with contextlib.suppress(OSError):  # a failed check must not leave an old stamp behind
        stamp_path(path).unlink(missing_ok=True)
    fix = f"delete it and run `interviewer models pull {name}`"
    actual = verify_file(path, expected, entry.size, progress=progress, fix=fix)
    write_stamp(path, actual)
    return path, actual
