"""Faust agents: thin adapters between Kafka and the pure core (decode -> core -> send).

Importing this package registers every agent, timer and web view on :data:`streams.app.app`.
"""

from agents import attendant, checkpoints, clock, collector, health, processor, readmodel_sync, uplift, web  # noqa: F401  (registration side effects)
