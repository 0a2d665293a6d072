"""The prefilter skips a pattern only where it cannot match: every reading stays what a full search gives."""

import json
import re
from pathlib import Path

import pytest

from online_models import text
from online_models.prefilter import Screen, needed

MESSAGES = Path(__file__).parent.parent / "benchmarks" / "messages"


def _texts() -> list[str]:
    found = []
    for path in sorted(MESSAGES.glob("*.jsonl")):
        found += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    return found


@pytest.mark.parametrize(("pattern", "matching", "literals"), [
    (r"\b(nao|num) (e|eh) meu\b", "isso num eh meu", {"nao e meu", "nao eh meu", "num e meu", "num eh meu"}),
    (r"\bme (liga|ligue)\b.{0,40}\bdepois das \d", "me liga amanha depois das 9", {"depois das "}),
    (r"\bpar[ae]m? de ligar\b", "param de ligar", {"para de ligar", "pare de ligar", "param de ligar",
                                                    "parem de ligar"}),
    (r"(?<!nao )\bquero (um )?atendente\b", "quero atendente", {"quero atendente", "quero um atendente"}),
    (r"\b(ja )?paguei(?! nada)", "paguei sim", {"paguei", "ja paguei"}),
    (r"\b(liga|ligue)+ (?:agora|ja)\b", "liga ja", {"liga", "ligue"}),  # the longer sure set
])
def test_literals_are_those_every_match_holds(pattern: str, matching: str, literals: set[str]) -> None:
    compiled = re.compile(pattern)
    assert compiled.search(matching)
    assert set(needed(compiled)) == literals


def test_a_pattern_with_no_sure_literal_is_always_searched() -> None:
    for pattern in (r"(?i)parar", r".{3}", r"(a|)", r"\d+", r"[^x]+ ?"):
        assert needed(re.compile(pattern)) is None, pattern
    screen = Screen({"any": [re.compile(r"\d{3}")], "caseblind": [re.compile(r"(?i)SAIR")]})
    assert screen.found("codigo 123, quero sair") == {"any", "caseblind"}
    assert screen.found("nada aqui") == set()


def test_flags_read_as_a_full_search_on_every_benchmark_message() -> None:
    screen = Screen(text.FLAG_PATTERNS)
    texts = [text.normalise(said) for said in _texts()]
    for clean in texts:
        full = {name for name, patterns in text.FLAG_PATTERNS.items() if any(p.search(clean) for p in patterns)}
        assert screen.found(clean) == full, clean
    assert any(screen.found(clean) for clean in texts)
