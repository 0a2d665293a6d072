"""Prometheus metrics of vigia, beside Faust's own sensor metrics on the worker's ``/metrics``."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram, disable_created_metrics

disable_created_metrics()  # the *_created series double the output and nobody graphs them

EVENTS = Counter("vigia_events_processed_total", "Valid input events processed, by type.", ["type"])
DEAD_LETTERS = Counter("vigia_dead_letters_total", "Inputs sent to the dead-letter topic, by reason.", ["reason"])
DUPLICATES = Counter("vigia_duplicate_events_total", "Inputs dropped because their id was already processed.", ["type"])
ALERTS = Counter("vigia_alerts_sent_total", "Risk-change alerts published, by new band.", ["band"])
TRIGGERS = Counter("vigia_triggers_sent_total", "Outreach triggers published, by channel.", ["channel"])
WITHDRAWN = Counter("vigia_triggers_withdrawn_total",
                    "Outreach triggers withdrawn before their window ended (revoked channel, hold, complaint, "
                    "channels refused one after another, care, nothing owed, other hours asked), by reason.",
                    ["reason"])  # fmt: skip
UNAUTHORIZED = Counter("vigia_http_unauthorized_total", "Requests refused for want of a valid token, by page.",
                       ["page"])  # fmt: skip
SEND_RETRIES = Counter("vigia_output_send_retries_total", "Output sends retried because Kafka did not take them.")
ERASURES = Counter("vigia_erasures_total", "Customers erased on request (vigia forget).")
UNREAD = Counter("vigia_unread_messages_total", "Customer messages vigia could not read, sent to a person.")
FLAGGED = Counter("vigia_messages_flagged_total", "Flags read in what customers wrote or said (a request for a person, "
                  "a claim, distress, anger, a question about personal data, someone else writing), by flag.", ["flag"])
CLOCK_TICKS = Counter("vigia_clock_ticks_sent_total", "Clock ticks sent to customers whose due dates passed.")
PROFILES = Gauge("vigia_profiles", "Customer profiles held by this worker's partitions.")
WATERMARK = Gauge("vigia_event_time_watermark_seconds", "The latest event time this worker has seen (POSIX).")
PROFILE_BYTES = Histogram(
    "vigia_profile_size_bytes",
    "Serialised size of the profiles written.",
    buckets=(256, 512, 1024, 2048, 3072, 4096, 8192, 16384),
)
LATENCY = Histogram(
    "vigia_processing_seconds",
    "Time spent in vigia's core and sends per input event.",
    buckets=(25e-6, 50e-6, 100e-6, 200e-6, 400e-6, 800e-6, 1.6e-3, 3.2e-3, 6.4e-3, 12.8e-3, 0.05, 0.25, 1.0),
)
OUTPUT_DELIVERY = Histogram(
    "vigia_output_delivery_seconds",
    "From an output's send to Kafka's acknowledgement (acks=all): what a step with outputs waits before its write.",
    buckets=(5e-4, 1e-3, 2.5e-3, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0),
)
GC_SETTLE = Histogram(
    "vigia_gc_settle_seconds",
    "Time the event loop stood still for a garbage collection vigia ran: young (then frozen) or full.",
    ["kind"],
    buckets=(1e-3, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0),
)
LOOP_LAG = Histogram(
    "vigia_event_loop_lag_seconds",
    "How late a 0.25 s sleep on the worker's event loop woke: how long a step, timer or GC held the loop.",
    buckets=(1e-3, 2.5e-3, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)
READMODEL_WRITES = Counter("vigia_readmodel_writes_total", "Customer profiles written to the Redis read model.")
READMODEL_ERRORS = Counter("vigia_readmodel_errors_total", "Failed flushes to the Redis read model (retried).")
READMODEL_REBUILDS = Counter("vigia_readmodel_rebuilds_total", "Partitions whose read model was rebuilt.")
BROKER_UP = Gauge("vigia_broker_reachable", "1 when the worker reaches a Kafka bootstrap server, 0 when it does not.")
MODEL_QUALITY = Gauge(
    "vigia_model_quality",
    "Graded quality of each model on this worker's partitions (ROC AUC and log loss of the risk models' scores at"
    " invoice issue, ROC AUC of their scores 3 days before due, against outcomes; reason accuracy before learning"
    " from each tabulation).",
    ["partition", "model", "metric"],
)
MODEL_LABELS = Gauge("vigia_model_labels", "Outcomes the risk models of a partition have learnt from.", ["partition"])
CHECKPOINTS = Counter(
    "vigia_model_checkpoints_total", "Partition-model checkpoints saved, restored, refused or failed.", ["outcome"]
)
CHECKPOINT_BYTES = Gauge("vigia_model_checkpoint_bytes", "Size of a partition's last model checkpoint.", ["partition"])
JOURNAL_ENTRIES = Gauge("vigia_model_journal_entries", "Steps journaled since a partition's last saved model "
                        "checkpoint (learnt again after a crash).", ["partition"])  # fmt: skip
RELEARNT = Counter("vigia_model_relearnt_steps_total", "Journaled steps learnt again after a restart, by outcome: "
                   "relearnt, or skipped when the journal did not follow on from the checkpoint.",
                   ["outcome"])  # fmt: skip
EARLY_INPUTS = Counter("vigia_inputs_before_recovery_total", "Inputs processed before the table recovery of their "
                       "rebalance had ended and its models were restored (events wait): 0 when healthy.")  # fmt: skip
INPUTS_READ = Counter("vigia_inputs_read_total", "Input messages read, per partition (clock ticks included).",
                      ["partition"])  # fmt: skip
INPUTS_WAITING = Gauge("vigia_inputs_waiting", "Inputs read but waiting in the event-time merge for the other "
                       "input topic of their partition.", ["partition"])  # fmt: skip
MERGE_GRACE = Gauge("vigia_merge_grace_seconds", "How long an input waits for the other input topic of its partition "
                    "when that topic has nothing newer: twice its messages' recent delivery delay, within "
                    "VIGIA_MERGE_GRACE_MIN_S and VIGIA_MERGE_GRACE_S.", ["topic"])  # fmt: skip
INPUTS_FORCED = Counter("vigia_inputs_forced_total", "Inputs processed before the other input topic of their partition "
                        "was read up to them (VIGIA_TOPIC_IDLE_S passed, or too many waited): order not guaranteed.")
STALE_FETCHES = Counter("vigia_stale_fetches_total", "Records fetched across a rebalance, dropped and read again "
                        "from the committed offsets (they were read from before it).")  # fmt: skip
INPUTS_REREAD = Counter("vigia_inputs_reread_total", "Times a partition's first input after an assignment was past its "
                        "committed offset: it was sought back and read again from there.", ["topic"])  # fmt: skip
SKIPPED_ACKS = Counter("vigia_skipped_acks_total", "Inputs Faust's stream skipped during a rebalance (flow suspended, "
                       "or their generation ended), which it would have acked unprocessed: read again.")  # fmt: skip
INPUTS_DONE = Counter(
    "vigia_inputs_total",
    "Input messages accounted for, per partition and outcome (processed, duplicate, dead_letter): read = their sum.",
    ["partition", "outcome"],
)


# Collection KPIs (no customer ids in labels: bands, segments, buckets, channels, purposes, outcomes are bounded sets)
PORTFOLIO_CUSTOMERS = Gauge("vigia_portfolio_customers", "Customers held by this worker, by band and segment.",
                            ["band", "segment"])  # fmt: skip
PORTFOLIO_BALANCE = Gauge("vigia_portfolio_balance_brl", "Open balance (BRL) of those customers, by band and segment.",
                          ["band", "segment"])  # fmt: skip
ROLLS = Counter("vigia_rolls_total", "Customers moving between risk bands (kind=band) or days-past-due buckets "
                "(kind=dpd; to=current is a cure).", ["kind", "from", "to"])  # fmt: skip
PROMISES = Counter("vigia_promises_total", "Promises to pay made, kept and broken.", ["outcome"])
AGREEMENTS = Counter("vigia_agreements_total", "Agreements created and broken.", ["outcome"])
CONTACTS = Counter("vigia_contacts_total", "Outreach triggered, by channel and purpose.", ["channel", "purpose"])
CONTACT_COST = Counter("vigia_contact_cost_brl_total", "What that outreach costs (BRL), by channel and purpose.",
                       ["channel", "purpose"])  # fmt: skip
RECOVERED = Counter("vigia_recovered_brl_total", "Money paid (BRL), and whether within 7 days of a collection "
                    "contact (after_contact=channel, or none).", ["after_contact"])  # fmt: skip
COMPLAINTS = Counter("vigia_complaints_total", "Complaints filed (Procon, consumidor.gov.br, Reclame Aqui...).")
OPT_OUTS = Counter("vigia_opt_outs_total", "Channels customers refused.")

_children: dict[tuple[int, tuple[str, ...]], object] = {}


def child(metric, *labels: str):
    """A metric's child for these label values, looked up once: ``labels()`` costs microseconds per event."""
    key = (id(metric), labels)
    found = _children.get(key)
    if found is None:
        found = _children[key] = metric.labels(*labels)
    return found


def _known_series() -> None:
    """Create the series of every known label value at 0, so that rules and dashboards find them from the start
    (a labelled counter has no series until its first increment)."""
    import json

    from online_models.profile import CHANNELS
    from schemas.validation import SCHEMA_DIR

    for counter, output in ((DEAD_LETTERS, "vigia.deadletter"), (WITHDRAWN, "vigia.outreach.withdrawn")):
        schema = json.loads((SCHEMA_DIR / "output" / f"{output}.json").read_text())
        for reason in schema["properties"]["reason"]["enum"]:
            counter.labels(reason)
    for outcome in ("saved", "restored", "refused", "failed"):
        CHECKPOINTS.labels(outcome)
    for outcome in ("relearnt", "skipped"):
        RELEARNT.labels(outcome)
    for band in ("low", "medium", "high", "critical"):
        ALERTS.labels(band)
    for channel in CHANNELS:
        TRIGGERS.labels(channel)
        RECOVERED.labels(channel)
    RECOVERED.labels("none")
    from online_models.kpis import BUCKETS

    for kind, states in (("dpd", BUCKETS), ("band", ("low", "medium", "high", "critical"))):
        for before in states:
            for after in states:
                if before != after:
                    ROLLS.labels(kind, before, after)
    for outcome in ("made", "kept", "broken"):
        PROMISES.labels(outcome)
    for outcome in ("created", "broken"):
        AGREEMENTS.labels(outcome)
    from online_models.text import FLAG_PATTERNS

    for flag in FLAG_PATTERNS:
        FLAGGED.labels(flag)


_known_series()
