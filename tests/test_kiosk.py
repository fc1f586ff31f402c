"""Kiosk mode through the API: a link per device, a start with no log-in, nothing of one
person for the next, and the employer still sees every interview."""

from __future__ import annotations

from typing import Any

from litestar.testing import AsyncTestClient

from tests.helpers.web import ANSWERS, employer_with_job, login, register, say


async def kiosk_for(client: AsyncTestClient, job_id: int) -> str:
    r = await client.post(f"/api/jobs/{job_id}/kiosks")
    assert r.status_code == 201, r.text
    url = r.json()["url"]
    assert url.startswith("http://testserver.local/kiosk/")
    client.cookies.clear()  # the device is another browser: no employer log-in on it
    return url.removeprefix("http://testserver.local")


async def begin(client: AsyncTestClient, path: str, name: str, **extra: Any) -> dict[str, Any]:
    token = path.rsplit("/", 1)[1]
    r = await client.post(f"/api/kiosk/{token}/start", json={"name": name, **extra})
    assert r.status_code == 201, r.text
    assert r.headers["cache-control"] == "no-store"
    body = r.json()
    assert len(body["resume_code"]) == 9 and body["resume_code"][4] == "-"
    return {**body["interview"], "resume_code": body["resume_code"]}


async def test_a_kiosk_starts_interviews_with_no_log_in(web_client: AsyncTestClient) -> None:
    job_id = await employer_with_job(web_client)
    path = await kiosk_for(web_client, job_id)

    page = await web_client.get(path)
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    assert "Start" in page.text and "Your name" in page.text
    assert 'href="/login"' not in page.text and 'href="/account"' not in page.text

    first = await begin(web_client, path, "Ana Silva")
    assert first["candidate_name"] == "Ana Silva" and first["job_id"] == job_id
    turn = await say(web_client, first["id"], ANSWERS[0], "k-1")
    assert turn["state"] == "interview"
    assert (await web_client.get("/api/me")).json()["name"] == "Ana Silva"

    # No account pages, export or deletion on a kiosk log-in.
    code = {"password": first["resume_code"]}
    assert (await web_client.post("/api/me/export", json=code)).status_code == 404
    assert (await web_client.request("DELETE", "/api/me", json=code)).status_code == 404
    assert (await web_client.get("/account")).status_code == 404

    # Finish and clear: the log-in ends on the server; the old cookie reaches nothing.
    kept = dict(web_client.cookies)
    r = await web_client.post("/api/kiosk/finish")
    assert r.status_code == 200
    web_client.cookies.update(kept)  # a copy of the old cookie is worthless
    assert (await web_client.get(f"/api/interviews/{first['id']}")).status_code == 401
    assert (await web_client.get("/api/interviews")).status_code == 401

    # The next person starts fresh and cannot see the first.
    web_client.cookies.clear()
    second = await begin(web_client, path, "Ben Okoro", email="ben@example.org")
    assert second["id"] != first["id"] and second["candidate_name"] == "Ben Okoro"
    assert (await web_client.get(f"/api/interviews/{first['id']}")).status_code == 404
    mine = (await web_client.get("/api/interviews")).json()
    assert [i["id"] for i in mine] == [second["id"]]

    # Nothing is lost: the employer sees both, the first one partial.
    await login(web_client, "boss@example.com")
    apps = (await web_client.get(f"/api/jobs/{job_id}/applications")).json()
    by_name = {a["candidate"]["name"]: a for a in apps}
    assert set(by_name) == {"Ana Silva", "Ben Okoro"}
    assert by_name["Ana Silva"]["fields"]["linkedin_url"]["status"] == "answered"
    assert by_name["Ben Okoro"]["candidate"]["email"] == "ben@example.org"


async def test_only_the_jobs_employer_makes_kiosks(web_client: AsyncTestClient) -> None:
    job_id = await employer_with_job(web_client)
    await register(web_client, "other@example.com", role="employer", name="Other")
    assert (await web_client.post(f"/api/jobs/{job_id}/kiosks")).status_code == 404
    await register(web_client, "cand@example.com")
    assert (await web_client.post(f"/api/jobs/{job_id}/kiosks")).status_code == 403
    web_client.cookies.clear()
    assert (await web_client.post(f"/api/jobs/{job_id}/kiosks")).status_code == 401
    assert (await web_client.get("/kiosk/not-a-token")).status_code == 404
    r = await web_client.post("/api/kiosk/not-a-token/start", json={"name": "X"})
    assert r.status_code == 404


async def test_a_kiosk_account_cannot_log_in_and_an_e_mail_is_a_contact_only(
    web_client: AsyncTestClient,
) -> None:
    """A kiosk start answers alike whether or not the e-mail belongs to an account (issue
    14, finding 9): the kiosk account keeps it as a contact, never as a log-in, and the
    account that logs in with it is untouched."""
    job_id = await employer_with_job(web_client)
    path = await kiosk_for(web_client, job_id)
    taken = await begin(web_client, path, "Boss again", email="BOSS@example.com")
    web_client.cookies.clear()
    fresh = await begin(web_client, path, "Cleo", email="cleo@example.org")
    assert set(taken) == set(fresh) and taken["candidate_name"] == "Boss again"
    web_client.cookies.clear()
    for password in ("", "!kiosk: no password", "correct horse"):
        r = await web_client.post(
            "/api/auth/login", json={"email": "cleo@example.org", "password": password or "x"}
        )
        assert r.status_code == 401
    # A blank e-mail is no e-mail: the account gets an address no mail can reach.
    anon = await begin(web_client, path, "Dee", email="  ")
    assert anon["candidate_name"] == "Dee"

    await login(web_client, "boss@example.com")  # the account with that e-mail is as it was
    assert (await web_client.get("/api/me")).json()["name"] == "Boss"
    apps = (await web_client.get(f"/api/jobs/{job_id}/applications")).json()
    contact = {a["candidate"]["name"]: a["candidate"]["email"] for a in apps}
    assert contact == {"Boss again": "boss@example.com", "Cleo": "cleo@example.org", "Dee": ""}


async def test_a_resume_code_goes_on_elsewhere_and_a_wrong_one_does_not(
    web_client: AsyncTestClient,
) -> None:
    job_id = await employer_with_job(web_client)
    path = await kiosk_for(web_client, job_id)
    started = await begin(web_client, path, "Eve")
    await say(web_client, started["id"], ANSWERS[0], "e-1")
    await web_client.post("/api/kiosk/finish")

    web_client.cookies.clear()  # the candidate's own phone
    form = await web_client.get("/resume")
    assert form.status_code == 200 and "Resume code" in form.text
    csrf = web_client.cookies.get("interviewer_csrf")
    headers = {"Origin": "http://testserver.local"}
    wrong = await web_client.post(
        "/resume", data={"code": "AAAA-AAAA", "_csrf_token": csrf}, headers=headers
    )
    assert wrong.status_code == 401 and "not known" in wrong.text
    typed = started["resume_code"].lower().replace("-", " ")  # as someone might type it
    r = await web_client.post(
        "/resume",
        data={"code": typed, "_csrf_token": csrf},
        headers=headers,
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == f"/jobs/{job_id}"
    view = (await web_client.get(f"/api/interviews/{started['id']}")).json()
    assert ANSWERS[0] in [m["text"] for m in view["messages"]]
    # An ordinary log-in now: the account page is there, on the person's own device, and
    # the resume code stands in for the password this account does not have.
    assert (await web_client.get("/account")).status_code == 200
    r = await web_client.post("/api/me/export", json={"password": "wrong"})
    assert r.status_code == 403
    r = await web_client.post("/api/me/export", json={"password": started["resume_code"]})
    assert r.status_code == 200 and r.json()["account"]["name"] == "Eve"


async def test_a_spanish_jobs_kiosk_speaks_spanish(web_client: AsyncTestClient) -> None:
    """Any job, any language, on a kiosk: the page's own words follow the job's language."""
    await register(web_client, "jefa@example.com", role="employer", name="Jefa")
    job = {
        "title": "Preparador de pedidos",
        "description": "Turno de noche en un almacén de Zaragoza. Buscamos personas con "
        "experiencia en preparación de pedidos y manejo de carretillas.",
        "fields": [
            {"key": "carretilla", "label": "Carné de carretillero", "type": "yes_no"},
            {"key": "anos", "label": "Años de experiencia en almacén", "type": "years"},
        ],
    }
    r = await web_client.post("/api/jobs", json=job)
    assert r.status_code == 201, r.text
    path = await kiosk_for(web_client, r.json()["id"])
    page = (await web_client.get(path)).text
    assert '<html lang="es">' in page
    for words in ("Tu nombre", "Empezar", "Terminar y borrar", "¿Sigues ahí?", "Sigo aquí"):
        assert words in page, words
    assert "Your name" not in page and ">Start<" not in page
    # No account page at a kiosk: the notice says how to reach one on one's own device.
    assert "continúa con tu código para continuar en /resume" in page
    assert "Puedes descargar o eliminar tus datos en cualquier momento" not in page
    started = await begin(web_client, path, "Lucía")
    assert started["messages"][0]["text"].endswith("Carné de carretillero: ¿sí o no?")
