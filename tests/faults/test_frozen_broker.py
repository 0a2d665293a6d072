"""The broker freezes mid-stream (a stalled disk, a paused VM, a long GC) past the workers' session, then thaws.

Nothing is refused and nothing closes a connection: requests just go unanswered, the group's session
lapses on the broker's clock when it wakes (the worker rejoins), sends fill the producer's buffer, and a
commit waits the whole freeze. The worker rides it out: its outputs stay an uninterrupted run's, its
profiles and read model the replay's.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

import orjson
import pytest
import redis

from backtest.simulator import Simulation
from streams.readmodel import redis_key
from tests.faults.conftest import (
    Published,
    caught_up,
    print_worker_logs,
    processed,
    profile,
    publish_all,
    replayed,
    wait_for,
)
from tests.integration.conftest import ROOT, new_worker
from tests.integration.test_agreement import ORDER_FREE_FIELDS

pytestmark = pytest.mark.integration
STACK = Path(os.environ.get("VIGIA_STACK_DIR", ROOT / ".local" / "stack"))
PIDFILE = STACK / "kafka" / "kafka.pid"
SESSION_S = 6
FROZEN_S = 30  # past the session, and past a fetch's and a commit's patience


@pytest.mark.skipif(not PIDFILE.exists(), reason="the broker was not started by deploy/stack.sh: not ours to freeze")
def test_a_broker_frozen_past_the_session_changes_no_output(stack, tmp_path) -> None:
    events = [orjson.dumps(e) for e in Simulation(customers=400, days=60, seed=21).events()]
    worker = new_worker(stack, tmp_path, VIGIA_INSTANCE_ID="broker-frozen-1", VIGIA_SESSION_TIMEOUT_S=str(SESSION_S))
    s = worker.settings
    offline, expected = replayed(s, events)
    final = {p["customer_id"]: p for p in offline.profiles()}
    publish_all(s, events)
    published = Published(s, expected)
    broker = int(PIDFILE.read_text())
    worker.start()
    try:
        wait_for(lambda: processed(worker) >= 0.3 * len(events), 120, 0.05, "inputs processed")
        os.kill(broker, signal.SIGSTOP)
        try:
            time.sleep(FROZEN_S)
        finally:
            os.kill(broker, signal.SIGCONT)
        assert worker.process.poll() is None  # the worker stood still for nothing: it rides the freeze out
        with contextlib.suppress(AssertionError):
            wait_for(published.all_out, 240, 2.0, "every output of the uninterrupted run")
        wait_for(lambda: caught_up(worker), 120, 1.0, "the worker to process every input")
        time.sleep(3)
        published.all_out()
        live = {c: profile(worker, c) for c in final}
        mirrored = {c: orjson.loads(redis.Redis.from_url(s.redis_url).hget(redis_key(c), "json") or b"null")
                    for c in final}  # fmt: skip
    except BaseException:
        print_worker_logs([worker])
        raise
    finally:
        worker.stop()
    missing, extra, changed = published.differences()
    print(f"{len(expected)} outputs in the replay, {len(missing)} of them not sent; {len(extra)} others, "
          f"{len(changed)} changed")
    if missing or extra or changed:
        print_worker_logs([worker])
    assert len(expected) > 100 and missing == [] and changed == [] and extra == []
    differs = sorted(c for c in final if any(live[c][f] != final[c][f] for f in ORDER_FREE_FIELDS))
    stale = sorted(c for c in final if mirrored[c] is None or mirrored[c] != live[c])
    print(f"profiles: {len(differs)} of {len(final)} differ from the replay's; read model: {len(stale)} behind")
    assert differs == [] and stale == []
