#!/usr/bin/env bash
# Install the interviewer from this bundle, with no network at all.
#   ./install.sh TARGET
# Checks every file of the bundle against SHA256SUMS, creates TARGET/.venv from the
# wheelhouse only (pip --no-index --require-hashes), puts the project in TARGET/app,
# imports and verifies the model, and writes systemd units to TARGET/deploy/.
# Afterwards: TARGET/.venv/bin/interviewer serve
set -euo pipefail
if [ $# -ne 1 ]; then
    echo "usage: $0 TARGET" >&2
    exit 2
fi
BUNDLE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"
TARGET=$(cd "$1" && pwd)
PYTHON=${PYTHON:-python3}

echo "== checking the bundle"
(cd "$BUNDLE" && sha256sum --quiet --strict -c SHA256SUMS)
want=$(cat "$BUNDLE/PYTHON_VERSION")
have=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$want" != "$have" ]; then
    echo "error: this bundle was built for Python $want but $PYTHON is $have;" \
         "set PYTHON=python$want or build the bundle with Python $have" >&2
    exit 1
fi

echo "== installing into $TARGET"
rm -rf "$TARGET/app"
cp -a "$BUNDLE/app" "$TARGET/app"
"$PYTHON" -m venv "$TARGET/.venv"
# --isolated: the host's pip configuration (mirrors, constraints) plays no part.
PIP=("$TARGET/.venv/bin/python" -m pip --isolated --disable-pip-version-check --no-input)
"${PIP[@]}" install -q --no-index --find-links "$BUNDLE/wheelhouse" \
    --require-hashes -r "$BUNDLE/requirements.lock"
# The project itself, from the checked source (its files were in SHA256SUMS).
"${PIP[@]}" install -q --no-index --no-deps --no-build-isolation -e "$TARGET/app"

echo "== model"
model=$(cat "$BUNDLE/MODEL")
file=$(ls "$BUNDLE/models")
env -u INTERVIEWER_MODELS_DIR -u INTERVIEWER_CATALOG_PATH \
    "$TARGET/.venv/bin/interviewer" models import "$BUNDLE/models/$file" --name "$model"

default=$("$TARGET/.venv/bin/python" -c 'from server.settings import DEFAULT_MODEL; print(DEFAULT_MODEL)')
if [ "$model" != "$default" ]; then
    echo "note: this bundle carries $model, not the default model; serve with" \
         "INTERVIEWER_MODEL=$model (for the service: in /etc/interviewer/interviewer.env)"
fi

mkdir -p "$TARGET/deploy"
for unit in "$TARGET"/app/deploy/systemd/*; do
    name=$(basename "$unit" .in)
    sed "s|@TARGET@|$TARGET|g" "$unit" > "$TARGET/deploy/$name"
done

cat <<DONE
installed. Start it with:
    $TARGET/.venv/bin/interviewer serve
or as a service that may reach loopback only (see $TARGET/app/README.md):
    cp $TARGET/deploy/interviewer* /etc/systemd/system/ && systemctl daemon-reload
    systemctl enable --now interviewer.service interviewer-purge.timer
DONE
