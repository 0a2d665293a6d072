"""A worker that stood still longer than its Kafka session has lost its partitions: it exits and starts afresh.

A long pause (a suspended VM, a stopped container, heavy swapping) freezes every thread, heartbeats
too, and the broker gives the worker's partitions to another once the session times out. The frozen
process wakes holding the inputs it had fetched and the profiles and models of the partitions it owned,
and believes it still owns them until its consumer hears of the new generation. Acting on them then
sends alerts and triggers computed from stale profiles (an outreach to a customer who has since paid,
or refused the channel), stores its stale models over the new owner's checkpoint, and writes stale
profiles to the changelog and the read model. Kafka fences such a "zombie" only for transactional
producers, and Faust, when it rejoins, may finish the table recovery of the old generation after the
new assignment and let the stream go on before the new one has been recovered.

So a watch thread looks at the clock four times a second. A pause longer than the session allows
(``VIGIA_SESSION_TIMEOUT_S`` minus one heartbeat interval), noticed by the watch thread or by a step,
a checkpoint or a flush about to act, ends the process at once (exit status 75). A supervisor starts
it again (``restart: unless-stopped`` in ``docker-compose.yml``); the fresh process recovers its
partitions from the changelog and their checkpoints, as after a kill -9, and reads again what had not
been committed. This is Kafka Streams' answer too: a task found migrated is closed and its state
rebuilt from the changelog.

>>> watch = StillWatch(limit_s=7.0, now=lambda: 100.0, started=True)
>>> watch.stood_still(now=105.0), watch.stood_still(now=108.0)  # a step may notice before the watch thread
(False, True)
>>> watch.beat(now=108.0); watch.paused_s
8.0
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable

from streams.app import app, settings

log = logging.getLogger(__name__)
BEAT_S = 0.25  # how often the watch thread looks at the clock
EXIT_STATUS = 75  # EX_TEMPFAIL: start me again


class StillWatch:
    """The longest gap between two looks at the clock (monotonic seconds), against a limit."""

    def __init__(self, limit_s: float, now: Callable[[], float] = time.monotonic, started: bool = False) -> None:
        self.limit_s = limit_s
        self.last_beat = now()
        self.paused_s = 0.0  # the longest gap seen
        self.started = started  # nothing counts until the watch thread runs (the worker starts it)

    def beat(self, now: float) -> None:
        """The watch thread's look at the clock."""
        self.paused_s = max(self.paused_s, now - self.last_beat)
        self.last_beat = now

    def stood_still(self, now: float) -> bool:
        """Whether the process stood still longer than the limit: seen by the watch thread, or only now ending
        (after a pause any thread may run first)."""
        return self.started and (self.paused_s > self.limit_s or now - self.last_beat > self.limit_s)


# the session is given away once no heartbeat came for its timeout; the last one came at most an interval
# before the pause
watch = StillWatch(limit_s=max(1.0, app.conf.broker_session_timeout - app.conf.broker_heartbeat_interval))


def check() -> None:
    """End the process now if it stood still longer than its session allows (called before acting)."""
    if watch.stood_still(time.monotonic()):
        _exit()


def _exit() -> None:
    stood = max(watch.paused_s, time.monotonic() - watch.last_beat)
    log.critical("this worker stood still for %.1f s, longer than its Kafka session allows (VIGIA_SESSION_TIMEOUT_S="
                 "%s): its partitions have moved to another worker; exiting (status %d) to start afresh from the "
                 "changelog (run it under a supervisor that restarts it)", stood, settings.session_timeout_s,
                 EXIT_STATUS)  # fmt: skip
    os._exit(EXIT_STATUS)  # now: no callback, timer or buffered message of this process may act any more


def _run_watch() -> None:
    while True:
        time.sleep(BEAT_S)
        watch.beat(time.monotonic())
        if watch.stood_still(time.monotonic()):
            _exit()


@app.task
async def start_watch() -> None:
    """The watch runs in the worker only (not in a test or a command that imports the agents)."""
    watch.last_beat, watch.started = time.monotonic(), True
    threading.Thread(target=_run_watch, name="vigia-still-watch", daemon=True).start()
