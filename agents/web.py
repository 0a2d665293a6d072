"""HTTP endpoints on the worker's web port: ``/metrics``, ``/healthz`` and ``/customers/{id}``."""

from __future__ import annotations

from faust import web
from faust.sensors.prometheus import setup_prometheus_sensors

from agents.runtime import core
from online_models.profile import CustomerProfile
from streams.app import app, profiles

setup_prometheus_sensors(app, pattern="/metrics", name_prefix="faust")


@app.page("/healthz")
async def healthz(self: web.View, request: web.Request) -> web.Response:
    assigned = sorted({tp.partition for tp in app.assignor.assigned_actives()})
    return self.json({"status": "ok", "partitions": assigned, "watermark": core.watermark})


@app.page("/customers/{customer_id}")
@app.table_route(table=profiles, match_info="customer_id")
async def customer(self: web.View, request: web.Request, customer_id: str) -> web.Response:
    blob = profiles.get(customer_id)
    if not blob:
        return self.json({"error": f"no profile for customer {customer_id}"}, status=404)
    return self.json(CustomerProfile.from_bytes(blob).view())
