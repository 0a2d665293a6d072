"""Profiles kept compressed in the table, read and written plain by the core."""

from __future__ import annotations

import orjson
import pytest
import zstandard

from backtest.simulator import Simulation
from online_models.core import Core, Origin
from streams.profile_store import MAGIC, CompressedProfiles, decompress


def _profiles(customers: int = 60, store=None) -> dict[str, bytes]:
    """The profiles a core leaves in ``store`` (a plain dict by default) after a simulated portfolio."""
    core, store = Core(), {} if store is None else store
    families = core.contract.event_types
    for event in Simulation(customers, 40, seed=5).events():
        core.step(store, orjson.dumps(event), Origin("t", families[event["type"]], key=event["subject"]))
    return store


def test_the_core_reads_and_writes_plain_profiles_through_a_table_that_holds_them_compressed() -> None:
    table: dict[str, bytes] = {}
    plain = _profiles(40, CompressedProfiles(table))
    reference = _profiles(40)
    assert dict(plain.items()) == reference  # the same profiles as a plain store's, byte for byte
    assert all(blob.startswith(MAGIC) for blob in table.values())
    assert sum(map(len, table.values())) < 0.5 * sum(map(len, reference.values()))


def test_profiles_written_before_compression_are_read_as_they_are() -> None:
    old = _profiles(5)
    table = dict(old)
    plain = CompressedProfiles(table)
    customer = next(iter(old))
    assert plain[customer] == old[customer]
    plain[customer] = old[customer]  # written again: compressed from now on
    assert table[customer].startswith(MAGIC) and plain.pop(customer) == old[customer] and customer not in plain
    assert plain.get("nobody") is None


def test_a_profile_compressed_with_a_dictionary_this_version_lacks_names_the_fix() -> None:
    blob = next(iter(_profiles(5).values()))
    other = zstandard.train_dictionary(2048, list(_profiles(200).values()) * 3)
    stored = zstandard.ZstdCompressor(dict_data=other).compress(blob)
    with pytest.raises(LookupError, match=rf"dictionary {other.dict_id()}.*deploy a version"):
        decompress(stored)
