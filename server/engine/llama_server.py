"""llama-cpp-python's OpenAI-compatible server, loaded with one of our CPU profiles.

``python -m llama_cpp.server`` always loads with llama.cpp's defaults, CPU weight
repacking included, so on hosts where repacking crashes (see ``server.engine.cpu``) it
dies on its first request. This runs the same server with a profile's model
parameters set first:

    python -m server.engine.llama_server --cpu-profile safe --model M.gguf --port 8080

Every other argument goes to llama-cpp-python's server unchanged. A crash cannot be
caught inside the process, so there is no ``auto`` here: the profile is chosen by hand
(``safe`` works wherever ``full`` does, somewhat slower). Only profiles made of model
parameters can be applied this way: ``minimal`` also needs a context setting that the
server does not take.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from server.engine import cpu
from server.engine.decode import changed_defaults

SERVABLE = tuple(name for name, p in cpu.PROFILES.items() if not p.llama_kwargs)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m server.engine.llama_server",
        description="llama-cpp-python's server with a CPU profile; other arguments are its own",
    )
    parser.add_argument("--cpu-profile", choices=SERVABLE, required=True)
    ours, theirs = parser.parse_known_args(argv)
    profile = cpu.PROFILES[ours.cpu_profile]
    from llama_cpp.server.__main__ import main as serve  # its optional deps load here

    sys.argv = [parser.prog, *theirs]
    hint = "use --cpu-profile full"
    with changed_defaults("llama_model_default_params", profile.model_params, hint):
        serve()  # type: ignore[no-untyped-call]


if __name__ == "__main__":
    main()
