"""The ``vigia`` command: the worker, topic set-up, sample events, and tools for upstream teams."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import orjson


def _settings():  # imported lazily: ``vigia --help`` must not need Kafka or Faust
    from streams.settings import Settings

    return Settings.from_env()


def cmd_worker(args: argparse.Namespace) -> int:
    """Start the Faust worker with every agent (topics are created first)."""
    from streams.kafka_io import create_topics

    settings = _settings()
    create_topics(settings, timeout=settings.kafka_wait_s)
    import agents  # noqa: F401  (registers agents, timers and views)
    from streams.app import app
    from streams.step_writer import KafkaWriter, use

    if settings.own_producer:  # the steps' writes through librdkafka (streams/step_writer.py): off by default
        use(KafkaWriter(settings.kafka_bootstrap))

    sys.argv = ["vigia", "worker", "--loglevel", args.loglevel, "--web-port", str(settings.web_port), *args.faust_args]
    app.main()
    return 0


def cmd_topics(args: argparse.Namespace) -> int:
    """Create vigia's topics with the configured partition count."""
    from streams.kafka_io import create_topics

    settings = _settings()
    created = create_topics(settings, timeout=settings.kafka_wait_s)
    print("created: " + ", ".join(created) if created else "all topics exist")
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    """Publish the sample events to Kafka (or write them as JSON lines)."""
    from backtest.sample import sample_messages

    settings = _settings()
    messages = sample_messages(args.customers, args.days, args.seed)
    if args.out:
        with open(args.out, "wb") as out:
            for _family, _key, raw in messages:
                out.write(raw + b"\n")
        return 0
    from streams.kafka_io import create_topics, publish

    create_topics(settings)
    topics = {"journey": settings.topic_journey, "payment": settings.topic_payment}
    count = publish(settings, ((topics[f], k, raw) for f, k, raw in messages), rate=args.rate)
    print(f"published {count} sample messages to {settings.kafka_bootstrap}")
    return 0


def cmd_tail(args: argparse.Namespace) -> int:
    """Print vigia's outputs as they are produced (alerts, triggers, dead letters)."""
    from streams.kafka_io import consume

    settings = _settings()
    names = {
        "alerts": settings.topic_alerts,
        "triggers": settings.topic_triggers,
        "deadletter": settings.topic_deadletter,
    }
    unknown = set(args.topics) - set(names)
    if unknown:
        raise SystemExit(f"vigia tail: unknown output(s) {sorted(unknown)}: choose from {sorted(names)}")
    topics = [names[t] for t in args.topics or names]
    for topic, _key, value in consume(settings, topics, idle_timeout=args.idle, stop_after=args.seconds):
        print(describe(topic, value), flush=True)
    return 0


def describe(topic: str, value: bytes) -> str:
    """One readable line for an output event."""
    try:
        event = orjson.loads(value)
        data = event["data"]
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return f"{topic}: (unreadable) {value[:80]!r}"
    if event.get("type") == "vigia.risk.changed":
        why = ", ".join(f"{r['feature']} {r['contribution']:+.2f}" for r in data["reasons"][:3])
        hold = data.get("hold")
        held = f"  ON HOLD ({hold['kind']}: {hold['why']}, since {hold['since']})" if hold else ""
        return (
            f"ALERT   {event['subject']:<10} {data['previous_band'] or '-':>8} -> {data['band']:<8} "
            f"score {data['score']:.2f}  dpd {data.get('days_past_due', '?')}  ({why}){held}"
        )
    if event.get("type") == "vigia.outreach.requested":
        who = f"{data['channel']} by {data['agent']} ({data['purpose']})"
        return f"TRIGGER {event['subject']:<10} {who}: {data['explanation']}"
    if event.get("type") == "vigia.outreach.withdrawn":
        return f"WITHDRAWN {event['subject']:<8} {data['outreach_id']}: {data['reason']}"
    return f"DEAD    {data.get('reason')}: {data.get('error')}"


def cmd_validate(args: argparse.Namespace) -> int:
    """Check a file of JSON-lines events against the contract; exit 1 if any is invalid."""
    from schemas.validation import Contract, InvalidEvent

    contract = Contract()
    bad = 0
    with open(args.file, "rb") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                event = orjson.loads(line)
                family = (
                    contract.event_types.get(event.get("type", ""), "journey") if isinstance(event, dict) else "journey"
                )
                contract.decode(line.rstrip(b"\n"), None, family)
            except (InvalidEvent, orjson.JSONDecodeError) as err:
                bad += 1
                print(f"line {number}: {getattr(err, 'reason', 'malformed_json')}: {getattr(err, 'message', err)}")
    print(f"{bad} invalid event(s)")
    return 1 if bad else 0


def cmd_simulate(args: argparse.Namespace) -> int:
    """Simulate a portfolio with known truth: events (file or Kafka) and the truth file."""
    from backtest.simulator import Simulation

    sim = Simulation(args.customers, args.days, args.seed)
    if args.kafka:
        from schemas.validation import Contract
        from streams.kafka_io import create_topics, publish, topic_for

        settings, contract = _settings(), Contract()
        create_topics(settings)
        messages = ((topic_for(settings, contract, e["type"]), e["subject"], orjson.dumps(e)) for e in sim.events())
        count = publish(settings, messages, rate=args.rate)
    else:
        count = 0
        with open(args.out, "wb") as out:
            for event in sim.events():
                out.write(orjson.dumps(event) + b"\n")
                count += 1
    with open(args.truth, "wb") as truth:
        for line in sim.truth():
            truth.write(orjson.dumps(line) + b"\n")
    print(f"simulated {args.customers} customers over {args.days} days: {count} events; truth in {args.truth}")
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    """Run the worker's core over a file of events (or a closed loop with the simulator)."""
    from pathlib import Path

    out = Path(args.out)
    if args.closed_loop:
        from backtest.closed_loop import run_closed_loop

        run = run_closed_loop(args.customers, args.days, args.seed, args.policy, out)
        counts = run.replay.counts
    elif args.jobs > 1:
        from backtest.replay import replay_parallel
        from streams.settings import SettingsError

        if args.partitions is None:
            raise SettingsError("--jobs splits the replay's partitions between processes: give --partitions too "
                                "(as many as the worker's)")  # fmt: skip
        counts = replay_parallel(Path(args.input), out, args.jobs, args.partitions, _settings().core,
                                 _trained(args.models))  # fmt: skip
    else:
        from backtest.replay import replay_file

        counts = replay_file(Path(args.input), out, _settings().core, args.partitions, _trained(args.models)).counts
    counts = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"replayed into {out}: {counts}")
    return 0


def _trained(folder: str | None):
    """The models ``vigia train`` wrote in ``folder`` (None: start on the rules)."""
    if not folder:
        return None
    from pathlib import Path

    from backtest.train import load
    from online_models.checkpoint import CheckpointError
    from streams.settings import SettingsError

    key = _settings().checkpoint_key
    if not key:
        raise SettingsError("--models needs VIGIA_CHECKPOINT_KEY: trained models are signed with the workers' key")
    try:
        models, about = load(Path(folder), key.encode(), _settings().core.models)
    except (CheckpointError, OSError) as err:
        raise SettingsError(f"cannot use the models in {folder}: {err}") from None
    print(f"starting from models trained on {about['events']} events of {about['customers']} customers, "
          f"{about['from'][:10]} to {about['to'][:10]}, {about['outcomes']} outcomes")  # fmt: skip
    return models


def cmd_train(args: argparse.Namespace) -> int:
    """Learn the models from a history of events and write them, signed, for workers and replays to start from."""
    from pathlib import Path

    from backtest.train import train, write
    from streams.settings import SettingsError

    settings = _settings()
    if not settings.checkpoint_key:
        raise SettingsError("vigia train needs VIGIA_CHECKPOINT_KEY (the workers' key): trained models are signed")
    with open(args.input, "rb") as lines:
        models, about = train((line.rstrip(b"\r\n") for line in lines if line.strip()), settings.core)
    path = write(models, about, Path(args.out), settings.checkpoint_key.encode())
    print(f"{path}: {about['events']} events of {about['customers']} customers, {about['from'][:10]} to "
          f"{about['to'][:10]}, {about['outcomes']} outcomes learnt")  # fmt: skip
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Score a replay against the simulator's truth, with closed-loop baselines on the same seed."""
    from pathlib import Path

    from backtest.report import evaluate

    report = evaluate(Path(args.events), Path(args.truth), Path(args.out), baselines=not args.no_baselines,
                      replay_dir=Path(args.replay_dir) if args.replay_dir else None,
                      start_from=_trained(args.models), control_share=args.control_share)  # fmt: skip
    print(report)
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    """Erase a customer (LGPD art. 18): profile, read model and model snapshots; the erasure is logged by id only."""
    import time

    from online_models.core import forget
    from streams.kafka_io import publish

    settings = _settings()
    publish(settings, [(settings.topic_clock, args.customer_id, forget(args.customer_id, time.time(), args.by))])
    print(f"erasure of {args.customer_id} sent; the worker that owns it logs 'customer {args.customer_id} erased'")
    return 0


def cmd_readmodel(args: argparse.Namespace) -> int:
    """Rebuild the Redis read model: each worker rewrites its partitions' entries within VIGIA_READMODEL_CHECK_S."""
    import redis

    from streams.readmodel import SENTINEL_PREFIX

    settings = _settings()
    client = redis.Redis.from_url(settings.redis_url)
    keys = list(client.scan_iter(f"{SENTINEL_PREFIX}{settings.app_id}:*"))
    if keys:
        client.delete(*keys)
    print(f"rebuild asked for {len(keys)} partitions of {settings.app_id}: the workers rewrite them within "
          f"{settings.readmodel_check_s:g} s (vigia_readmodel_rebuilds_total counts them)")  # fmt: skip
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    """List the configuration variables and their defaults."""
    from streams.settings import Settings

    for name, default in Settings.documented():
        print(f"{name}={default}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vigia", description="Real-time customer monitoring for debt collection.")
    sub = parser.add_subparsers(dest="command", required=True)
    worker = sub.add_parser("worker", help=cmd_worker.__doc__)
    worker.add_argument("--loglevel", default="info")
    worker.add_argument("faust_args", nargs=argparse.REMAINDER, help="extra arguments for `faust worker`")
    worker.set_defaults(run=cmd_worker)
    sub.add_parser("topics", help=cmd_topics.__doc__).set_defaults(run=cmd_topics)
    sample = sub.add_parser("sample", help=cmd_sample.__doc__)
    sample.add_argument("--customers", type=int, default=30)
    sample.add_argument("--days", type=int, default=45)
    sample.add_argument("--seed", type=int, default=7)
    sample.add_argument("--rate", type=float, default=None, help="messages per second (default: as fast as possible)")
    sample.add_argument("--out", help="write JSON lines to this file instead of publishing")
    sample.set_defaults(run=cmd_sample)
    tail = sub.add_parser("tail", help=cmd_tail.__doc__)
    tail.add_argument(
        "topics", nargs="*", metavar="alerts|triggers|deadletter", help="which outputs to show (default: all three)"
    )
    tail.add_argument("--idle", type=float, default=None, help="stop after this many seconds without output")
    tail.add_argument("--seconds", type=float, default=None, help="stop after this many seconds")
    tail.set_defaults(run=cmd_tail)
    validate = sub.add_parser("validate", help=cmd_validate.__doc__)
    validate.add_argument("file")
    validate.set_defaults(run=cmd_validate)
    simulate = sub.add_parser("simulate", help=cmd_simulate.__doc__)
    simulate.add_argument("--customers", type=int, default=1000)
    simulate.add_argument("--days", type=int, default=90)
    simulate.add_argument("--seed", type=int, default=1)
    simulate.add_argument("--out", default="events.jsonl")
    simulate.add_argument("--truth", default="truth.jsonl")
    simulate.add_argument("--kafka", action="store_true", help="publish to the input topics instead of --out")
    simulate.add_argument("--rate", type=float, default=None, help="with --kafka: events per second")
    simulate.set_defaults(run=cmd_simulate)
    replay = sub.add_parser("replay", help=cmd_replay.__doc__)
    replay.add_argument("--input", help="JSON-lines events (not with --closed-loop)")
    replay.add_argument("--out", required=True, help="folder for alerts, outreach, deadletter, profiles, scores")
    replay.add_argument("--closed-loop", action="store_true", help="simulate and let customers react to outreach")
    replay.add_argument("--policy", default="vigia", help="with --closed-loop: vigia, everyone, nobody, fixed_rule")
    replay.add_argument("--customers", type=int, default=1000)
    replay.add_argument("--days", type=int, default=90)
    replay.add_argument("--seed", type=int, default=1)
    replay.add_argument("--models", help="start from the models `vigia train` wrote in this folder")
    replay.add_argument("--partitions", type=int, default=None,
                        help="as many as the worker's: a model set and a clock per partition (default: one)")
    replay.add_argument("--jobs", type=int, default=1,
                        help="processes that split the partitions (with --partitions): the same files, faster")
    replay.set_defaults(run=cmd_replay)
    evaluate = sub.add_parser("evaluate", help=cmd_evaluate.__doc__)
    evaluate.add_argument("--events", required=True)
    evaluate.add_argument("--truth", required=True)
    evaluate.add_argument("--out", required=True)
    evaluate.add_argument("--replay-dir", help="read a replay's outputs instead of replaying the events")
    evaluate.add_argument("--no-baselines", action="store_true", help="skip the closed-loop comparison")
    evaluate.add_argument("--models", help="start the replay from the models `vigia train` wrote in this folder")
    evaluate.add_argument("--control-share", type=float, default=0.1,
                          help="with baselines: hold this share out of vigia's contacts and check the uplift estimate")
    train = sub.add_parser("train", help=cmd_train.__doc__)
    train.add_argument("--input", required=True, help="JSON-lines events: the history to learn from")
    train.add_argument("--out", required=True, help="folder for the signed models (models.vigia)")
    train.set_defaults(run=cmd_train)
    evaluate.set_defaults(run=cmd_evaluate)
    forget = sub.add_parser("forget", help=cmd_forget.__doc__)
    forget.add_argument("customer_id")
    forget.add_argument("--by", default="", help="who asked (a ticket or team id, never a name)")
    forget.set_defaults(run=cmd_forget)
    readmodel = sub.add_parser("readmodel", help=cmd_readmodel.__doc__)
    readmodel.add_argument("action", choices=["rebuild"])
    readmodel.set_defaults(run=cmd_readmodel)
    sub.add_parser("config", help=cmd_config.__doc__).set_defaults(run=cmd_config)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from streams.kafka_io import KafkaUnreachable, TopicMismatch
    from streams.settings import SettingsError

    try:
        return args.run(args)
    except (SettingsError, TopicMismatch, KafkaUnreachable) as err:
        print(f"vigia: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
