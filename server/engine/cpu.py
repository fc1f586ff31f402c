"""CPU settings the model is loaded with, and the order the worker falls back along.

llama.cpp's CPU backend repacks weights into "extra buffer types" for faster
kernels (AMX, AVX-512 BF16 and friends). On some hosts that path crashes: with
llama-cpp-python 0.3.36 on Xeons with AMX, ``llama_decode`` of any batch of two
or more tokens segfaults while ``use_extra_bufts`` is on, and works without it.
A crash cannot be caught inside the process, so the worker proves each profile
with a self-check (a multi-token prefill and one constrained generation) before
the app says ready, and the parent retries with the next profile when it dies:

    full     llama.cpp's defaults (CPU weight repacking on): the fastest
    safe     no CPU weight repacking (``use_extra_bufts`` off)
    minimal  safe, and no memory mapping and no host op offload

``INTERVIEWER_CPU_PROFILE=auto`` walks that order; a profile name forces it.
The profile that served is recorded in every interview's model record.
"""

from __future__ import annotations

import signal
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class CpuProfile:
    name: str
    summary: str
    # Fields of llama.cpp's ``llama_model_params`` set before the model is loaded.
    model_params: Mapping[str, Any] = field(default_factory=dict)
    # Keyword arguments of ``llama_cpp.Llama``.
    llama_kwargs: Mapping[str, Any] = field(default_factory=dict)

    @property
    def extra_buffers(self) -> bool:
        return bool(self.model_params.get("use_extra_bufts", True))

    def record(self) -> dict[str, Any]:
        """What the model record keeps of this profile."""
        return {"profile": self.name, **self.model_params, **self.llama_kwargs}


PROFILES: dict[str, CpuProfile] = {
    profile.name: profile
    for profile in (
        CpuProfile("full", "llama.cpp's defaults, CPU weight repacking on"),
        CpuProfile(
            "safe",
            "no CPU weight repacking: use_extra_bufts off",
            model_params={"use_extra_bufts": False},
        ),
        CpuProfile(
            "minimal",
            "no CPU weight repacking, no memory mapping, no host op offload",
            model_params={"use_extra_bufts": False},
            llama_kwargs={"use_mmap": False, "op_offload": False},
        ),
    )
}

FALLBACK_ORDER: tuple[str, ...] = ("full", "safe", "minimal")


def ladder(setting: str, start: str | None = None) -> tuple[CpuProfile, ...]:
    """The profiles to try, in order: the forced one, or the fallback order from ``start``."""
    if setting != "auto":
        if setting not in PROFILES:
            raise ValueError(f"unknown CPU profile {setting!r}; use auto, full, safe or minimal")
        return (PROFILES[setting],)
    names = FALLBACK_ORDER[FALLBACK_ORDER.index(start) :] if start else FALLBACK_ORDER
    return tuple(PROFILES[name] for name in names)


def describe_exit(exitcode: int | None) -> str:
    """``-11`` -> ``"was killed by SIGSEGV"``; how a worker process ended, in words."""
    if exitcode is None:
        return "is still running"
    if exitcode < 0:
        try:
            return f"was killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"was killed by signal {-exitcode}"
    return f"exited with code {exitcode}"
