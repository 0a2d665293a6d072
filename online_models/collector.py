"""Keep CPython's cyclic garbage collector off the objects that live as long as the process.

A worker holds a few hundred thousand long-lived objects: River's models of every partition, Faust's
tables and buffers. CPython's full collection walks every one of them and finds next to nothing
(measured on a worker reading 2,000 customers: 100-125 ms for about 226,000 objects, every 3-5 s,
0 to 100 objects freed), and the event loop stands still meanwhile. :class:`Collector` collects the
young generations and moves what survived into the permanent generation (:func:`gc.freeze`), so the
automatic collections walk only what is new. A full collection of everything, frozen objects
included, runs once in ``full_every_s``: a cycle among old objects is freed then, not kept for good.

Reference counting frees everything else as before: freezing only spares objects the cycle search.

>>> import gc
>>> collector = Collector(full_every_s=600.0)
>>> [collector.settle(now) for now in (0.0, 10.0, 20.0, 700.0)]
['full', 'young', 'young', 'full']
>>> collector.settle(710.0, full=True), collector.settle(720.0)
('full', 'young')
>>> gc.get_freeze_count() > 0
True
>>> gc.unfreeze()
"""

from __future__ import annotations

import gc


class Collector:
    """Collects the young generations and freezes the survivors; a full collection every ``full_every_s``."""

    def __init__(self, full_every_s: float) -> None:
        self.full_every_s = full_every_s
        self.last_full: float | None = None

    def settle(self, now: float, full: bool = False) -> str:
        """Run at a quiet moment (``now``: any monotonic clock); returns ``"full"`` or ``"young"``. ``full``: a full
        collection now whatever the interval (after a recovery made many new long-lived objects)."""
        if full or self.last_full is None or now - self.last_full >= self.full_every_s:
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            self.last_full = now
            return "full"
        gc.collect(1)
        gc.freeze()
        return "young"
