"""A failing timer must not take the worker down: Faust crashes the app on a timer's exception."""

from __future__ import annotations

import asyncio
import logging

import pytest

from agents.timers import guarded


def test_a_timer_that_fails_is_logged_and_runs_again(caplog) -> None:
    calls = []

    @guarded
    async def flaky() -> None:
        calls.append(1)
        raise ConnectionError("Connection closed by server.")

    with caplog.at_level(logging.ERROR):
        asyncio.run(flaky())
        asyncio.run(flaky())
    assert len(calls) == 2 and "timer flaky failed" in caplog.text


def test_a_cancelled_timer_stays_cancelled() -> None:
    @guarded
    async def stopping() -> None:
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(stopping())


def test_the_loop_lag_is_how_long_a_callback_held_the_event_loop() -> None:
    """A step or timer that runs 80 ms without awaiting makes the probe's sleep wake that much late."""
    import time

    from agents.health import loop_lag

    async def blocked() -> tuple[float, float]:
        idle = await loop_lag(0.02)
        probe = asyncio.ensure_future(loop_lag(0.02))
        await asyncio.sleep(0)  # the probe starts its sleep
        time.sleep(0.08)  # a callback holding the loop
        return idle, await probe

    idle, held = asyncio.run(blocked())
    assert idle < 0.05 and held >= 0.055
