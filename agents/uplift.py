"""The control groups' figures for Prometheus, read from the uplift trackers of the partitions this worker owns.

The sums move with their partitions' models on a rebalance (they are checkpointed with them), so they
are gauges: summed over workers they are the portfolio's. The recording rules in
``deploy/prometheus/rules.yml`` turn them into the uplift per episode and its 95% interval.
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client.core import REGISTRY, GaugeMetricFamily

from agents.runtime import core
from online_models.control import UpliftTracker

LABELS = ["policy", "segment", "channel", "group"]
FIGURES = (
    ("vigia_uplift_episodes", "First collection episodes finished since the control draw.", "n"),
    ("vigia_uplift_recovered_brl", "Money paid within those episodes' windows (R$).", "paid"),
    ("vigia_uplift_recovered_brl_squares", "Sum of the squares of each episode's money paid (for the interval).",
     "paid_sq"),
    ("vigia_uplift_cured", "Episodes whose customer was current at the end of the window.", "cured"),
    ("vigia_uplift_cost_brl", "Cost of the proactive contacts made within treated episodes (R$).", "cost"),
)  # fmt: skip


class UpliftCollector:
    """Yields the pooled sums at each scrape (a few cells per segment and channel: cheap)."""

    def collect(self) -> Iterator[GaugeMetricFamily]:
        pooled = UpliftTracker()
        for models in list(core.models.values()):
            pooled.merge(models.uplift)
        families = [(GaugeMetricFamily(name, text, labels=LABELS), attr) for name, text, attr in FIGURES]
        for key, arm in sorted(pooled.cells.items()):
            for family, attr in families:
                family.add_metric(list(key), float(getattr(arm, attr)))
        for family, _attr in families:
            yield family


REGISTRY.register(UpliftCollector())
