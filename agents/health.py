"""Is the worker ready? It says not while no Kafka bootstrap server answers, and keeps its log readable then.

A broker outage makes the Kafka client log the same connection error many times a second; a filter
on the worker's log handlers lets each repeated message through a few times a minute with a count of
what it held back, so an outage reads as a few lines, not hundreds of thousands.
"""

from __future__ import annotations

import asyncio
import logging
import time

from agents.timers import guarded
from streams import metrics
from streams.app import app, settings

log = logging.getLogger(__name__)
EVERY_TIME = {"every_time": True}  # ``extra`` for a log line the repeat limiter must not hold back
state = {"broker": True, "since": time.time()}


class RepeatLimiter(logging.Filter):
    """Lets a repeated log message (same logger and format) through ``burst`` times per ``window_s`` seconds.

    >>> limiter = RepeatLimiter(burst=2, window_s=60.0)
    >>> records = [logging.LogRecord("kafka", logging.ERROR, "", 0, "down %s", ("x",), None) for _ in range(5)]
    >>> [limiter.filter(r) for r in records]
    [True, True, False, False, False]

    >>> marked = [logging.LogRecord("agents", logging.INFO, "", 0, "restored %s", (n,), None) for n in range(5)]
    >>> for record in marked:
    ...     record.every_time = True
    >>> [limiter.filter(r) for r in marked]
    [True, True, True, True, True]

    A line logged with ``extra=EVERY_TIME`` always goes through: one per partition per rebalance (a checkpoint
    restored, a journal learnt again) is bounded, and held back it hid what a churn run did to half its partitions.
    """

    def __init__(self, burst: int = 3, window_s: float = 60.0) -> None:
        super().__init__()
        self.burst, self.window_s = burst, window_s
        self.seen: dict[tuple[str, object], list[float]] = {}  # (logger, format) -> [window start, count, held]

    def filter(self, record: logging.LogRecord) -> bool:
        decided = getattr(record, "_vigia_repeat", None)
        if decided is None:  # a record seen by a logger and then by a handler is counted once
            decided = record._vigia_repeat = self._decide(record)
        return decided

    def _decide(self, record: logging.LogRecord) -> bool:
        if getattr(record, "every_time", False):  # a line per partition per rebalance: what a fault run reads
            return True
        key = (record.name, record.msg)
        now = time.monotonic()
        entry = self.seen.get(key)
        if entry is None or now - entry[0] > self.window_s:
            held = int(entry[2]) if entry else 0
            self.seen[key] = [now, 1, 0]
            if held:
                record.msg = f"{record.msg} (and {held} more like it in the last {self.window_s:.0f} s)"
            if len(self.seen) > 1000:
                self.seen.clear()
            return True
        entry[1] += 1
        if entry[1] <= self.burst:
            return True
        entry[2] += 1
        return False


NOISY = ("aiokafka", "kafka", "faust", "mode")  # the clients that log every failed connection attempt
_limiter = RepeatLimiter()


def install_limiter() -> None:
    """Add the limiter to the root logger's handlers and to every logger of the Kafka clients (once each).

    A filter on a handler sees what reaches that handler; the clients' loggers may write through
    handlers of their own, so their loggers get it too (a logger's filter sees its own records).
    """
    manager = logging.Logger.manager
    loggers = [logging.getLogger(name) for name in list(manager.loggerDict) if name.split(".")[0] in NOISY]
    for target in (*logging.getLogger().handlers, *loggers):
        if _limiter not in target.filters:
            target.addFilter(_limiter)


async def broker_reachable(timeout: float = 2.0) -> bool:
    """Whether any bootstrap server accepts a TCP connection."""
    for server in settings.kafka_bootstrap.split(","):
        host, port = server.strip().rsplit(":", 1)
        try:
            _reader, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port)), timeout)
        except (TimeoutError, OSError):
            continue
        writer.close()
        return True
    return False


install_limiter()  # on the Kafka clients' loggers now: an outage at start-up floods the log within seconds


@app.timer(interval=5.0, name="vigia-broker-check")
@guarded
async def check_broker() -> None:
    install_limiter()
    up = await broker_reachable()
    if up != state["broker"]:
        state["broker"], state["since"] = up, time.time()
        if up:
            log.info("Kafka answers again at %s", settings.kafka_bootstrap)
        else:
            log.error("no Kafka bootstrap server answers at %s: not ready until one does", settings.kafka_bootstrap)
    metrics.BROKER_UP.set(1 if up else 0)


LAG_PROBE_S = 0.25  # how often the event loop's lag is sampled


async def loop_lag(interval: float = LAG_PROBE_S) -> float:
    """How much later than ``interval`` a sleep on the running loop woke (s): the longest any callback held it.

    >>> asyncio.run(loop_lag(0.01)) < 0.5
    True
    """
    loop = asyncio.get_running_loop()
    asked = loop.time()
    await asyncio.sleep(interval)
    return max(0.0, loop.time() - asked - interval)


@app.task
async def watch_loop_lag() -> None:
    """Sample the event loop's lag for ``vigia_event_loop_lag_seconds``: every input, timer and send shares one
    loop, so a timer or step that holds it shows here as the delay every other one paid."""
    while not app.should_stop:
        metrics.LOOP_LAG.observe(await loop_lag())


def readiness() -> tuple[bool, str]:
    """(ready, why not) for ``/healthz``."""
    if not state["broker"]:
        return False, f"no Kafka bootstrap server answers at {settings.kafka_bootstrap}"
    if not app.assignor.assigned_actives():
        return False, "no partitions assigned yet (starting, or rebalancing)"
    return True, ""
