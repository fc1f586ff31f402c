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
    return FairQueue(values.pop("maxsize"), **values)


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
