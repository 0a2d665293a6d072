"""The event-time merge gives one order, whatever order the topics' messages arrive in."""

from __future__ import annotations

import random

import pytest

from online_models.merge import EventTimeMerge

TOPICS = ("payment", "journey")


def _arrivals(streams: dict[str, list[float]], rng: random.Random) -> list[tuple[str, float]]:
    """The two topics' messages in a random interleaving that keeps each topic's own order (as fetches do)."""
    cursors = {topic: 0 for topic in streams}
    out = []
    while any(cursors[t] < len(streams[t]) for t in streams):
        topic = rng.choice([t for t in streams if cursors[t] < len(streams[t])])
        for _ in range(rng.randint(1, 40)):  # fetches come in batches
            if cursors[topic] < len(streams[topic]):
                out.append((topic, streams[topic][cursors[topic]]))
                cursors[topic] += 1
    return out


@pytest.mark.parametrize("seed", range(20))
def test_any_interleaving_is_released_in_event_time_order(seed: int) -> None:
    rng = random.Random(seed)
    streams = {t: sorted(rng.uniform(0, 1000) for _ in range(rng.randint(0, 300))) for t in TOPICS}
    merge, released = EventTimeMerge(TOPICS), []
    total = {t: len(v) for t, v in streams.items()}
    read = dict.fromkeys(TOPICS, 0)

    def caught_up(topic: str, partition: int, written: float) -> bool:
        return read[topic] == total[topic]

    for topic, ts in _arrivals(streams, rng):
        read[topic] += 1
        merge.push(0, topic, ts, (ts, topic), arrived=0.0)
        released += [item for item, how in merge.ready(0, caught_up) if how == "ordered"]
    released += [item for item, _forced in merge.ready(0, caught_up)]
    expected = sorted([(ts, t) for t in TOPICS for ts in streams[t]], key=lambda x: (x[0], TOPICS.index(x[1])))
    assert released == expected
    assert merge.waiting() == 0


def test_a_full_queue_forces_its_earliest_event_out() -> None:
    merge = EventTimeMerge(TOPICS, max_waiting=3)
    for n in range(4):
        merge.push(2, "journey", float(n), f"j{n}", arrived=0.0)
    behind = lambda topic, partition, written: False  # noqa: E731 - the payment topic has unread messages
    assert list(merge.ready(2, behind)) == [("j0", "forced")]
    assert merge.safe_time(2, behind) is None  # nothing processed yet: no clock may move


def test_dropped_inputs_are_returned_and_forgotten() -> None:
    merge = EventTimeMerge(TOPICS)
    merge.push(0, "journey", 5.0, "a", arrived=0.0)
    merge.push(1, "payment", 6.0, "b", arrived=0.0)
    assert sorted(merge.drop()) == ["a", "b"]
    assert merge.waiting() == 0 and merge.partitions() == []
