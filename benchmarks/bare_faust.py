"""The yardstick of benchmarks/throughput.py: a bare Faust agent that decodes JSON, writes a changelog-backed table
(unless BARE_TABLE=0) and sends one small output per input, with the same app settings as vigia's worker.

Run by the harness: ``python benchmarks/bare_faust.py worker --web-port N`` with BARE_* variables.
"""

from __future__ import annotations

import os

import faust
import orjson

env = os.environ
app = faust.App(env["BARE_APP"], broker="kafka://" + env["BARE_BOOTSTRAP"], store="memory://",
                topic_partitions=int(env["BARE_PARTITIONS"]), web_in_thread=False, autodiscover=False,
                consumer_auto_offset_reset="earliest", producer_acks=-1, processing_guarantee="at_least_once",
                key_serializer="raw", value_serializer="raw", datadir=env["BARE_DATADIR"])  # fmt: skip
inputs = app.topic(*env["BARE_INPUTS"].split(","), key_type=bytes, value_type=bytes, key_serializer="raw",
                   value_serializer="raw")  # fmt: skip
output = app.topic(env["BARE_OUTPUT"], key_type=bytes, value_type=bytes, key_serializer="raw",
                   value_serializer="raw", partitions=int(env["BARE_PARTITIONS"]))  # fmt: skip
table = app.Table("bare-profiles", default=None, partitions=int(env["BARE_PARTITIONS"]), key_type=str,
                  value_type=bytes) if env.get("BARE_TABLE", "1") == "1" else None  # fmt: skip
done = {"n": 0}


@app.agent(inputs, name="bare")
async def bare(stream) -> None:
    async for event in stream.events():
        data = orjson.loads(event.value)
        if table is not None:
            table[data["subject"]] = event.value[:256]
        await output.send(key=event.message.key, value=b'{"ok":1}')
        done["n"] += 1


@app.page("/count")
async def count(self, request):
    return self.json(done)


if __name__ == "__main__":
    app.main()
