"""Hostile input: size limits, Unicode, malformed bodies, markup, model names.

Decisions this file holds the app to: a message is at most 4,000 characters (422
beyond, 413 for a body over 64 KiB) and a refused message leaves no trace; NUL is
refused with 422 and broken UTF-16 (a lone surrogate) with 400; everything else
(right-to-left text, direction overrides, emoji, zero-width characters, control
characters) is kept exactly as sent. Markup is data: the JSON API returns it as
is, every page escapes it, and the Content-Security-Policy forbids inline script.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import AsyncTestClient

from server.app import create_app
from server.errors import UnknownModel
from server.settings import PROJECT_ROOT, Settings
from tests.helpers import database
from tests.helpers.web import JOB_BODY, employer_with_job, register, start

XSS = "<img src=x onerror=\"document.title='pwned'\"><script>alert(1)</script>"


def _rows(settings: Settings, sql: str) -> list[tuple[Any, ...]]:
    return database.rows(settings.database_url, sql)


async def _interview(client: AsyncTestClient) -> int:
    job_id = await employer_with_job(client)
    await register(client, "jane@example.com")
    return (await start(client, job_id))["id"]


async def _post(client: AsyncTestClient, iid: int, body: Any, raw: bytes | None = None) -> Any:
    return await client.post(
        f"/api/interviews/{iid}/messages",
        content=raw if raw is not None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )


async def test_oversized_messages_are_refused_and_leave_no_trace(
    web_client: AsyncTestClient, web_settings: Settings
) -> None:
    iid = await _interview(web_client)
    before = (await web_client.get(f"/api/interviews/{iid}")).json()
    for body, status in (
        ({"text": "x" * 4001, "client_id": "big"}, 422),
        ({"text": "😀" * 4001, "client_id": "big-emoji"}, 422),
        ({"text": "y" * 70_000, "client_id": "huge"}, 413),
        ({"text": "ok", "client_id": "k" * 65}, 422),
    ):
        r = await _post(web_client, iid, body)
        assert r.status_code == status, (status, r.text[:200])
        assert r.json()["detail"]
        if status == 422:
            assert re.search(r"text|client_id", r.json()["detail"])
    after = (await web_client.get(f"/api/interviews/{iid}")).json()
    assert after["messages"] == before["messages"]
    assert _rows(web_settings, "SELECT count(*) FROM messages") == [(1,)]
    # The limit itself is accepted, whole.
    r = await _post(web_client, iid, {"text": "é" * 4000, "client_id": "max"})
    assert r.status_code == 200 and r.json()["message"]["text"] == "é" * 4000
    assert _rows(web_settings, "SELECT length(text) FROM messages WHERE client_id='max'") == [
        (4000,)
    ]


KEPT = [
    "لدي خبرة ثلاث سنوات في تدريب الذكاء الاصطناعي",  # Arabic (right to left)
    "יש לי שלוש שנות ניסיון",  # Hebrew
    "3 years \u202etxet desrever\u202c of RLHF",  # right-to-left override
    "I work 👩‍💻 with 🧑🏽‍🔬 and 🇫🇷 flags 😀",  # emoji with joiners, modifiers, flags
    "zero\u200bwidth\u200cjoin\u200dand\u2060word\ufeffjoiner",  # zero-width characters
    "combining: e\u0301 a\u0308 Z̴̡̪͊a̶̢̛͕l̵̛͙g̸o",  # combining marks
    "控制字符 \x1b[31mred\x1b[0m bell\x07 tab\tend",  # control characters, CJK
    "line\u2028separator and\u2029paragraph",
    "𝓜𝓪𝓽𝓱 𝟙𝟚𝟛 and astral 𐍈 𓂀",
]


async def test_unicode_is_kept_exactly(web_client: AsyncTestClient, web_settings: Settings) -> None:
    iid = await _interview(web_client)
    for n, text in enumerate(KEPT):
        r = await _post(web_client, iid, {"text": text, "client_id": f"u{n}"})
        assert r.status_code == 200, (text, r.text)
        assert r.json()["message"]["text"] == text
    said = [
        m["text"]
        for m in (await web_client.get(f"/api/interviews/{iid}")).json()["messages"]
        if m["role"] == "candidate"
    ]
    assert said == KEPT
    stored = [
        t
        for (t,) in _rows(
            web_settings, "SELECT text FROM messages WHERE role='candidate' ORDER BY id"
        )
    ]
    assert stored == KEPT


async def test_random_unicode_is_kept_never_a_500(make_client: Any, web_settings: Settings) -> None:
    async with make_client(messages_per_account=1000) as client:
        await _random_unicode(client, web_settings)


async def _random_unicode(web_client: AsyncTestClient, web_settings: Settings) -> None:
    iid = await _interview(web_client)
    rng = random.Random(20241123)
    planes = [(0x20, 0x7F), (0xA0, 0x2FFF), (0x3000, 0xD7FF), (0xE000, 0xFFFD), (0x10000, 0x1FAFF)]
    sent = []
    for n in range(40):
        chars = []
        for _ in range(rng.randint(1, 60)):
            lo, hi = rng.choice(planes)
            chars.append(chr(rng.randint(lo, hi)))
        text = "".join(chars).strip() or "x"
        r = await _post(web_client, iid, {"text": text, "client_id": f"r{n}"})
        assert r.status_code == 200, (text, r.text)
        sent.append(text)
    stored = [
        t
        for (t,) in _rows(
            web_settings, "SELECT text FROM messages WHERE role='candidate' ORDER BY id"
        )
    ]
    assert stored == sent


async def test_nul_and_broken_unicode_are_refused_cleanly(
    web_client: AsyncTestClient, web_settings: Settings
) -> None:
    iid = await _interview(web_client)
    r = await _post(web_client, iid, {"text": "my url\x00 is secret", "client_id": "n1"})
    assert r.status_code == 422 and "NUL" in r.json()["detail"]
    r = await _post(
        web_client, iid, None, raw=b'{"text": "half \\ud800 a pair", "client_id": "s1"}'
    )
    assert r.status_code == 400 and "malformed" in r.json()["detail"]
    r = await _post(web_client, iid, None, raw=b'{"text": "bad utf-8 \xff\xfe here"}')
    assert r.status_code == 400 and "UTF-8" in r.json()["detail"]
    assert _rows(web_settings, "SELECT count(*) FROM messages") == [(1,)]

    web_client.cookies.clear()
    r = await web_client.post(
        "/api/auth/register",
        json={
            "email": "n@example.com",
            "password": "correct horse",
            "name": "N\x00",
            "role": "employer",
        },
    )
    assert r.status_code == 422 and "NUL" in r.json()["detail"]
    await register(web_client, "boss2@example.com", role="employer")
    for job in (
        {**JOB_BODY, "title": "Title\x00"},
        {**JOB_BODY, "fields": [{**JOB_BODY["fields"][0], "label": "Lab\x00el"}]},
    ):
        r = await web_client.post("/api/jobs", json=job)
        assert r.status_code == 422 and "NUL" in r.json()["detail"], r.text
    assert _rows(web_settings, "SELECT count(*) FROM jobs") == [(1,)]


@pytest.mark.parametrize(
    "raw",
    [
        b'{"text": ',
        b"[1, 2, 3]",
        b'"just a string"',
        b"null",
        b'{"text": 5}',
        b'{"text": ["a"]}',
        b'{"text": "hi", "role": "interviewer"}',
        b'{"text": "hi", "client_id": "../../etc"}',
        b"[" * 20_000 + b"]" * 20_000,
        b'{"a":' * 8_000 + b"1" + b"}" * 8_000,
        b'{"text": "' + b"\\u0041" * 5000 + b'"}',
        b"\xef\xbb\xbf{}",
    ],
)
async def test_malformed_bodies_get_a_clear_4xx(web_client: AsyncTestClient, raw: bytes) -> None:
    iid = await _interview(web_client)
    r = await _post(web_client, iid, None, raw=raw)
    assert 400 <= r.status_code < 500, (raw[:40], r.status_code, r.text[:200])
    assert r.json()["detail"]


async def test_markup_is_data_in_the_api_and_escaped_in_every_page(
    web_client: AsyncTestClient,
) -> None:
    await register(web_client, "boss@example.com", role="employer", name=XSS)
    job = {**JOB_BODY, "title": XSS, "description": XSS}
    job_id = (await web_client.post("/api/jobs", json=job)).json()["id"]
    pages = ["/employer", f"/employer/jobs/{job_id}", f"/employer/jobs/{job_id}/edit", "/account"]
    await register(web_client, "mallory@example.com", name=XSS)
    iid = (await start(web_client, job_id))["id"]
    r = await web_client.post(
        f"/api/interviews/{iid}/messages", json={"text": XSS, "client_id": "x1"}
    )
    assert r.status_code == 200 and r.json()["message"]["text"] == XSS  # data, returned as is
    for url in ["/jobs", f"/jobs/{job_id}", "/account", *pages]:
        if url in pages:
            await web_client.post(
                "/api/auth/login", json={"email": "boss@example.com", "password": "correct horse"}
            )
        r = await web_client.get(url)
        assert r.status_code == 200, url
        assert "<img src=x" not in r.text and "<script>alert" not in r.text, url
        csp = r.headers["content-security-policy"]
        assert (
            "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        )
        assert "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        # Every script the page loads is a file of our own; there is no inline script.
        assert re.findall(r"<script(?![^>]*\bsrc=\"/static/)", r.text) == []


def test_the_page_scripts_never_build_markup_from_text() -> None:
    for path in (PROJECT_ROOT / "webui").glob("*.js"):
        source = re.sub(r"//[^\n]*|/\*.*?\*/", "", path.read_text(encoding="utf-8"), flags=re.S)
        for sink in (
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
            'setAttribute("on',
            "srcdoc",
        ):
            assert sink not in source, (path.name, sink)
    for path in (PROJECT_ROOT / "webui").glob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "<script" not in html and " on" + "click=" not in html, path.name
        assert "http://" not in html and "https://" not in html, path.name  # no CDN


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd", "/etc/passwd", "..", "models/../../secret.gguf", "./x", "a/b", "x\\..\\y"],
)
async def test_a_model_name_cannot_reach_outside_the_models_folder(
    tmp_path: Path, name: str
) -> None:
    from server.models.verify import ensure_verified

    settings = Settings(
        model=name,
        database_url=f"sqlite:///{tmp_path / 'm.db'}",
        models_dir=tmp_path / "models",
        catalog_path=PROJECT_ROOT / "models" / "catalog.toml",
        allowed_hosts="testserver.local",
    )
    with pytest.raises(UnknownModel):
        ensure_verified(settings, name)
    async with AsyncTestClient(app=create_app(settings)) as client:
        for _ in range(200):
            health = (await client.get("/health")).json()
            if health["status"] != "loading":
                break
            await client.get("/health")
        assert health["status"] == "error" and "unknown model" in health["detail"]


async def test_no_request_can_name_a_model_or_a_path(web_client: AsyncTestClient) -> None:
    schema = (await web_client.get("/schema/openapi.json")).json()
    names = set()
    for item in schema["paths"].values():
        for operation in item.values():
            names |= {p["name"] for p in operation.get("parameters", [])}
    for component in schema.get("components", {}).get("schemas", {}).values():
        if component.get("title", "").endswith("In"):
            names |= set(component.get("properties", {}))
    risky = {n for n in names if re.search(r"model|path|file|dir|catalog", n, re.IGNORECASE)}
    assert risky == set()
    iid = await _interview(web_client)
    r = await _post(web_client, iid, {"text": "hi", "model": "../../etc/passwd"})
    assert r.status_code == 422
