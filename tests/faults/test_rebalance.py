"""Scaling out and losing a worker: partitions move between processes and the outputs stay an uninterrupted run's."""

from __future__ import annotations

import re
import signal
import time

import orjson
import pytest

from backtest.simulator import Simulation
from online_models.partitioning import partition_for
from tests.faults.conftest import (
    Published,
    describe,
    print_worker_logs,
    processed,
    publish_all,
    replayed,
    sibling,
    wait_for,
)
from tests.integration.conftest import new_worker

pytestmark = pytest.mark.integration


def test_a_worker_joining_then_another_killed_changes_no_output(stack, tmp_path) -> None:
    """A second worker joins mid-stream (partitions move with a checkpoint), then the first is killed -9 and
    the second takes its partitions over (from their last checkpoint and the journal since)."""
    events = [orjson.dumps(e) for e in Simulation(customers=1000, days=60, seed=8).events()]
    (tmp_path / "w1").mkdir()
    first = new_worker(stack, tmp_path / "w1", VIGIA_INSTANCE_ID="scale-1", VIGIA_SESSION_TIMEOUT_S="6")
    s = first.settings
    second = sibling(first, tmp_path / "w2", "scale-2")
    _, expected = replayed(s, events)
    publish_all(s, events)
    published = Published(s, expected)
    first.start()
    try:
        wait_for(lambda: processed(first, unreachable=0.0) >= 0.05 * len(events), 120, 0.05, "the first inputs")
        second.start()  # returns once the group has rebalanced and some partitions moved to it
        after_join = processed(first, unreachable=0.0)
        wait_for(lambda: processed(first, unreachable=0.0) >= after_join + 600, 60, 0.02,
                 "the first worker to carry on")
        # it lets go of the profiles of the partitions it gave up (it used to keep, and count, all it had held)
        owned = {int(p) for p in orjson.loads(first.get("/models")) if p != "None"}  # (a model per input partition)
        ours = {e["subject"] for e in map(orjson.loads, events)
                if partition_for(e["subject"].encode(), s.partitions) in owned}  # fmt: skip
        assert 0 < len(owned) < s.partitions and first.metric("vigia_profiles") <= len(ours)
        first.process.send_signal(signal.SIGKILL)
        first.process.wait()
        try:
            wait_for(published.all_out, 180, 2.0, "every output of the uninterrupted run")
        except AssertionError:
            describe([first, second], published)
            print_worker_logs([first, second])
            raise
        time.sleep(3)
        published.all_out()
    finally:
        first.stop()
        second.stop()
    _, extra, changed = published.differences()  # (none missing: all were waited for)
    published.report()
    print_worker_logs([first, second])
    print(f"{len(expected)} outputs in the replay; {len(extra)} others, {len(changed)} changed")
    # None lost, none changed. Before flags raised together were set in a fixed order, a takeover added a few
    # outputs the replay lacked (4 and 6 of 4,578 in two runs of eight; none in eight runs since). Once since,
    # 14 more and one changed channel (one CI run of about twenty; seven runs after it clean). Not string hashes:
    # a replay's models pickled at half-way and restored in processes with other PYTHONHASHSEEDs carry on
    # byte-identically. Still bounded here, not yet demanded to be none.
    assert len(expected) > 200 and changed == [] and len(extra) <= 0.002 * len(expected)
    # It took over mid-stream, from each partition's last checkpoint and the steps journaled since.
    relearnt = [int(n) for n in re.findall(r"models learnt again the (\d+) steps", second.log.read_text())]
    assert sum(relearnt) > 0 and "does not follow on" not in second.log.read_text()
