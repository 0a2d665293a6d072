#!/usr/bin/env bash
# Install vigia and its Python dependencies into .venv (again only when pyproject.toml changed).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=${VIGIA_VENV:-$ROOT/.venv}
PYTHON=${PYTHON:-python3}
stamp="$VENV/.vigia-installed"
want=$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then exit 0; fi
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "[bootstrap] vigia needs Python 3.11 or newer (found $("$PYTHON" --version)); set PYTHON=..." >&2; exit 1; }
echo "[bootstrap] installing vigia and its dependencies into $VENV"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
PYTHONWARNINGS=ignore "$VENV/bin/python" -m pip install -q -e "$ROOT[dev,rocksdb]"
echo "$want" > "$stamp"
