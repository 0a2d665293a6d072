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
