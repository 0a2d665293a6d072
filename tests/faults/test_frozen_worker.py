"""A worker frozen past its session (a suspended VM, heavy swapping), then thawed.

The frozen process wakes holding inputs it has fetched and partitions the broker no longer counts as its
own. It acts on none of them: it ends itself (agents/pause.py) and, started again, carries on as after a
kill -9. The outputs stay an uninterrupted run's; the profiles and the read model the replay's.
"""

from __future__ import annotations

import contextlib
import signal
import time

import orjson
import pytest
import redis

from backtest.simulator import Simulation
from streams.readmodel import redis_key
from tests.faults.conftest import Published, caught_up, processed, profile, publish_all, replayed, wait_for
from tests.integration.conftest import new_worker
from tests.integration.test_agreement import ORDER_FREE_FIELDS

pytestmark = pytest.mark.integration


SESSION_S = 6  # the workers' session timeout: frozen longer than this, a worker's partitions are given away
RESTART_STATUS = 75  # agents/pause.py: the exit status of a worker that stood still past its session


def test_a_worker_frozen_past_its_session_ends_itself_and_its_restart_changes_no_output(stack, tmp_path) -> None:
    events = [orjson.dumps(e) for e in Simulation(customers=600, days=60, seed=13).events()]
    worker = new_worker(stack, tmp_path, VIGIA_INSTANCE_ID="frozen-1", VIGIA_SESSION_TIMEOUT_S=str(SESSION_S))
    s = worker.settings
    offline, expected = replayed(s, events)
    final = {p["customer_id"]: p for p in offline.profiles()}
    publish_all(s, events)
    published = Published(s, expected)

    worker.start()
    try:
        wait_for(lambda: processed(worker) >= 0.3 * len(events), 120, 0.05, "inputs processed")
        worker.process.send_signal(signal.SIGSTOP)  # frozen with fetched batches in hand, mid-stream
        time.sleep(SESSION_S + 2)  # the broker gives its session up
        worker.process.send_signal(signal.SIGCONT)  # it wakes believing it still owns its partitions...
        assert worker.process.wait(30) == RESTART_STATUS  # ... sees it stood still, and ends itself at once
        assert "stood still for" in worker.log.read_text()
        worker.start()  # as its supervisor would
        with contextlib.suppress(AssertionError):  # what is missing is counted below
            wait_for(published.all_out, 180, 2.0, "every output of the uninterrupted run")
        wait_for(lambda: caught_up(worker), 120, 1.0, "the worker to process every input")
        time.sleep(3)  # the read model's last flush
        published.all_out()
        live = {c: profile(worker, c) for c in final}
        mirrored = {c: orjson.loads(redis.Redis.from_url(s.redis_url).hget(redis_key(c), "json") or b"null")
                    for c in final}  # fmt: skip
    finally:
        worker.stop()
    missing, extra, changed = published.differences()
    for label, ids, source in (("not sent", missing, expected), ("not in the replay", extra, published)):
        for i in ids[:10]:
            e = source[i]
            print(label, e["type"], e["subject"], e["time"], e["data"].get("triggered_by"))
    print(f"{len(expected)} outputs in the replay, {len(missing)} of them not sent; {len(extra)} others, "
          f"{len(changed)} changed")
    assert len(expected) > 100 and missing == [] and changed == [] and extra == []
    differs = sorted(c for c in final if any(live[c][f] != final[c][f] for f in ORDER_FREE_FIELDS))
    stale = sorted(c for c in final if mirrored[c] is None or mirrored[c] != live[c])
    print(f"profiles: {len(differs)} of {len(final)} differ from the replay's; read model: {len(stale)} behind")
    assert differs == [] and stale == []
