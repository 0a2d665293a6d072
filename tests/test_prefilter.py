"""The prefilter skips a pattern only where it cannot match: every reading stays what a full search gives."""

import json
import re
from pathlib import Path

import pytest

from online_models import text
from online_models.prefilter import Screen, key, load_literals, needed, write_literals

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


def test_the_literals_kept_ahead_are_those_each_pattern_of_the_lexicon_needs() -> None:
    """The file `python -m online_models.prefilter` writes: every flag pattern has its entry, equal to what parsing it
    gives (a pattern edited without writing the file again is parsed at every start: slower, and this test says so)."""
    kept = load_literals()
    for pattern in (p for patterns in text.FLAG_PATTERNS.values() for p in patterns):
        missing = f"no literals kept for {pattern.pattern[:80]!r}: run python -m online_models.prefilter"
        assert key(pattern) in kept, missing
        found = needed(pattern)
        assert kept[key(pattern)] == (sorted(found) if found is not None else None), pattern.pattern[:80]


def test_a_screen_given_literals_ahead_finds_what_one_that_parses_finds(tmp_path) -> None:
    groups = {"paid": [re.compile(r"\bja (paguei|pagamos)\b")], "human": [re.compile(r"\batendente\b"),
                                                                          re.compile(r"(?i)humano")]}
    write_literals([p for ps in groups.values() for p in ps], tmp_path / "literals.json")
    ahead = Screen(groups, load_literals(tmp_path / "literals.json"))
    for said in ("ja paguei", "quero um HUMANO", "nada", "atendente ja pagamos"):
        assert ahead.found(said) == Screen(groups).found(said)
    assert load_literals(tmp_path / "missing.json") == {}
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    assert load_literals(tmp_path / "broken.json") == {}
