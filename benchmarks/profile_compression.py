"""How small and how fast stored profiles are (streams/profile_store.py), on a portfolio the dictionary never saw.

The dictionary is trained on the profiles of one simulated portfolio (seed 11) and measured on another
(seed 3, other customers and events). ``--train`` writes a new dictionary file; point
``profile_store.CURRENT`` at its id for new profiles to use it (older profiles stay readable).

    PYTHONPATH=. .venv/bin/python benchmarks/profile_compression.py
"""

from __future__ import annotations

import argparse
import statistics
import time

import orjson
import zstandard

from backtest.replay import Replay
from backtest.simulator import Simulation
from streams import profile_store


def profiles(customers: int, days: int, seed: int) -> list[bytes]:
    replay = Replay()
    for event in Simulation(customers, days, seed=seed).events():
        replay.feed(orjson.dumps(event))
    return list(replay.store.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", action="store_true", help="write a new dictionary trained on seed 11")
    args = parser.parse_args()
    if args.train:
        data = zstandard.train_dictionary(16384, profiles(2000, 90, seed=11)).as_bytes()
        dict_id = zstandard.ZstdCompressionDict(data).dict_id()
        path = profile_store.FOLDER / f"{dict_id}.zdict"
        path.write_bytes(data)
        print(f"wrote {path}: set CURRENT = {dict_id} in streams/profile_store.py to write new profiles with it")
        return
    held_out = profiles(2000, 90, seed=3)
    started = time.perf_counter()
    stored = [profile_store.compress(b) for b in held_out]
    compress_us = (time.perf_counter() - started) / len(held_out) * 1e6
    started = time.perf_counter()
    back = [profile_store.decompress(b) for b in stored]
    decompress_us = (time.perf_counter() - started) / len(held_out) * 1e6
    assert back == held_out
    plain, small = statistics.mean(map(len, held_out)), statistics.mean(map(len, stored))
    print(f"{len(held_out):,} profiles (2,000 x 90 days, seed 3): plain {plain:,.0f} B, stored {small:,.0f} B "
          f"({small / plain:.0%}); compress {compress_us:.1f} µs, read back {decompress_us:.1f} µs")  # fmt: skip


if __name__ == "__main__":
    main()
