"""The model catalog (``models/catalog.toml``): what each model is and where to get it.

:func:`load_catalog` reads and validates the file; :meth:`Catalog.get` looks a
name up (an unknown name is an error, never the default); :func:`model_path`
says where an entry's file lives, always inside ``settings.models_dir``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from server.errors import ConfigError, UnknownModel
from server.settings import Settings

# A plain file or model name: no separators, no "..", no leading dot.
_PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,127}")
_PINNED_REQUIREMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*==[A-Za-z0-9.+!_-]+")
_HF_REPO = re.compile(r"[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def check_plain_name(value: str, what: str = "name") -> str:
    """Return ``value`` if it is a single, harmless path component; raise ValueError if not."""
    if not _PLAIN_NAME.fullmatch(value) or ".." in value:
        raise ValueError(
            f"{what} {value!r} must be a plain name (letters, digits, '.', '_', '+', '-'; "
            "no path separators, no '..', not starting with '.')"
        )
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class HfSource(_Strict):
    """A file in a Hugging Face Hub repository."""

    kind: Literal["hf"]
    repo: str
    filename: str = Field(min_length=1)
    revision: str = Field("main", min_length=1)

    @field_validator("repo")
    @classmethod
    def _repo(cls, value: str) -> str:
        if not _HF_REPO.fullmatch(value):
            raise ValueError(f"repo {value!r} must look like 'owner/name'")
        return value

    def describe(self) -> str:
        return f"hf {self.repo}/{self.filename}@{self.revision}"


class PypiSource(_Strict):
    """Wheels that ship the file in chunks, concatenated in order."""

    kind: Literal["pypi"]
    packages: list[str] = Field(min_length=1)
    members: list[str] = Field(min_length=1)
    pip_args: list[str] = Field(default_factory=list)

    @field_validator("packages")
    @classmethod
    def _pinned(cls, value: list[str]) -> list[str]:
        for requirement in value:
            if not _PINNED_REQUIREMENT.fullmatch(requirement):
                raise ValueError(f"package {requirement!r} must be pinned, like 'name==1.2.3'")
        return value

    @field_validator("members")
    @classmethod
    def _relative(cls, value: list[str]) -> list[str]:
        for member in value:
            parts = PurePosixPath(member).parts
            if not parts or member.startswith("/") or ".." in parts or "\\" in member:
                raise ValueError(f"member {member!r} must be a relative path inside the wheel")
        return value

    @model_validator(mode="after")
    def _one_member_per_package(self) -> PypiSource:
        if len(self.packages) != len(self.members):
            raise ValueError(
                f"{len(self.packages)} packages but {len(self.members)} members; "
                "give one member per package, in the same order"
            )
        return self

    def describe(self) -> str:
        return "pypi " + ", ".join(self.packages)


class FileSource(_Strict):
    """A file copied in by hand; ``hint`` says where to get it."""

    kind: Literal["file"]
    hint: str = Field(min_length=1)

    def describe(self) -> str:
        return "file copied in by hand"


Source = Annotated[HfSource | PypiSource | FileSource, Field(discriminator="kind")]


class ModelEntry(_Strict):
    """One ``[[model]]`` of the catalog."""

    name: str
    description: str = Field(min_length=1)
    license: str = Field(min_length=1)
    file: str
    size: int | None = Field(None, gt=0)
    sha256: str | None = None
    chat_format: str = Field(min_length=1)
    verified_here: bool
    sources: list[Source] = Field(min_length=1)

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        return check_plain_name(value, "model name")

    @field_validator("file")
    @classmethod
    def _file(cls, value: str) -> str:
        check_plain_name(value, "file")
        if not value.endswith(".gguf"):
            raise ValueError(f"file {value!r} must end in .gguf (weights are kept out of git)")
        return value

    @field_validator("sha256")
    @classmethod
    def _sha(cls, value: str | None) -> str | None:
        if value is not None and not _SHA256.fullmatch(value):
            raise ValueError("sha256 must be 64 lowercase hex digits")
        return value


class _CatalogFile(_Strict):
    model: list[ModelEntry] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> _CatalogFile:
        for attr in ("name", "file"):
            seen: set[str] = set()
            for entry in self.model:
                value = getattr(entry, attr)
                if value in seen:
                    raise ValueError(f"two models share the {attr} {value!r}")
                seen.add(value)
        return self


@dataclass(frozen=True)
class Catalog:
    """The validated catalog, in file order."""

    path: Path
    entries: tuple[ModelEntry, ...]

    @property
    def names(self) -> list[str]:
        return [entry.name for entry in self.entries]

    def __iter__(self) -> Iterator[ModelEntry]:
        return iter(self.entries)

    def get(self, name: str) -> ModelEntry:
        for entry in self.entries:
            if entry.name == name:
                return entry
        raise UnknownModel(
            f"unknown model {name!r}; the catalog {self.path} knows: {', '.join(self.names)}. "
            "Pick one of those (INTERVIEWER_MODEL or the command's NAME) or add an entry."
        )


def _describe_errors(exc: ValidationError, raw: dict[str, Any]) -> str:
    models = raw.get("model")
    lines = []
    for error in exc.errors():
        loc = list(error["loc"])
        where = ".".join(str(part) for part in loc) or "(top level)"
        if len(loc) >= 2 and loc[0] == "model" and isinstance(loc[1], int):
            raw_entry = models[loc[1]] if isinstance(models, list) else None
            name = str(raw_entry.get("name", "?")) if isinstance(raw_entry, dict) else "?"
            rest = ".".join(str(part) for part in loc[2:])
            where = f"model[{loc[1]}] ({name})" + (f".{rest}" if rest else "")
        lines.append(f"{where}: {error['msg']}")
    return "; ".join(lines)


def load_catalog(source: Settings | Path) -> Catalog:
    """Read and validate the catalog (``settings.catalog_path``, or a path).

    Raises ConfigError saying what is wrong and where.
    """
    path = source.catalog_path if isinstance(source, Settings) else Path(source)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"model catalog {path} not found; set INTERVIEWER_CATALOG_PATH to the catalog file"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"model catalog {path} cannot be read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"model catalog {path} is not valid TOML: {exc}; fix the file") from exc
    try:
        parsed = _CatalogFile.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(
            f"model catalog {path} is invalid: {_describe_errors(exc, raw)}; fix the file"
        ) from None
    return Catalog(path=path, entries=tuple(parsed.model))


def model_path(settings: Settings, entry: ModelEntry) -> Path:
    """Where ``entry``'s file lives: always directly inside ``settings.models_dir``."""
    try:
        check_plain_name(entry.file, "file")
    except ValueError as exc:
        raise ConfigError(f"model {entry.name!r}: {exc}") from None
    root = settings.models_dir.resolve()
    path = root / entry.file
    if path.parent != root:  # belt and braces: check_plain_name already ensures this
        raise ConfigError(f"model {entry.name!r}: file {entry.file!r} escapes {root}")
    return path


def installed(settings: Settings, entry: ModelEntry) -> bool:
    """Whether ``entry``'s file is present (not whether it is verified)."""
    return model_path(settings, entry).is_file()


def installed_entries(settings: Settings, catalog: Catalog) -> list[ModelEntry]:
    """The catalog entries whose file is present in the models folder."""
    return [entry for entry in catalog if installed(settings, entry)]
