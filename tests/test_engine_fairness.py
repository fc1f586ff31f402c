"""The model's queue takes client addresses in turn, then accounts, within budgets."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from server import errors
from server.engine.base import ChatMessage, FairKey, GenerationRequest
from server.engine.fairness import FairQueue


def _queue(**budgets: int) -> FairQueue[str]:
    values = {"maxsize": 50, "per_group": 10, "per_member": 10, "per_job": 50, **budgets}
    return FairQueue(
        values["maxsize"],
        per_group=values["per_group"],
        per_member=values["per_member"],
        per_job=values["per_job"],
    )


async def _drain_order(queue: FairQueue[str]) -> list[str]:
    return [await queue.get() for _ in range(queue.qsize())]


async def test_a_newcomer_waits_behind_one_request_not_behind_a_whole_address() -> None:
    queue = _queue()
    for n in range(5):  # five accounts at one address, queued first
        queue.put_nowait(f"a{n}", FairKey("10.0.0.5", f"user:{n}", "job:1"))
    queue.put_nowait("victim", FairKey("10.0.0.9", "user:99", "job:1"))
    order = await _drain_order(queue)
    assert order[:2] == ["a0", "victim"]
    assert sorted(order[2:]) == ["a1", "a2", "a3", "a4"]


async def test_a_newcomer_arriving_while_a_busy_address_is_served_goes_next() -> None:
    queue = _queue()
    for n in range(5):
        queue.put_nowait(f"a{n}", FairKey("10.0.0.5", f"user:{n}"))
    assert await queue.get() == "a0"  # in flight when the newcomer arrives
    queue.put_nowait("victim", FairKey("10.0.0.9", "user:99"))
    assert await queue.get() == "victim"


async def test_behind_one_address_a_new_account_goes_before_a_busy_one() -> None:
    queue = _queue()
    for n in range(3):  # one account at a shared address (a NAT, a kiosk) sends three
        queue.put_nowait(f"busy{n}", FairKey("office", "user:1"))
    assert await queue.get() == "busy0"
    queue.put_nowait("newcomer", FairKey("office", "user:2"))
    assert await queue.get() == "newcomer"


def test_address_and_job_budgets_default_to_the_whole_queue() -> None:
    from server.engine.runtime import WorkerConfig
    from server.settings import Settings

    config = WorkerConfig.from_settings(Settings(queue_size=12), Path("m.gguf"), "chatml")
    assert (config.queue_per_address, config.queue_per_account, config.queue_per_job) == (12, 2, 12)


async def test_accounts_at_one_address_take_turns_and_keep_their_own_order() -> None:
    queue = _queue()
    for text in ("x1", "x2", "x3"):
        queue.put_nowait(text, FairKey("kiosk", "user:x"))
    for text in ("y1", "y2"):
        queue.put_nowait(text, FairKey("kiosk", "user:y"))
    assert await _drain_order(queue) == ["x1", "y1", "x2", "y2", "x3"]


@pytest.mark.parametrize(
    ("budget", "keys", "message"),
    [
        ({"per_member": 2}, [FairKey("a", "u")] * 3, "your earlier messages"),
        (
            {"per_group": 2},
            [FairKey("a", "u1"), FairKey("a", "u2"), FairKey("a", "u3")],
            "this address",
        ),
        (
            {"per_job": 2},
            [FairKey("a", "u1", "j"), FairKey("b", "u2", "j"), FairKey("c", "u3", "j")],
            "this job",
        ),
        ({"maxsize": 2}, [FairKey("a"), FairKey("b"), FairKey("c")], "busy"),
    ],
)
async def test_past_a_budget_the_caller_hears_busy_at_once_and_nothing_is_queued(
    budget: dict[str, int], keys: list[FairKey], message: str
) -> None:
    queue = _queue(**budget)
    for n, key in enumerate(keys[:-1]):
        queue.put_nowait(str(n), key)
    with pytest.raises(errors.EngineBusy, match=message):
        queue.put_nowait("over", keys[-1])
    assert queue.qsize() == len(keys) - 1
    if "maxsize" not in budget:  # another party still gets in
        queue.put_nowait("elsewhere", FairKey("other", "other", "other"))


async def test_budgets_free_up_as_requests_are_served() -> None:
    queue = _queue(per_member=1, per_job=1)
    queue.put_nowait("first", FairKey("a", "u", "j"))
    assert await queue.get() == "first"
    queue.put_nowait("second", FairKey("a", "u", "j"))
    assert queue.drain() == ["second"] and queue.empty()


@pytest.mark.model
async def test_the_real_engine_serves_a_newcomer_before_a_busy_address(smollm_path: Path) -> None:
    from server.engine.base import ModelInfo
    from server.engine.runtime import LlamaEngine, WorkerConfig

    config = WorkerConfig(
        model_path=smollm_path,
        chat_format="chatml",
        n_ctx=1024,
        n_threads=2,
        n_batch=256,
        max_tokens=16,
        generation_timeout_s=30.0,
        load_timeout_s=60.0,
        queue_size=8,
        queue_per_address=8,
        queue_per_account=8,
        queue_per_job=8,
    )
    engine = LlamaEngine(config, ModelInfo(name="smollm2", sha256="x", n_ctx=1024))
    await engine.start()
    done: list[str] = []

    async def ask(name: str, key: FairKey) -> None:
        request = GenerationRequest(
            [ChatMessage("system", "Be brief."), ChatMessage("user", f"Say hello to {name}.")],
            max_tokens=12,
            fair_key=key,
        )
        try:
            await engine.generate(request)
        except errors.GenerationTruncated:
            pass  # served all the same: only the order matters here
        done.append(name)

    try:
        tasks: list[Any] = [
            asyncio.create_task(ask(f"bot{n}", FairKey("10.0.0.5", f"user:{n}"))) for n in range(5)
        ]
        await asyncio.sleep(0)  # the five are queued first
        tasks.append(asyncio.create_task(ask("newcomer", FairKey("10.0.0.9", "user:99"))))
        await asyncio.gather(*tasks)
    finally:
        await engine.aclose()
    assert done.index("newcomer") <= 1


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _waiting(
    deadline_s: float, *, service_s: float = 1.0, clock: Clock | None = None, **budgets: int
) -> FairQueue[str]:
    values = {"maxsize": 500, "per_group": 500, "per_member": 2, "per_job": 500, **budgets}
    return FairQueue(
        values["maxsize"],
        per_group=values["per_group"],
        per_member=values["per_member"],
        per_job=values["per_job"],
        deadline_s=deadline_s,
        service_s=service_s,
        clock=clock or Clock(),
    )


async def test_under_the_deadline_every_candidate_waits_in_turn_and_none_is_refused() -> None:
    queue = _waiting(60.0)
    waits = [
        queue.put_nowait(f"c{n}", FairKey(f"10.0.0.{n}", f"user:{n}", "job:1")) for n in range(50)
    ]
    assert waits == [float(n) for n in range(50)]  # one model request ahead per candidate
    assert await _drain_order(queue) == [f"c{n}" for n in range(50)]


async def test_past_the_deadline_the_caller_hears_busy_with_the_wait_and_nothing_is_queued() -> (
    None
):
    clock = Clock()
    queue = _waiting(5.0, clock=clock)
    for n in range(6):  # expected waits 0 .. 5 s
        queue.put_nowait(f"c{n}", FairKey(f"a{n}", f"u{n}"))
    with pytest.raises(
        errors.EngineBusy, match=r"wait about 6 s, more than 5 s; try again in 2"
    ) as refused:
        queue.put_nowait("late", FairKey("a9", "u9"))
    assert refused.value.retry_after == 2  # what the 503's Retry-After says
    assert queue.qsize() == 6
    item = await queue.get()  # one is served in the expected second: the next one fits
    clock.now += 1.0
    queue.task_done(item)
    assert queue.put_nowait("late", FairKey("a9", "u9")) == 5.0


async def test_a_flooding_address_is_refused_while_a_newcomer_elsewhere_still_gets_in() -> None:
    queue = _waiting(5.0)
    admitted = 0
    with pytest.raises(errors.EngineBusy, match="would wait"):
        for n in range(100):  # many accounts behind one address, one request each
            queue.put_nowait(f"bot{n}", FairKey("10.0.0.5", f"user:{n}", "job:1"))
            admitted += 1
    assert admitted == 6  # the deadline bounds what the address holds
    # Another candidate waits behind one of the address's requests, not behind six.
    assert queue.put_nowait("victim", FairKey("10.0.0.9", "user:99", "job:1")) == 1.0
    order = await _drain_order(queue)
    assert order.index("victim") <= 1


async def test_the_wait_follows_the_measured_service_time() -> None:
    clock = Clock()
    queue = _waiting(10.0, service_s=1.0, clock=clock)
    for n in range(3):  # the model takes 4 s a request
        queue.put_nowait(f"r{n}", FairKey(f"a{n}", f"u{n}"))
        item = await queue.get()
        clock.now += 4.0
        queue.task_done(item)
    assert 2.4 < queue.service_s < 2.6  # 1 → 1.6 → 2.08 → 2.464
    queue.put_nowait("x", FairKey("x", "x"))
    assert queue.expected_wait(FairKey("y", "y")) == pytest.approx(queue.service_s)
    # A request skipped because its caller left does not count as served.
    item = await queue.get()
    clock.now += 60.0
    queue.task_done(item, served=False)
    assert 2.4 < queue.service_s < 2.6


async def test_the_request_in_flight_counts_for_what_is_left_of_it() -> None:
    clock = Clock()
    queue = _waiting(30.0, service_s=2.0, clock=clock)
    queue.put_nowait("first", FairKey("a", "u"))
    assert queue.expected_wait(FairKey("b", "v")) == 2.0
    await queue.get()
    assert queue.expected_wait(FairKey("b", "v")) == 2.0  # just started
    clock.now += 1.5
    assert queue.expected_wait(FairKey("b", "v")) == pytest.approx(0.5)
    clock.now += 5.0
    assert queue.expected_wait(FairKey("b", "v")) == 0.0


async def test_with_several_requests_served_at_once_the_wait_is_shared() -> None:
    queue = FairQueue[str](
        500, per_group=500, per_member=2, per_job=500, deadline_s=10.0, parallel=4, clock=Clock()
    )
    waits = [queue.put_nowait(f"c{n}", FairKey(f"a{n}", f"u{n}")) for n in range(41)]
    assert waits[-1] == 10.0  # forty ahead, four at a time
    with pytest.raises(errors.EngineBusy):
        queue.put_nowait("over", FairKey("b", "v"))


async def test_served_several_at_once_an_account_has_one_request_in_flight() -> None:
    clock = Clock()
    queue = FairQueue[str](
        500, per_group=500, per_member=2, per_job=500, deadline_s=60.0, parallel=3, clock=clock
    )
    queue.put_nowait("a1", FairKey("10.0.0.1", "user:a"))
    queue.put_nowait("a2", FairKey("10.0.0.1", "user:a"))
    queue.put_nowait("b1", FairKey("10.0.0.2", "user:b"))
    assert await queue.get() == "a1"
    assert await queue.get() == "b1"
    # A sequence is free, but user:a already has one in flight: its second waits.
    waiting = asyncio.create_task(queue.get())
    await asyncio.sleep(0.01)
    assert not waiting.done()
    queue.put_nowait("c1", FairKey("10.0.0.3", "user:c"))
    assert await waiting == "c1"  # another party goes first
    later = asyncio.create_task(queue.get())
    await asyncio.sleep(0.01)
    assert not later.done()
    clock.now += 2.0
    queue.task_done("a1")
    assert await later == "a2"  # its first is done: now its second
    # Every sequence busy: the wait is what is left of the first to finish (b1 and c1
    # have run 2 s, past the estimate of 1.2 s), then the requests ahead, three at once.
    assert queue.service_s == pytest.approx(1.2)
    assert queue.expected_wait(FairKey("10.0.0.4", "user:d")) == 0.0
    queue.put_nowait("e1", FairKey("10.0.0.5", "user:e"))
    queue.put_nowait("f1", FairKey("10.0.0.6", "user:f"))
    queue.put_nowait("g1", FairKey("10.0.0.7", "user:g"))
    assert queue.expected_wait(FairKey("10.0.0.4", "user:d")) == pytest.approx(1.2)


async def test_one_at_a_time_a_consumer_that_never_reports_still_drains_an_account() -> None:
    queue = _queue()
    queue.put_nowait("a1", FairKey("10.0.0.1", "user:a"))
    queue.put_nowait("a2", FairKey("10.0.0.1", "user:a"))
    assert await _drain_order(queue) == ["a1", "a2"]


async def test_the_budgets_still_bound_a_party_under_a_generous_deadline() -> None:
    queue = _waiting(3600.0, per_group=3, per_job=5)
    for n in range(3):
        queue.put_nowait(str(n), FairKey("office", f"user:{n}", "job:1"))
    with pytest.raises(errors.EngineBusy, match="this address"):
        queue.put_nowait("x", FairKey("office", "user:9", "job:1"))
    for n in range(2):
        queue.put_nowait(f"j{n}", FairKey(f"home{n}", f"user:h{n}", "job:1"))
    with pytest.raises(errors.EngineBusy, match="this job"):
        queue.put_nowait("y", FairKey("elsewhere", "user:e", "job:1"))
    with pytest.raises(errors.EngineBusy, match="your earlier messages"):
        for _ in range(3):
            queue.put_nowait("z", FairKey("cafe", "user:c", "job:2"))


@pytest.mark.model
async def test_the_real_engine_lets_requests_wait_and_refuses_past_its_deadline(
    smollm_path: Path,
) -> None:
    from server.engine.base import Generation, ModelInfo
    from server.engine.runtime import LlamaEngine, WorkerConfig

    def engine(deadline_s: float) -> LlamaEngine:
        config = WorkerConfig(
            model_path=smollm_path,
            chat_format="chatml",
            n_ctx=1024,
            n_threads=2,
            n_batch=256,
            max_tokens=8,
            generation_timeout_s=30.0,
            load_timeout_s=60.0,
            queue_size=64,
            queue_per_address=64,
            queue_per_account=2,
            queue_per_job=64,
            queue_deadline_s=deadline_s,
        )
        return LlamaEngine(config, ModelInfo(name="smollm2", sha256="x", n_ctx=1024))

    async def ask(eng: LlamaEngine, n: int) -> Generation | BaseException:
        request = GenerationRequest(
            [ChatMessage("system", "Be brief."), ChatMessage("user", f"Count to {n}.")],
            max_tokens=8,
            fair_key=FairKey(f"10.0.0.{n}", f"user:{n}", "job:1"),
        )
        try:
            return await eng.generate(request)
        except errors.EngineError as exc:
            return exc

    patient = engine(deadline_s=600.0)
    await patient.start()
    try:  # twelve candidates at once, more than the old queue of eight: all answered
        results = await asyncio.gather(*(ask(patient, n) for n in range(12)))
    finally:
        await patient.aclose()
    assert not [r for r in results if isinstance(r, errors.EngineBusy)], results
    assert sum(isinstance(r, Generation | errors.GenerationTruncated) for r in results) == 12

    hasty = engine(deadline_s=0.0)  # nothing may wait: one runs, the others hear busy
    await hasty.start()
    try:
        results = await asyncio.gather(*(ask(hasty, n) for n in range(4)))
    finally:
        await hasty.aclose()
    busy = [r for r in results if isinstance(r, errors.EngineBusy)]
    assert busy and all("would wait" in str(r) for r in busy), results
    assert len(busy) < 4
