"""Timers that survive their own failures."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


def guarded(timer: Callable[[], Awaitable[None]]) -> Callable[[], Awaitable[None]]:
    """A timer body that logs a failure and runs again at its next interval: an exception escaping a Faust
    timer crashes the whole worker (a Redis connection closed mid-call did)."""

    @functools.wraps(timer)
    async def run() -> None:
        try:
            await timer()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("timer %s failed; it runs again at its next interval", timer.__name__)

    return run
