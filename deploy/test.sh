#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs vigia, starts the real Kafka and Redis, lints, tests.
# Extra arguments go to pytest (e.g. `bash deploy/test.sh -m "not integration"`).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
bash deploy/bootstrap.sh
started=$(bash deploy/stack.sh status)
bash deploy/stack.sh up
cleanup() { case "$started" in *"Kafka is down"*|*"Redis is down"*) bash deploy/stack.sh down ;; esac; }
trap cleanup EXIT
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
