"""The processing agent in Faust's test context: it is a thin adapter over the core."""

from __future__ import annotations

import asyncio
import time

import orjson
import pytest

from agents import processor, runtime
from online_models.merge import DeliveryDelay
from online_models.profile import CustomerProfile
from streams.app import outputs, settings
from streams.app import plain_profiles as profiles
from tests.helpers import event, raw


@pytest.fixture
def sent(monkeypatch) -> list[tuple[str, bytes | None, bytes]]:
    """What the agent sends to each output topic (the test context has no producer)."""
    captured = []
    for kind, topic in outputs.items():

        async def send(key=None, value=None, kind=kind, **kwargs):
            captured.append((kind, key, value))
            delivered = asyncio.get_running_loop().create_future()  # as Faust's FutureMessage, once Kafka has it
            delivered.set_result(None)
            return delivered

        monkeypatch.setattr(topic, "send", send)
    return captured


async def _feed(messages: list[tuple[str, bytes, bytes]]) -> None:
    async with processor.process.test_context() as agent:
        for topic, key, value in messages:
            agent._get_strtopic = lambda channel, topic=topic: topic  # the message's source topic
            await agent.put(value=value, key=key, partition=processor.partition_for(key))  # as a producer would
        await asyncio.sleep(0.2)  # put returns before the agent has finished the last event


def test_agent_runs_the_core_on_each_topic_and_sends_its_outputs(sent) -> None:
    invoice = event("invoice.issued", {"invoice_id": "i1", "amount": 250.0, "due_date": "2026-03-05"},
                    "2026-03-01T10:00:00-03:00", subject="agent-c1")  # fmt: skip
    late_visit = event("session.started", {"channel": "app"}, "2026-03-25T10:00:00-03:00", subject="agent-c1")
    asyncio.run(_feed([
        (settings.topic_payment, b"agent-c1", raw(invoice)),
        (settings.topic_journey, b"agent-c1", raw(late_visit)),
        (settings.topic_journey, b"agent-c1", b"{broken"),
    ]))  # fmt: skip
    profile = CustomerProfile.from_bytes(profiles["agent-c1"])
    assert profile.days_past_due == 20 and profile.open_balance == 250.0
    kinds = [kind for kind, _key, _value in sent]
    assert kinds == ["alert", "deadletter"]
    assert sent[0][1] == b"agent-c1"
    assert "agent-c1" in runtime.dirty and runtime.wake_index["agent-c1"][0] > profile.clock_ts


def test_a_payment_type_on_the_journey_topic_is_refused(sent) -> None:
    invoice = event("invoice.issued", {"invoice_id": "i9", "amount": 10.0, "due_date": "2026-03-05"},
                    "2026-03-01T10:00:00-03:00", subject="agent-c2")  # fmt: skip
    asyncio.run(_feed([(settings.topic_journey, b"agent-c2", raw(invoice))]))
    assert [kind for kind, _k, _v in sent] == ["deadletter"]
    assert profiles.get("agent-c2") is None


def test_a_message_on_another_partition_than_its_keys_is_dead_lettered(sent) -> None:
    visit = event("session.started", {"channel": "app"}, "2026-03-02T10:00:00-03:00", subject="agent-c3")

    async def feed() -> None:
        async with processor.process.test_context() as agent:
            agent._get_strtopic = lambda channel: settings.topic_journey
            astray = (processor.partition_for(b"agent-c3") + 1) % settings.partitions  # kcat's default partitioner
            await agent.put(value=raw(visit), key=b"agent-c3", partition=astray)

    asyncio.run(feed())
    (kind, _key, value), = sent
    assert kind == "deadletter" and orjson.loads(value)["data"]["reason"] == "wrong_partition"
    assert profiles.get("agent-c3") is None


def test_collection_kpis_count_what_each_step_changed() -> None:
    from prometheus_client import REGISTRY

    from agents import kpis
    from online_models.core import Core, Origin

    def value(name: str, **labels: str) -> float:
        return REGISTRY.get_sample_value(name, labels) or 0.0

    before = {"made": value("vigia_promises_total", outcome="made"), "cure": value(
        "vigia_rolls_total", kind="dpd", **{"from": "1-30", "to": "current"}),
        "paid": value("vigia_recovered_brl_total", after_contact="none")}  # fmt: skip
    core, store = Core(), {}
    journey, payment = Origin("j", "journey", key="kpi-1"), Origin("p", "payment", key="kpi-1")
    steps = [
        (payment, event("invoice.issued", {"invoice_id": "k1", "amount": 200.0, "due_date": "2026-03-05"},
                        "2026-03-01T10:00:00-03:00", subject="kpi-1")),
        (journey, event("promise.made", {"promise_id": "pm1", "amount": 200.0, "due_date": "2026-03-12"},
                        "2026-03-09T10:00:00-03:00", subject="kpi-1")),
        (payment, event("payment.received", {"payment_id": "pay1", "amount": 200.0, "method": "pix"},
                        "2026-03-10T10:00:00-03:00", subject="kpi-1")),
    ]  # fmt: skip
    for origin, ev in steps:
        result = core.step(store, raw(ev), origin)
        kpis.count(result)
        runtime.track(result.profile)
    assert value("vigia_promises_total", outcome="made") - before["made"] == 1
    assert value("vigia_rolls_total", kind="dpd", **{"from": "1-30", "to": "current"}) - before["cure"] == 1
    assert value("vigia_recovered_brl_total", after_contact="none") - before["paid"] == 200.0
    band, segment, balance = kpis._index["kpi-1"]  # the portfolio moved the customer to a zero balance
    assert balance == 0.0 and kpis._sums[(band, segment)][0] >= 1


def test_a_profile_is_written_only_once_its_outputs_are_delivered(monkeypatch) -> None:
    """Until Kafka takes an event's outputs the profile stays as it was; the sends are retried, not raised."""
    attempts = []

    for kind, topic in outputs.items():

        async def send(key=None, value=None, kind=kind, **kwargs):
            attempts.append((kind, profiles.get("agent-c9")))
            delivered = asyncio.get_running_loop().create_future()
            if len(attempts) == 1:
                delivered.set_exception(RuntimeError("broker away"))
            else:
                delivered.set_result(None)
            return delivered

        monkeypatch.setattr(topic, "send", send)
    monkeypatch.setattr(processor, "RETRY_BASE_S", 0.0)
    invoice = event("invoice.issued", {"invoice_id": "i9", "amount": 250.0, "due_date": "2026-03-05"},
                    "2026-03-01T10:00:00-03:00", subject="agent-c9")  # fmt: skip
    late_visit = event("session.started", {"channel": "app"}, "2026-03-25T10:00:00-03:00", subject="agent-c9")
    asyncio.run(_feed([(settings.topic_payment, b"agent-c9", raw(invoice)),
                       (settings.topic_journey, b"agent-c9", raw(late_visit))]))  # fmt: skip
    assert [kind for kind, _before in attempts] == ["alert", "alert"]  # the failed send was made again
    before = [CustomerProfile.from_bytes(blob).days_past_due for _kind, blob in attempts]
    assert before == [0, 0]  # both attempts saw the profile before the visit: not yet written
    assert CustomerProfile.from_bytes(profiles["agent-c9"]).days_past_due == 20



def test_the_journal_gauge_and_limit_count_steps_no_checkpoint_covers_not_tombstones_still_to_send(monkeypatch):
    """Covered entries get their tombstones a few per input, so thousands may still await one after a checkpoint:
    they are learnt already. The gauge (and the limit that stops journaling) count the steps a crash would
    have to learn again."""
    from agents import journal
    from online_models.core import Origin
    from online_models.journal import Entry
    from streams import metrics

    class Changelog:
        def __init__(self) -> None:
            self.sent: list[tuple[str, bytes | None]] = []

        def send_changelog(self, partition, key, value, **kwargs) -> None:
            self.sent.append((key, value))

    p, table = 97, Changelog()  # a partition no other test uses
    journal.drop(p)

    def write(n: int) -> None:
        journal.seq[p] = n  # as entry_for numbers a step
        journal.write(Entry(n, "c1", b"{}", Origin("t", "journey", p, n, "c1"), None, n == 1), table)

    def gauge() -> float:
        return metrics.child(metrics.JOURNAL_ENTRIES, str(p))._value.get()

    try:
        for n in range(1, 11):
            write(n)
        assert gauge() == 10
        journal.saved(p, 8)  # a checkpoint reflecting step 8 is stored
        assert gauge() == 2
        journal.collect(p, table)
        assert [value for _key, value in table.sent[-2:]] == [None, None] and gauge() == 2  # 2 tombstones sent
        monkeypatch.setattr(journal, "LIMIT", 5)
        for n in range(11, 14):
            write(n)  # 13 - 8 = 5 steps uncovered, though 11 entries await their tombstone
        assert p not in journal.suspended
        write(14)
        assert p in journal.suspended
    finally:
        journal.drop(p)


def test_the_merge_waits_for_a_quiet_topic_twice_its_recent_delivery_delay_within_floor_and_cap(monkeypatch):
    monkeypatch.setattr(runtime, "delays", DeliveryDelay())
    cap, floor = runtime.settings.merge_grace_s, runtime.settings.merge_grace_min_s
    topic, now = runtime.settings.topic_payment, time.monotonic()
    assert runtime.grace(topic) == cap  # nothing seen yet: the worst case
    runtime.delays.observe(topic, 0.001, now)
    assert runtime.grace(topic) == floor  # a producer that sends at once
    runtime.delays.observe(topic, 0.03, now)
    assert runtime.grace(topic) == pytest.approx(0.06)
    runtime.delays.observe(topic, 5.0, now)  # a backlog, or a busy producer's queue
    assert runtime.grace(topic) == cap
    assert runtime.grace(runtime.settings.topic_journey) == cap  # each topic by its own messages


def test_the_attendant_is_told_to_read_a_message_vigia_could_not_read() -> None:
    from agents.attendant import advice
    from online_models.core import Core, Origin

    core, store = Core(), {}
    issued = event("invoice.issued", {"invoice_id": "i1", "amount": 300.0, "due_date": "2026-02-10"},
                   "2026-02-01T10:00:00-03:00")  # fmt: skip
    core.step(store, raw(issued), Origin("p", "payment", key="c1"))
    for n, said in enumerate(("tá de brincadeira comigo né", "quero falar com um atendente")):
        data = {"channel": "whatsapp", "direction": "inbound", "author": "customer", "text": said}
        message = event("chat.message", data, f"2026-02-2{n}T10:00:00-03:00")
        core.step(store, raw(message), Origin("j", "journey", key="c1"))
        todo = advice(CustomerProfile.from_bytes(store["c1"]))["do"]
        assert any("não soube ler" in line for line in todo) == (n == 0), todo
        assert any("consent.changed" in line for line in todo) == (n == 0), todo  # it may be a refusal


def test_the_attendant_is_told_the_hours_the_customer_asked_to_be_called_in() -> None:
    from agents.attendant import advice

    p = CustomerProfile("c1", state="SP")
    assert not any("horário" in line for line in advice(p)["do"])
    p.contact_hours = [18, 24]
    assert any("entre 18:00 e 24:00" in line for line in advice(p)["do"])


def test_the_attendant_is_told_the_day_promised_and_what_the_customer_can_pay() -> None:
    from agents.attendant import advice
    from online_models.clock import parse_time

    p = CustomerProfile("c1", state="SP", band="high")
    p.clock_ts = parse_time("2026-03-16T10:00:00-03:00")
    p.invoices["i1"] = [900.0, 900.0, "2026-03-01", 0.0]
    p.said_promise, p.said_affordable = ["2026-03-20", p.clock_ts], [100.0, p.clock_ts]
    told = advice(p)
    assert any("Não cobrar antes de 20/03/2026" in line for line in told["dont"])
    assert any("9 vezes de R$ 100,00" in line and "R$ 100,00 por mês" in line for line in told["do"])
    p.clock_ts = parse_time("2026-03-21T10:00:00-03:00")  # the day passed
    assert not any("Não cobrar antes" in line for line in advice(p)["dont"])


def test_the_worker_counts_the_messages_it_could_not_read_and_the_flags_it_read(sent) -> None:
    from streams import metrics

    def chat(n: int, said: str) -> tuple[str, bytes, bytes]:
        data = {"channel": "whatsapp", "direction": "inbound", "author": "customer", "text": said}
        return settings.topic_journey, b"agent-c9", raw(event("chat.message", data, f"2026-03-0{n}T10:00:00-03:00",
                                                               subject="agent-c9", event_id=f"unread-{n}"))  # fmt: skip

    before = metrics.UNREAD._value.get()
    asked = metrics.child(metrics.FLAGGED, "data_request")._value.get()
    asyncio.run(_feed([chat(2, "qual o valor pra quitar?"), chat(3, "tá de brincadeira comigo né"), chat(4, "ok"),
                       chat(5, "como vocês conseguiram meu número?")]))  # fmt: skip
    assert metrics.UNREAD._value.get() - before == 1
    assert metrics.child(metrics.FLAGGED, "data_request")._value.get() - asked == 1, "the DPO's queue, for ops"


def test_priming_waits_for_the_recovery_of_the_current_generation(monkeypatch) -> None:
    """Faust also signals the end of a table recovery a newer rebalance superseded: the clock is not primed
    from that table (it lacks the new partitions), only once the current generation's recovery ends."""
    from agents import clock
    from streams.app import app

    recovery = app.tables.recovery  # Faust's own, so a Faust that renames what the check reads fails here
    monkeypatch.setattr(app, "consumer_generation_id", 7)
    monkeypatch.setattr(recovery, "_generation_id", 6)  # the recovery that just ended began in generation 6
    monkeypatch.setitem(clock._state, "recovered", 6)
    asyncio.run(clock._reprime(app))
    assert clock._state["recovered"] == 6
    recovery._generation_id = 7
    recovery.signal_recovery_start.set()  # generation 7's recovery is yet to run
    asyncio.run(clock._reprime(app))
    assert clock._state["recovered"] == 6
    recovery.signal_recovery_start.clear()  # generation 7's own recovery ends
    asyncio.run(clock._reprime(app))
    assert clock._state["recovered"] == 7


def test_priming_waits_for_the_models_of_the_assignment_whatever_order_faust_signals_in(monkeypatch) -> None:
    """A recovery with nothing to read ends before the assignment's handlers have restored the partitions'
    models (seen in a rebalance test: a partition's changelog was still empty). The clock is primed, and
    inputs go, only once both are done for the current generation, in either order."""
    from agents import clock, journal
    from streams.app import app

    monkeypatch.setattr(app, "consumer_generation_id", 9)
    monkeypatch.setattr(app.tables.recovery, "_generation_id", 9)
    monkeypatch.setattr(journal, "ENABLED", True)
    monkeypatch.setitem(journal.restored_for, "generation", 8)  # the models of generation 8 were restored
    monkeypatch.setitem(clock._state, "recovered", 8)
    monkeypatch.setitem(clock._state, "primed", 8)
    asyncio.run(clock._reprime(app))  # generation 9's recovery ended first
    assert clock.ensure_primed() is False and clock._state["primed"] == 8
    journal.restored_for["generation"] = 9  # then its models were restored
    assert clock.ensure_primed() is True and clock._state["primed"] == 9


def _models_still_restoring(monkeypatch, generation: int) -> None:
    """The table recovery of ``generation`` has ended; its partitions' models are still being restored, so the
    clock is not primed and events wait in the merge (the test sets ``journal.restored_for`` when they are)."""
    from agents import clock, journal
    from streams.app import app

    monkeypatch.setattr(app, "consumer_generation_id", generation)
    monkeypatch.setattr(app.tables.recovery, "_generation_id", generation)
    monkeypatch.setattr(journal, "ENABLED", True)
    monkeypatch.setitem(journal.restored_for, "generation", generation - 1)
    monkeypatch.setitem(clock._state, "recovered", generation)


def test_events_wait_in_the_merge_until_the_models_of_the_rebalance_are_restored(sent, monkeypatch) -> None:
    """Faust resumes the stream once the table is recovered; an event read before the partition's models are
    restored waits (a profile or a model changed by it would differ from an uninterrupted run's), then goes."""
    from agents import journal

    _models_still_restoring(monkeypatch, 11)
    first = event("invoice.issued", {"invoice_id": "w1", "amount": 90.0, "due_date": "2026-03-05"},
                  "2026-03-01T10:00:00-03:00", subject="agent-wait")  # fmt: skip
    second = event("session.started", {"channel": "app"}, "2026-03-02T10:00:00-03:00", subject="agent-wait")
    asyncio.run(_feed([(settings.topic_payment, b"agent-wait", raw(first))]))
    assert "agent-wait" not in profiles and processor.merge.waiting() == 1
    journal.restored_for["generation"] = 11
    asyncio.run(_feed([(settings.topic_journey, b"agent-wait", raw(second))]))
    profile = CustomerProfile.from_bytes(profiles["agent-wait"])
    assert list(profile.invoices) == ["w1"] and processor.merge.waiting() == 0


def test_every_withdrawal_reason_has_a_series_from_the_start() -> None:
    """A dashboard or an alert on withdrawals by reason finds each reason at 0 before the first withdrawal."""
    import json

    from prometheus_client import REGISTRY

    from schemas.validation import SCHEMA_DIR

    reasons = json.loads((SCHEMA_DIR / "output" / "vigia.outreach.withdrawn.json").read_text())
    for reason in reasons["properties"]["reason"]["enum"]:
        assert REGISTRY.get_sample_value("vigia_triggers_withdrawn_total", {"reason": reason}) is not None, reason


def test_an_input_that_will_be_dead_lettered_is_acked_after_its_topics_waiting_inputs(sent, monkeypatch) -> None:
    """A broken input behind waiting ones of its topic's partition waits too: acked ahead of them, it would let the
    consumer commit past them (see the next test), and a crash would lose them."""
    from agents import journal

    _models_still_restoring(monkeypatch, 12)
    visit = event("session.started", {"channel": "app"}, "2026-03-02T10:00:00-03:00", subject="agent-order")
    asyncio.run(_feed([(settings.topic_journey, b"agent-order", raw(visit)),
                       (settings.topic_journey, b"agent-order", b"{broken")]))  # fmt: skip
    assert sent == [] and processor.merge.waiting() == 2  # the broken one waits behind the visit
    journal.restored_for["generation"] = 12
    later = event("session.started", {"channel": "app"}, "2026-03-03T10:00:00-03:00", subject="agent-order")
    asyncio.run(_feed([(settings.topic_journey, b"agent-order", raw(later))]))
    assert [kind for kind, _key, _value in sent] == ["deadletter"] and processor.merge.waiting() == 0
    assert CustomerProfile.from_bytes(profiles["agent-order"]).clock_ts > 0


def test_faust_commits_past_an_unacked_offset_just_ahead_of_acked_ones() -> None:
    """Why acks go in offset order: Faust 0.15 (faust-streaming#606) commits over the unacked offset at the head.
    If this fails, Faust has fixed it; the ordering stays harmless."""
    from collections import defaultdict
    from types import SimpleNamespace

    from faust.transport.consumer import Consumer

    tp = ("vigia.journey", 0)
    consumer = SimpleNamespace(_acked=defaultdict(list, {tp: [32, 33]}), _gap=defaultdict(list),
                               _committed_offset=defaultdict(lambda: None, {tp: 31}),
                               _acked_index=defaultdict(set, {tp: {32, 33}}))  # fmt: skip
    assert Consumer._new_offset(consumer, tp) == 34  # offset 31 never acked, yet committed over


def test_only_an_input_that_moves_a_clock_counts_as_forced(sent, monkeypatch) -> None:
    """A dead letter queued behind its topic's inputs and released with them moves no clock: no forced warning."""
    from agents import journal
    from streams import metrics

    _models_still_restoring(monkeypatch, 13)
    real = processor.merge.ready
    monkeypatch.setattr(processor.merge, "ready", lambda partition, *args: (
        (item, "forced") for item, _how in real(partition, lambda topic, partition, written: True)))  # fmt: skip
    visit = event("session.started", {"channel": "app"}, "2026-03-02T10:00:00-03:00", subject="agent-forced")
    asyncio.run(_feed([(settings.topic_journey, b"agent-forced", raw(visit)),
                       (settings.topic_journey, b"agent-forced", b"{broken")]))  # fmt: skip
    before = metrics.INPUTS_FORCED._value.get()
    journal.restored_for["generation"] = 13
    later = event("session.started", {"channel": "app"}, "2026-03-03T10:00:00-03:00", subject="agent-forced")
    asyncio.run(_feed([(settings.topic_journey, b"agent-forced", raw(later))]))
    assert [kind for kind, _key, _value in sent] == ["deadletter"]
    assert metrics.INPUTS_FORCED._value.get() - before == 2  # the two visits, not the broken input


def test_priming_lets_go_of_the_profiles_of_partitions_the_worker_gave_up(sent, monkeypatch) -> None:
    """Faust's memory store forgets only the keys it recovered when a partition moves away, not those the
    worker wrote: after a rebalance the worker kept, and counted in its portfolio figures, customers it no
    longer owns. Primed, it holds and counts those of its partitions only; the changelog keeps the others."""
    from agents import clock, kpis

    ids = [f"agent-gone-{n}" for n in range(40)]
    kept = {processor.partition_for(ids[0].encode())}
    invoices = [event("invoice.issued", {"invoice_id": f"{c}-i", "amount": 80.0, "due_date": "2026-03-05"},
                      "2026-03-01T10:00:00-03:00", subject=c) for c in ids]  # fmt: skip
    asyncio.run(_feed([(settings.topic_payment, c.encode(), raw(e)) for c, e in zip(ids, invoices, strict=True)]))
    assert all(c in profiles for c in ids)
    monkeypatch.setattr(clock, "owned_partitions", lambda: kept)
    held = clock.prime()
    ours = [c for c in ids if processor.partition_for(c.encode()) in kept]
    assert 0 < len(ours) < len(ids)
    assert [c for c in ids if c in profiles] == ours
    assert held == len(runtime.stored_customers()) and all(c in kpis._index for c in ours)
    assert not any(c in kpis._index or c in runtime.wake_index for c in ids if c not in ours)



def _consumer(monkeypatch, committed: dict, highwater: int = 100) -> None:
    """A consumer whose partitions end at ``highwater``, last fetched now, with ``committed`` offsets."""
    from types import SimpleNamespace

    polled = SimpleNamespace(last_poll_timestamp=lambda tp: time.time() * 1000)
    consumer = SimpleNamespace(highwater=lambda tp: highwater, _committed_offset=committed,
                               _thread=SimpleNamespace(_ensure_consumer=lambda: polled))  # fmt: skip
    monkeypatch.setattr(runtime, "app", SimpleNamespace(consumer=consumer))


def test_a_rebalance_forgets_how_far_the_inputs_it_dropped_had_been_read(monkeypatch) -> None:
    """Inputs waiting in the merge are dropped at a rebalance and read again from the committed offset. The last
    offset read must go with them: kept, it said the payment topic was read to its end while its dropped
    messages had still to come back, and a partition kept through the rebalance let journey events go first."""
    from faust.types import TP

    payment = TP(settings.topic_payment, 0)
    _consumer(monkeypatch, {payment: 40})
    written = time.time() - 60
    runtime.record_received(settings.topic_payment, 0, 99, written=written)  # read to the end, then dropped
    assert runtime.caught_up(settings.topic_payment, 0, written - 1) is True
    asyncio.run(processor._forget_what_was_read(None, {payment, TP(settings.topic_journey, 0)}))
    assert runtime.caught_up(settings.topic_payment, 0, written - 1) is False  # offsets 40-99 come again


def test_after_a_rebalance_a_partition_read_to_its_end_by_this_worker_needs_no_wait(monkeypatch) -> None:
    """When every input this worker read was processed, the committed offset is its own last one: it knows when
    that was written, so an input of the other topic written before it goes at once (a worker that knows nothing
    of a partition waits five graces). Another worker may have processed more since: then it does not know."""
    from faust.types import TP

    payment = TP(settings.topic_payment, 1)
    _consumer(monkeypatch, {payment: 100})
    written = time.time() - 0.05  # less than five graces before the last fetch
    runtime.record_received(settings.topic_payment, 1, 99, written=written)
    runtime.record_progress(settings.topic_payment, 1, 99, written)
    asyncio.run(processor._forget_what_was_read(None, {payment}))
    assert runtime.caught_up(settings.topic_payment, 1, written) is True
    _consumer(monkeypatch, {payment: 101}, highwater=101)  # given back after another worker processed offset 100
    assert runtime.caught_up(settings.topic_payment, 1, written) is None
