"""vigia's public contract: JSON Schemas for every event type and output, and their validation.

The JSON files under ``schemas/json`` are the source of truth; ``schemas/asyncapi.yaml`` documents
the topics that carry them. :mod:`schemas.validation` compiles them once and checks each message.
"""

from schemas.validation import Contract, InvalidEvent

__all__ = ["Contract", "InvalidEvent"]
