#!/usr/bin/env bash
# Build a self-contained install folder for a host with no network (an air-gapped lab).
#   ./scripts/bundle.sh OUT        run where PyPI is reachable, on the same CPU
#                                  architecture and Python minor version as the target
# OUT gets:
#   wheelhouse/          every wheel the interviewer needs; llama-cpp-python compiled here
#                        for any x86-64 CPU with AVX2 (BUILD_INFO says with which flags)
#   requirements.lock    those wheels pinned with their sha256 (pip --require-hashes)
#   app/                 the project's source (server, webui, grammars, catalog, deploy)
#   models/              the default model (INTERVIEWER_MODEL to choose another)
#   SHA256SUMS           every file above; install.sh checks it first
#   install.sh TARGET    the offline installer (leaves TARGET/.venv/bin/interviewer ready)
set -euo pipefail
if [ $# -ne 1 ]; then
    echo "usage: $0 OUT" >&2
    exit 2
fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
OUT=$(cd "$1" && pwd)
if [ -n "$(ls -A "$OUT")" ]; then
    echo "error: $OUT is not empty; give a new or empty folder" >&2
    exit 2
fi

# The builder: the project's own virtual environment, created if missing.
if [ ! -x "$ROOT/.venv/bin/interviewer" ]; then
    python3 -m venv "$ROOT/.venv"
    "$ROOT/.venv/bin/python" -m pip install -q --upgrade pip
    "$ROOT/.venv/bin/python" -m pip install -q -e "$ROOT"
fi
PY="$ROOT/.venv/bin/python"
PIP=("$PY" -m pip --disable-pip-version-check)

echo "== llama-cpp-python, portable"
# pip's cached build was compiled for this machine's CPU (-march=native) and may stop with
# SIGILL on the lab's. The bundle's is built for any x86-64 CPU with AVX2 (x86-64-v3:
# servers since 2013); set INTERVIEWER_BUNDLE_CMAKE_ARGS to choose other llama.cpp flags.
# The build takes minutes on 2 cores; it is kept, by version and flags, for the next bundle.
LLAMA_VERSION=$("$PY" -c 'from importlib.metadata import version; print(version("llama-cpp-python"))')
CMAKE_FLAGS=${INTERVIEWER_BUNDLE_CMAKE_ARGS:-"-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AVX512=OFF"}
KEY=$(printf '%s %s' "$LLAMA_VERSION" "$CMAKE_FLAGS" | sha256sum | cut -c1-16)
KEPT="${XDG_CACHE_HOME:-$HOME/.cache}/offline-interviewer/llama-cpp-python/$KEY"
if ! ls "$KEPT"/llama_cpp_python-*.whl >/dev/null 2>&1; then
    rm -rf "$KEPT.tmp" && mkdir -p "$KEPT.tmp"
    CMAKE_ARGS="$CMAKE_FLAGS" "${PIP[@]}" wheel -q --no-cache-dir --no-deps \
        --no-binary llama-cpp-python --wheel-dir "$KEPT.tmp" "llama-cpp-python==$LLAMA_VERSION"
    rm -rf "$KEPT" && mv "$KEPT.tmp" "$KEPT"
fi
mkdir -p "$OUT/wheelhouse"
cp "$KEPT"/llama_cpp_python-*.whl "$OUT/wheelhouse/"
printf 'llama-cpp-python %s built with CMAKE_ARGS=%s\n' "$LLAMA_VERSION" "$CMAKE_FLAGS" \
    > "$OUT/BUILD_INFO"

echo "== wheels"
# Every other dependency as a wheel, plus the build backend the project installs with;
# the portable llama-cpp-python above is the one pip finds.
"${PIP[@]}" wheel -q --find-links "$OUT/wheelhouse" --wheel-dir "$OUT/wheelhouse" \
    "$ROOT" "llama-cpp-python==$LLAMA_VERSION" "setuptools>=68" "wheel"
rm -f "$OUT"/wheelhouse/offline_interviewer-*.whl
"$PY" - "$OUT" <<'PYEOF'
import hashlib
import re
import sys
from pathlib import Path

out = Path(sys.argv[1])
lines = []
for wheel in sorted((out / "wheelhouse").glob("*.whl")):
    name, version = wheel.name.split("-")[:2]
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    name = re.sub(r"[-_.]+", "-", name).lower()
    lines.append(f"{name}=={version} --hash=sha256:{digest}")
(out / "requirements.lock").write_text(
    "# Every package of the interviewer, pinned with the sha256 of its wheel.\n"
    "# Made by scripts/bundle.sh; installed by install.sh with --require-hashes.\n"
    + "\n".join(lines) + "\n"
)
(out / "PYTHON_VERSION").write_text("%d.%d\n" % sys.version_info[:2])
PYEOF

echo "== app"
mkdir -p "$OUT/app"
# Tracked files and new ones git does not ignore: what a clone of this tree would hold.
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard \
    | grep -zv '^tests/' | xargs -0 tar -cf - --ignore-failed-read) | tar -xf - -C "$OUT/app"

echo "== model"
"$ROOT/.venv/bin/interviewer" models pull >/dev/null
"$PY" - "$ROOT" "$OUT" <<'PYEOF'
import shutil
import sys
from pathlib import Path

from server.models.catalog import load_catalog
from server.models.verify import ensure_verified
from server.settings import Settings

root, out = Path(sys.argv[1]), Path(sys.argv[2])
settings = Settings.from_env()
entry = load_catalog(settings).get(settings.model)
path, _ = ensure_verified(settings, settings.model)
(out / "models").mkdir()
shutil.copyfile(path, out / "models" / entry.file)
(out / "MODEL").write_text(entry.name + "\n")
PYEOF

echo "== installer"
cp "$ROOT/scripts/install.sh" "$OUT/install.sh"
chmod +x "$OUT/install.sh"
(cd "$OUT" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
echo "bundle ready: $OUT ($(du -sh "$OUT" | cut -f1)); on the target: $OUT/install.sh TARGET"
