"""Erasure (LGPD art. 18): a forget event deletes the profile, and nothing of it survives in the replay."""

from __future__ import annotations

from backtest.replay import Replay
from backtest.sample import sample_messages
from online_models.clock import parse_time
from online_models.core import Core, Origin, forget


def test_forget_deletes_the_profile_and_its_snapshots() -> None:
    replay = Replay()
    for _family, _key, raw in sample_messages():
        replay.feed(raw)
    assert "c-bruno" in replay.store
    replay.feed(forget("c-bruno", replay.watermark, requested_by="ticket-81"))
    assert "c-bruno" not in replay.store and all(p["customer_id"] != "c-bruno" for p in replay.profiles())
    replay.feed(forget("c-bruno", replay.watermark + 86400 * 40))  # time passes: no tick wakes a forgotten customer
    assert "c-bruno" not in replay.store


def test_forgetting_an_unknown_customer_is_harmless() -> None:
    core, store = Core(), {}
    result = core.step(store, forget("nobody", parse_time("2026-03-02T10:00:00Z")), Origin("clock", "internal"))
    assert (result.status, result.erased, store) == ("processed", False, {})
