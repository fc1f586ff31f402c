"""``interviewer models list | pull [NAME] | verify [NAME] | import PATH --name NAME``."""

from __future__ import annotations

import argparse
import sys

from server.errors import ModelError
from server.models.catalog import Catalog, installed, installed_entries, load_catalog
from server.models.fetch import Installed, import_file, pull
from server.models.verify import ensure_verified
from server.settings import Settings


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def _size(n: int | None) -> str:
    return "?" if n is None else f"{n / 1_000_000:.1f} MB"


def _list(settings: Settings, catalog: Catalog) -> int:
    header = ("NAME", "SIZE", "INSTALLED", "VERIFIED HERE", "DEFAULT")
    rows = [header]
    for entry in catalog:
        rows.append(
            (
                entry.name,
                _size(entry.size),
                "yes" if installed(settings, entry) else "no",
                "yes" if entry.verified_here else "no",
                "*" if entry.name == settings.model else "",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        _out("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    _out()
    _out(f"models folder: {settings.models_dir}")
    return 0


def _report(result: Installed) -> None:
    _out(f"{result.name}: {result.path} sha256 {result.sha256} ({result.origin})")
    if result.recorded:
        _out(
            f"note: the catalog has no sha256 for {result.name}; the hash above was "
            f"recorded in {result.path}.sha256 and later checks compare against it"
        )


def _verify(settings: Settings, catalog: Catalog, name: str | None) -> int:
    names = [name] if name else [entry.name for entry in installed_entries(settings, catalog)]
    if not names:
        _out(f"no model is installed in {settings.models_dir}; run `interviewer models pull`")
        return 0
    failed = 0
    for each in names:
        try:
            path, sha = ensure_verified(settings, each, catalog=catalog, force=True, progress=True)
        except ModelError as exc:
            failed += 1
            _out(f"{each}: FAILED: {exc}")
            continue
        _out(f"{each}: ok {path} sha256 {sha}")
    return 1 if failed else 0


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Run one ``models`` subcommand; return the process exit code."""
    catalog = load_catalog(settings)
    command = args.models_command
    if command == "list":
        return _list(settings, catalog)
    if command == "pull":
        _report(pull(settings, args.name or settings.model, catalog=catalog, progress=True))
        return 0
    if command == "verify":
        return _verify(settings, catalog, args.name)
    if command == "import":
        result = import_file(settings, args.path, args.name, catalog=catalog, progress=True)
        _report(result)
        return 0
    sys.stderr.write(f"error: unknown models command {command!r}\n")
    return 2
