"""The collector timer's policy: young garbage freed before freezing, old cycles freed by the full collection."""

import gc
import weakref
from collections.abc import Iterator

import pytest

from online_models.collector import Collector


class Node:
    pass


def cycle() -> weakref.ref:
    """A self-referencing object nobody else holds: only the cycle search can free it."""
    node = Node()
    node.me = node
    return weakref.ref(node)


@pytest.fixture(autouse=True)
def thawed() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_a_young_settle_frees_young_cycles_instead_of_freezing_them() -> None:
    collector = Collector(full_every_s=600.0)
    collector.settle(0.0)
    garbage = cycle()
    assert collector.settle(10.0) == "young"
    assert garbage() is None


def test_a_cycle_that_became_garbage_after_being_frozen_waits_for_the_full_collection() -> None:
    collector = Collector(full_every_s=600.0)
    collector.settle(0.0)
    node = Node()
    node.me = node
    old = weakref.ref(node)
    collector.settle(10.0)  # survives: frozen
    frozen = gc.get_freeze_count()
    del node
    gc.collect()  # CPython's own full collection skips the frozen
    assert old() is not None
    assert collector.settle(20.0) == "young"
    assert old() is not None
    assert collector.settle(610.0) == "full"
    assert old() is None
    assert gc.get_freeze_count() < frozen


def test_objects_that_survive_a_settle_are_frozen() -> None:
    collector = Collector(full_every_s=600.0)
    collector.settle(0.0)
    kept = [Node() for _ in range(1000)]
    before = gc.get_freeze_count()
    collector.settle(10.0)
    assert gc.get_freeze_count() >= before + len(kept)
