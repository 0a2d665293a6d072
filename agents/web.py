"""HTTP endpoints on the worker's web port: ``/metrics``, ``/healthz`` (open), ``/customers/{id}`` and ``/models``
(token required, see :mod:`agents.access`)."""

from __future__ import annotations

from faust import web
from faust.sensors.prometheus import setup_prometheus_sensors

from agents.access import require
from agents.checkpoints import status as checkpoint_status
from agents.clock import profiles_recovered
from agents.health import readiness
from agents.runtime import core, offsets_of, stored_profile, trained_on
from agents.timers import guarded
from online_models.profile import CustomerProfile
from streams import metrics
from streams.app import app, profiles

setup_prometheus_sensors(app, pattern="/metrics", name_prefix="faust")


@app.page("/healthz")
async def healthz(self: web.View, request: web.Request) -> web.Response:
    """200 when ready to process; 503 with the reason when not (no broker, no partitions yet)."""
    assigned = sorted({tp.partition for tp in app.assignor.assigned_actives()})
    ready, why = readiness()
    body = {"status": "ok" if ready else "not ready", "partitions": assigned, "watermark": core.watermark}
    if not ready:
        body["why"] = why
    return self.json(body, status=200 if ready else 503)


def model_figures() -> dict[str, dict]:
    """The figures of every partition's models, and the same figures as Prometheus gauges."""
    figures = {str(partition): {**models.figures(), "offsets": offsets_of(partition) if partition is not None else {},
                                "checkpoint": checkpoint_status.get(partition), "trained_on": trained_on}
               for partition, models in sorted(core.models.items(), key=str)}  # fmt: skip
    for partition, fig in figures.items():
        for name, risk in fig["risk"].items():
            for metric in ("roc_auc", "log_loss", "near_due_roc_auc"):
                metrics.MODEL_QUALITY.labels(partition, name, metric).set(risk[metric])
            metrics.MODEL_LABELS.labels(partition).set(risk["labels"])
        accuracy = fig["reason"]["accuracy_before_learning"]
        if accuracy is not None:
            metrics.MODEL_QUALITY.labels(partition, "reason_reader", "accuracy").set(accuracy)
    return figures


@app.timer(interval=15.0, name="vigia-model-gauges")
@guarded
async def refresh_model_gauges() -> None:
    model_figures()


@app.page("/models")
@require("models", "ops")
async def models(self: web.View, request: web.Request) -> web.Response:
    return self.json(model_figures())


@app.page("/customers/{customer_id}")
@require("customer", "attendant", "ops")
@app.table_route(table=profiles, match_info="customer_id")
async def customer(self: web.View, request: web.Request, customer_id: str) -> web.Response:
    blob = stored_profile(customer_id)
    if not blob and not profiles_recovered():  # a 404 now could be a customer whose profile is still on its way
        return self.json({"error": "the profiles are being recovered after a restart or rebalance; retry in a few "
                                   "seconds"}, status=503, headers={"Retry-After": "5"})  # fmt: skip
    if not blob:
        return self.json({"error": f"no profile for customer {customer_id}"}, status=404)
    return self.json(CustomerProfile.from_bytes(blob).view())
