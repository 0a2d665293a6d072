"""The profile table as the core sees it: plain profile bytes, kept zstd-compressed in memory and in the changelog.

A profile is a few KB of JSON whose field names and shapes repeat from customer to customer.
Compressed with a dictionary trained on such profiles it takes about a third of that (2,714 -> 866 B
on a portfolio the dictionary never saw, 12 µs to compress, 6 µs to read back:
``benchmarks/profile_compression.py``), and so do a worker's profiles in memory and the changelog's
bytes per step. The core never sees the compressed form: it reads and writes through
:class:`CompressedProfiles`, and so do the web pages, the read model and the journal's recovery.

Each dictionary is a file named by its id, and a compressed profile names the dictionary it used, so a
new dictionary only adds a file: profiles written with an older one, and plain JSON profiles written
before compression, are read as they are (``benchmarks/profile_compression.py --train`` trains a new one).
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from functools import cache
from pathlib import Path

import zstandard

FOLDER = Path(__file__).with_name("profile_dictionaries")
CURRENT = 1693680049  # the dictionary new profiles are written with
MAGIC = b"\x28\xb5\x2f\xfd"  # a zstd frame's first four bytes; a JSON profile starts with "{"


@cache
def _dictionary(dict_id: int) -> zstandard.ZstdCompressionDict:
    path = FOLDER / f"{dict_id}.zdict"
    if not path.exists():
        raise LookupError(f"profile written with zstd dictionary {dict_id}, which this version lacks: deploy a "
                          f"version with {path.name} in {FOLDER}")  # fmt: skip
    return zstandard.ZstdCompressionDict(path.read_bytes())


@cache
def _compressor() -> zstandard.ZstdCompressor:
    return zstandard.ZstdCompressor(level=3, dict_data=_dictionary(CURRENT), write_content_size=True)


@cache
def _decompressor(dict_id: int) -> zstandard.ZstdDecompressor:
    return zstandard.ZstdDecompressor(dict_data=_dictionary(dict_id)) if dict_id else zstandard.ZstdDecompressor()


def compress(blob: bytes) -> bytes:
    """A profile's bytes as stored.

    >>> profile = b'{"customer_id":"c1","seen":[],"invoices":{}}'
    >>> stored = compress(profile)
    >>> stored[:4] == MAGIC, decompress(stored) == profile
    (True, True)
    """
    return _compressor().compress(blob)


def decompress(stored: bytes) -> bytes:
    """The profile's bytes from what is stored (anything that is no zstd frame is returned as it is)."""
    if not stored.startswith(MAGIC):
        return stored
    return _decompressor(zstandard.get_frame_parameters(stored).dict_id).decompress(stored)


class CompressedProfiles(MutableMapping):
    """A mapping of customer id to plain profile bytes over a table that holds them compressed."""

    def __init__(self, table: MutableMapping) -> None:
        self.table = table

    def __getitem__(self, key: str) -> bytes:
        stored = self.table[key]
        if stored is None:
            raise KeyError(key)
        return decompress(stored)

    def get(self, key: str, default=None):
        stored = self.table.get(key)
        return default if stored is None else decompress(stored)

    def __setitem__(self, key: str, blob: bytes) -> None:
        self.table[key] = compress(blob)

    def __delitem__(self, key: str) -> None:
        del self.table[key]

    def pop(self, key: str, *default):
        stored = self.table.pop(key, *default)
        return decompress(stored) if isinstance(stored, bytes) else stored

    def __iter__(self) -> Iterator[str]:
        return iter(self.table)

    def __len__(self) -> int:
        return len(self.table)
