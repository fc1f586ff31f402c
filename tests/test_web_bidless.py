"""A job without a bid: the interview ends with confirm and submit, and nothing the candidate
or the employer sees asks for, names or shows a bid (issue 10). The real app, a real
database, the scripted model."""

from __future__ import annotations

import csv
import io
import json

import pytest
from litestar.testing import AsyncTestClient

from server.interview import i18n
from server.interview.default_job import DEFAULT_JOB
from server.interview.languages import LANGUAGES
from server.interview.replies import Voice
from server.interview.spec import JobSpec
from server.web import page_text
from tests.helpers.web import JOB_BODY, complete, login, register, say, start

NO_BID = {**JOB_BODY, "bid": False}


async def _bidless_job(client: AsyncTestClient) -> int:
    await register(client, "boss@example.com", role="employer", name="Boss")
    r = await client.post("/api/jobs", json=NO_BID)
    assert r.status_code == 201, r.text
    assert r.json()["bid"] is False
    return int(r.json()["id"])


def _names_a_bid(text: str) -> bool:
    return "bid" in text.lower()


async def test_a_job_without_a_bid_ends_with_confirm_and_submit(
    web_client: AsyncTestClient,
) -> None:
    job_id = await _bidless_job(web_client)
    await register(web_client, "jane@example.com")
    interview = await start(web_client, job_id)
    iid = interview["id"]
    assert interview["bid"] is False
    assert not _names_a_bid(interview["notice"])
    assert (await web_client.get(f"/api/jobs/{job_id}")).json()["bid"] is False

    early = await web_client.post(f"/api/interviews/{iid}/proposal", json={})
    assert early.status_code == 409
    assert not _names_a_bid(early.json()["detail"])

    done = await complete(web_client, iid)
    assert done["state"] == "summary"
    # A bid for a job that takes none is refused, and says how to send it.
    given = await web_client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 10})
    assert given.status_code == 422
    assert given.json()["detail"] == "This job takes no bid: send the proposal without bid_amount."

    confirmed = await say(web_client, iid, "yes, that's right", "confirm")
    assert confirmed["state"] == "confirmed"
    assert "submit your application" in confirmed["reply"]
    assert not _names_a_bid(confirmed["reply"])
    late = await web_client.post(
        f"/api/interviews/{iid}/messages", json={"text": "one more thing", "client_id": "late"}
    )
    assert late.status_code == 409
    assert late.json()["detail"].endswith("Submit the proposal.")
    assert not _names_a_bid(late.json()["detail"])

    r = await web_client.post(f"/api/interviews/{iid}/proposal", json={})
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "submitted" and r.json()["bid_amount"] is None
    again = await web_client.post(f"/api/interviews/{iid}/proposal", json={})
    assert again.status_code == 409

    # The employer: no bid in the list's values, no bid columns in the CSV, none in JSONL.
    await login(web_client, "boss@example.com")
    [app] = (await web_client.get(f"/api/jobs/{job_id}/applications")).json()
    assert app["state"] == "submitted" and app["bid_amount"] is None
    csv_text = (await web_client.get(f"/api/jobs/{job_id}/applications.csv")).text
    header = next(csv.reader(io.StringIO(csv_text)))
    assert not any("bid" in column for column in header)
    [row] = list(csv.DictReader(io.StringIO(csv_text)))
    assert row["state"] == "submitted" and row["linkedin_url_status"] == "answered"
    jsonl = (await web_client.get(f"/api/jobs/{job_id}/applications.jsonl")).text
    [record] = [json.loads(line) for line in jsonl.splitlines()]
    assert record["bid_amount"] is None


async def test_the_proposal_can_be_submitted_from_the_summary(
    web_client: AsyncTestClient,
) -> None:
    job_id = await _bidless_job(web_client)
    await register(web_client, "jane@example.com")
    iid = (await start(web_client, job_id))["id"]
    await complete(web_client, iid)
    r = await web_client.post(f"/api/interviews/{iid}/proposal", json={})
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "submitted" and r.json()["confirmed_at"]


async def test_a_job_with_a_bid_still_needs_one(web_client: AsyncTestClient) -> None:
    await register(web_client, "boss@example.com", role="employer", name="Boss")
    job = (await web_client.post("/api/jobs", json=JOB_BODY)).json()
    assert job["bid"] is True  # the default
    await register(web_client, "jane@example.com")
    interview = await start(web_client, job["id"])
    assert interview["bid"] is True and "bid" in interview["notice"]
    iid = interview["id"]
    await complete(web_client, iid)
    for body in ({}, {"bid_amount": None}):
        missing = await web_client.post(f"/api/interviews/{iid}/proposal", json=body)
        assert missing.status_code == 422, missing.text
        assert "asks for a bid" in missing.json()["detail"]
        assert "bid_amount" in missing.json()["detail"]
    confirmed = await say(web_client, iid, "yes, that's right", "confirm")
    assert "enter your bid" in confirmed["reply"]
    late = await web_client.post(
        f"/api/interviews/{iid}/messages", json={"text": "one more thing", "client_id": "late"}
    )
    assert late.json()["detail"].endswith("Enter your bid and submit the proposal.")
    r = await web_client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 12})
    assert r.status_code == 200 and r.json()["bid_amount"] == 12


async def test_the_job_editor_round_trip_keeps_the_bid_setting(
    web_client: AsyncTestClient,
) -> None:
    job_id = await _bidless_job(web_client)
    read = (await web_client.get(f"/api/jobs/{job_id}")).json()
    assert read["bid"] is False
    # The editor sends back what it read (with the fields it does not show kept).
    body = {k: read[k] for k in NO_BID if k in read}
    body |= {"requires_consent": read["requires_consent"]}
    r = await web_client.put(f"/api/jobs/{job_id}", json=body)
    assert r.status_code == 200 and r.json()["bid"] is False
    r = await web_client.put(f"/api/jobs/{job_id}", json={**body, "bid": True})
    assert r.status_code == 200 and r.json()["bid"] is True
    assert (await web_client.get(f"/api/jobs/{job_id}")).json()["bid"] is True
    bad = await web_client.put(f"/api/jobs/{job_id}", json={**body, "bid": "sometimes"})
    assert bad.status_code == 422


async def test_the_preview_says_how_the_interview_ends(web_client: AsyncTestClient) -> None:
    await register(web_client, "boss@example.com", role="employer", name="Boss")
    with_bid = (await web_client.post("/api/jobs/preview", json=JOB_BODY)).json()
    without = (await web_client.post("/api/jobs/preview", json=NO_BID)).json()
    assert "enter your bid" in with_bid["confirmed"]
    assert "submit your application" in without["confirmed"]
    assert not _names_a_bid(without["confirmed"])


def test_a_job_saved_before_the_setting_asks_for_a_bid() -> None:
    stored = DEFAULT_JOB.model_dump(mode="json")
    del stored["bid"]
    assert JobSpec.model_validate(stored).bid is True


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_language_has_the_bidless_wording(lang: str) -> None:
    with_bid, without = Voice(lang), Voice(lang, bid=False)
    assert with_bid.confirmed() != without.confirmed()
    script = json.loads(page_text.script(lang))
    assert script["state_confirmed_nobid"] != script["state_confirmed"]
    assert script["confirmed_hint_nobid"] != script["confirmed_hint"]
    # The bid's own word is not in the bid-less wording (each catalog's word for "bid").
    bid_word = i18n.translations(lang).gettext("Your bid").split()[-1].lower()
    for text in (without.confirmed(), script["confirmed_hint_nobid"]):
        assert bid_word not in text.lower(), (lang, text)
