"""The layout shows the architecture: imports only go downward, and the lab stays apart from Kafka.

agents -> streams -> online_models -> schemas, and backtest -> online_models; the ``vigia`` command line
ties them together and is imported by none.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("agents", "streams", "online_models", "schemas", "backtest", "vigia")
ALLOWED = {
    "schemas": {"schemas"},
    "online_models": {"online_models", "schemas"},
    "streams": {"streams", "online_models", "schemas"},
    "agents": {"agents", "streams", "online_models", "schemas"},
    "backtest": {"backtest", "online_models", "schemas"},
    "vigia": set(PACKAGES),
}


def imported_packages(path: Path) -> set[str]:
    """The project's packages a module imports, at the top or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        found |= {name.split(".")[0] for name in names if name.split(".")[0] in PACKAGES}
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_imports_only_go_downward(package: str) -> None:
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path) - ALLOWED[package])
        for path in (ROOT / package).rglob("*.py")
        if imported_packages(path) - ALLOWED[package]
    }
    assert wrong == {}


def test_no_code_reads_the_held_out_messages() -> None:
    """The evaluation sets of the text flags are read by their benchmark only (no lexicon or training code)."""
    readers = [
        str(path.relative_to(ROOT))
        for package in (*PACKAGES, "benchmarks")
        for path in (ROOT / package).rglob("*.py")
        if "messages" in path.read_text(encoding="utf-8") and "holdout" in path.read_text(encoding="utf-8")
    ]
    assert readers == ["benchmarks/text_flags.py"]
