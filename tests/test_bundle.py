"""The air-gapped install: scripts/bundle.sh builds a folder where the registries answer,
and its install.sh installs and serves from it in a network namespace with no network."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from server.settings import PROJECT_ROOT

UNITS = PROJECT_ROOT / "deploy" / "systemd"


def _unit(path: Path) -> dict[str, list[str]]:
    """``key -> values`` of a systemd unit file (sections flattened)."""
    values: dict[str, list[str]] = {}
    for line in path.read_text().splitlines():
        if "=" in line and not line.lstrip().startswith(("#", "[")):
            key, value = line.split("=", 1)
            values.setdefault(key.strip(), []).append(value.strip())
    return values


@pytest.mark.parametrize("name", ["interviewer.service.in", "interviewer-purge.service.in"])
def test_the_services_may_reach_loopback_only(name: str) -> None:
    unit = _unit(UNITS / name)
    assert unit["IPAddressDeny"] == ["any"]
    assert unit["IPAddressAllow"] == ["localhost"]
    assert unit["ExecStart"][0].startswith("@TARGET@/.venv/bin/interviewer ")
    assert unit["User"] == ["interviewer"] and unit["ProtectSystem"] == ["strict"]


def test_the_rendered_units_pass_systemd_analyze(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed")
    if not (PROJECT_ROOT / ".venv" / "bin" / "interviewer").exists():
        pytest.skip("no .venv/bin/interviewer to point the units at")
    for unit in UNITS.iterdir():
        text = unit.read_text().replace("@TARGET@", str(PROJECT_ROOT))
        (tmp_path / unit.name.removesuffix(".in")).write_text(text)
    names = sorted(p.name for p in tmp_path.iterdir())
    done = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *(f"./{n}" for n in names)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    # Unknown keys are only warnings: any output at all fails.
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_purge_timer_starts_the_purge_service_daily() -> None:
    timer = _unit(UNITS / "interviewer-purge.timer")
    assert timer["OnCalendar"] == ["daily"] and timer["Persistent"] == ["true"]
    assert "purge" in _unit(UNITS / "interviewer-purge.service.in")["ExecStart"][0]


@pytest.mark.model
@pytest.mark.bundle
def test_an_air_gapped_install_serves_an_interview(
    tmp_path: Path, default_model_path: Path
) -> None:
    if os.geteuid() != 0 or shutil.which("unshare") is None or shutil.which("ip") is None:
        pytest.skip("needs root, unshare and ip to make a network namespace")
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("this host does not allow a new network namespace (unshare -n)")
    bundle, target = tmp_path / "bundle", tmp_path / "lab"
    env = {k: v for k, v in os.environ.items() if not k.startswith("INTERVIEWER_")}
    built = subprocess.run(
        [str(PROJECT_ROOT / "scripts" / "bundle.sh"), str(bundle)],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    lock = (bundle / "requirements.lock").read_text()
    assert "llama-cpp-python==" in lock and "--hash=sha256:" in lock
    assert any(p.name.startswith("llama_cpp_python-") for p in (bundle / "wheelhouse").iterdir())
    assert (bundle / "models" / default_model_path.name).stat().st_size == (
        default_model_path.stat().st_size
    )

    script = f"""
set -euo pipefail
ip link set lo up
# Nothing but loopback exists in here: no route, no name server, no packet can leave.
test "$(ip -o link | cut -d: -f2 | tr -d ' ')" = "lo"
if python3 -c 'import socket; socket.create_connection(("1.1.1.1", 443), timeout=3)' \
        2>/dev/null; then
    echo "the namespace reached the network" >&2; exit 1
fi
{bundle}/install.sh {target}
test -x {target}/.venv/bin/interviewer
grep -q 'IPAddressDeny=any' {target}/deploy/interviewer.service
if command -v systemd-analyze >/dev/null; then
    out=$(cd {target}/deploy && systemd-analyze verify --man=no ./interviewer.service \
        ./interviewer-purge.service ./interviewer-purge.timer 2>&1)
    if [ -n "$out" ]; then echo "$out" >&2; exit 1; fi
fi
cd {target}/app && ./scripts/smoke.sh {target}/.venv/bin/python
"""
    served = subprocess.run(
        ["unshare", "-n", "bash", "-c", script],
        env={**env, "HOME": str(tmp_path), "PIP_CONFIG_FILE": os.devnull},
        capture_output=True,
        text=True,
        timeout=1800,
    )
    output = served.stdout[-4000:] + served.stderr[-4000:]
    assert served.returncode == 0, output
    assert '"ok": true' in served.stdout, output
