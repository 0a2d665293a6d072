#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs vigia, starts the real Kafka and Redis, lints, tests.
# With no arguments, the pure tests run on every core (pytest-xdist), then the integration and fault runs one at a
# time (they share one broker and Redis, and time their faults). Extra arguments go to one plain pytest run
# instead (e.g. `bash deploy/test.sh -m "not integration"`).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
trap stop_stack_if_started EXIT
bash deploy/stack.sh tools
.venv/bin/ruff check .
if [ $# -gt 0 ]; then
  .venv/bin/python -m pytest "$@"
else
  .venv/bin/python -m pytest -n auto -m "not integration"
  .venv/bin/python -m pytest -m integration
fi
