#!/usr/bin/env bash
# The whole test suite on a fresh machine: installs vigia, starts the real Kafka and Redis, lints, tests.
# Extra arguments go to pytest (e.g. `bash deploy/test.sh -m "not integration"`).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
trap stop_stack_if_started EXIT
bash deploy/stack.sh tools
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
