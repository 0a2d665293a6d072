#!/usr/bin/env bash
# The main job on a fresh machine: the local stack (Kafka + Redis), the vigia worker, and a stream
# of sample events; alerts and dead letters are printed as they are produced.
# Each run uses its own topics and consumer group (VIGIA_RUN), so a second run shows its alerts anew.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

RUN=${VIGIA_RUN:-demo-$(date +%Y%m%d-%H%M%S)}
export VIGIA_APP_ID="vigia-$RUN" VIGIA_PARTITIONS=${VIGIA_PARTITIONS:-6}
export VIGIA_TOPIC_JOURNEY="$RUN.journey.events" VIGIA_TOPIC_PAYMENT="$RUN.payment.events"
export VIGIA_TOPIC_ALERTS="$RUN.risk.alerts" VIGIA_TOPIC_TRIGGERS="$RUN.outreach.triggers"
export VIGIA_TOPIC_DEADLETTER="$RUN.deadletter" VIGIA_TOPIC_CLOCK="$RUN.internal.clock"
export VIGIA_CLOCK_INTERVAL_S=${VIGIA_CLOCK_INTERVAL_S:-1}
PORT=${VIGIA_WEB_PORT:-6066}
# /customers/{id}, the attendant's page and /models need a token: one is made for this run unless given
export VIGIA_API_TOKEN=${VIGIA_API_TOKEN:-$(.venv/bin/python -c "import secrets; print(secrets.token_urlsafe(24))")}
LOGS=.local/$RUN; mkdir -p "$LOGS"

.venv/bin/vigia topics >/dev/null
.venv/bin/vigia worker > "$LOGS/worker.log" 2>&1 &
worker=$!
cleanup() {
  kill "$worker" 2>/dev/null && wait "$worker" 2>/dev/null || true
  stop_stack_if_started
}
trap cleanup EXIT
echo "[demo] worker starting (log: $LOGS/worker.log)"
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/healthz" | grep -q '"partitions":\[[0-9]' && break
  kill -0 "$worker" 2>/dev/null || { echo "[demo] the worker stopped; see $LOGS/worker.log"; tail -20 "$LOGS/worker.log"; exit 1; }
  sleep 0.5
done
echo "[demo] worker up: metrics http://127.0.0.1:$PORT/metrics"
echo "[demo] API token of this run: $VIGIA_API_TOKEN"
echo "[demo]   curl -H 'Authorization: Bearer $VIGIA_API_TOKEN' http://127.0.0.1:$PORT/customers/c-bruno"
echo "[demo]   attendant page: http://127.0.0.1:$PORT/customers/c-bruno/page?token=$VIGIA_API_TOKEN"
echo "[demo] publishing sample events (5 story customers and 30 others over 45 days, plus 4 broken inputs)"
.venv/bin/vigia sample --rate "${VIGIA_DEMO_RATE:-60}" > "$LOGS/sample.log" 2>&1 &
echo "[demo] outputs as they are produced:"
.venv/bin/vigia tail --idle 12
echo
echo "[demo] c-bruno's profile in the Redis read model (vigia:customer:c-bruno):"
redis-cli -p "${VIGIA_REDIS_PORT:-6379}" hget vigia:customer:c-bruno json
echo
echo "[demo] a few of the worker's metrics:"
curl -s "http://127.0.0.1:$PORT/metrics" | grep -E '^vigia_(dead_letters_total|duplicate_events_total|alerts_sent_total|profiles) ' || true
curl -s "http://127.0.0.1:$PORT/metrics" | grep -E '^vigia_(dead_letters_total|duplicate_events_total|alerts_sent_total)\{' || true
