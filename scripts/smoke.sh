#!/usr/bin/env bash
# Start `interviewer serve` as a user would (fresh database, default model), wait for
# ready and send turns that need the model through HTTP (scripts/smoke.py). Any crash
# on that path, on whatever host runs this, fails the script.
#   ./scripts/smoke.sh [PYTHON [smoke.py options]]     (default: .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
shift || true
BIN=$(dirname "$PY")
WORK=$(mktemp -d)
PORT=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export INTERVIEWER_DATABASE_URL="sqlite:///$WORK/smoke.db"
"$BIN/interviewer" serve --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
stop() {
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
}
trap stop EXIT
status=0
"$PY" scripts/smoke.py "http://127.0.0.1:$PORT" --ready-timeout 900 "$@" || status=$?
stop
trap - EXIT
if [ "$status" != 0 ] || grep -q "Traceback" "$WORK/serve.log"; then
    echo "--- interviewer serve log ---" >&2
    cat "$WORK/serve.log" >&2
    exit 1
fi
grep -E "model worker|fell back|CPU profile" "$WORK/serve.log" || true
rm -rf "$WORK"
