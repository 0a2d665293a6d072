"""The literal text a regular expression cannot match without, to skip searching texts that lack it.

vigia reads each message against some 600 hand-written patterns, and most of them cannot match a
given message: ``\\bnao (e|eh) meu\\b`` needs ``"nao e meu"`` or ``"nao eh meu"`` in the text. A
substring test is a few times cheaper than a regex search, so a pattern is searched only in a text
that holds one of its literals (what RE2 calls a prefilter). The literals are derived from the
parsed pattern, never written by hand, and a pattern with none (``.{0,40}`` alone, a case-blind
flag) is always searched: the readings are the same, only faster.

>>> sorted(needed(re.compile(r"\\b(so|somente) com (uma )?pessoa\\b")))
['so com pessoa', 'so com uma pessoa', 'somente com pessoa', 'somente com uma pessoa']
>>> sorted(needed(re.compile(r"\\bligar?\\b.{0,40}\\bdepois das\\b")))  # the longer sure literal
['depois das']
>>> sorted(needed(re.compile(r"\\bnao (e|eh) meu\\b")))
['nao e meu', 'nao eh meu']
>>> needed(re.compile(r"(?i)parar")) is None  # a case-blind pattern: no literal is sure
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from re import _constants as sre  # the parser's opcodes (stable since Python 3.11)
from re import _parser

import ahocorasick

CAP = 64  # the most strings a set of alternatives may hold before the prefilter stops spelling them out
_ZERO_WIDTH = {sre.AT}  # \b, ^, $: consume nothing, so the literals on each side stay adjacent
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


LITERALS_FILE = Path(__file__).with_name("prefilter_literals.json")  # the lexicon's literals, worked out ahead


def key(pattern: re.Pattern[str]) -> str:
    """A pattern's entry in a file of literals: its flags and its source, so an edited pattern has none."""
    return f"{pattern.flags}:{pattern.pattern}"


def load_literals(path: Path = LITERALS_FILE) -> dict[str, list[str] | None]:
    """The literals :func:`needed` gave each pattern, as :func:`write_literals` kept them ({} when the file is
    missing or unreadable: every pattern is then parsed, which is slower at start, never wrong)."""
    try:
        literals = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return literals if isinstance(literals, dict) else {}


def write_literals(patterns: Sequence[re.Pattern[str]], path: Path = LITERALS_FILE) -> None:
    """Keep each pattern's literals in ``path``, so a process starts without parsing hundreds of patterns (about half
    a second)."""
    literals = {key(p): (sorted(found) if (found := needed(p)) is not None else None) for p in patterns}
    lines = (f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
             for k, v in sorted(literals.items()))
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")  # a pattern a line: a change diffs as one


def needed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which is in every text the pattern matches (None: the pattern needs none that is sure)."""
    if pattern.flags & re.IGNORECASE:
        return None
    best = _sequence(_parser.parse(pattern.pattern, pattern.flags))[1]
    return frozenset(best) if best else None


def _sequence(items) -> tuple[set[str] | None, set[str] | None]:
    """(every text the sequence can match, when few; strings one of which any match holds, when any are sure)."""
    run: set[str] = {""}  # the texts the current stretch of spelled-out items can match, one after the other
    whole, candidates = True, []
    for op, value in items:
        texts, inner = _item(op, value)
        if texts is not None and len(run) * len(texts) <= CAP:
            run = {a + b for a in run for b in texts}
            continue
        whole = False
        candidates.append(run)
        if inner is not None:
            candidates.append(inner)
        run = texts if texts is not None else {""}
    candidates.append(run)
    return (run if whole else None), _best(candidates)


def _best(candidates: list[set[str]]) -> set[str] | None:
    """The most selective sure set: its shortest string the longest, then the fewest strings."""
    sure = [c for c in candidates if c and "" not in c]
    return max(sure, key=lambda c: (min(map(len, c)), -len(c))) if sure else None


def _item(op, value) -> tuple[set[str] | None, set[str] | None]:
    """:func:`_sequence`'s pair for one parsed item (case matters: a case-blind pattern is never parsed here)."""
    if op is sre.LITERAL:
        return {chr(value)}, None
    if op in _ZERO_WIDTH:
        return {""}, None
    if op is sre.IN:
        if len(value) <= 4 and all(kind is sre.LITERAL for kind, _ in value):
            return {chr(char) for _, char in value}, None
        return None, None
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, items = value
        return (None, None) if add_flags or del_flags else _sequence(items)
    if op is sre.BRANCH:
        branches = [_sequence(branch) for branch in value[1]]
        texts: set[str] | None = set()
        sure: set[str] | None = set()
        for exact, inner in branches:
            texts = None if texts is None or exact is None or len(texts) + len(exact) > CAP else texts | exact
            sure = None if sure is None or inner is None else sure | inner
        return texts, sure
    if op in _REPEATS:
        low, high, items = value
        exact, inner = _sequence(items)
        return _repeated(exact, low, high), (inner if low >= 1 else None)
    return None, None


def _repeated(texts: set[str] | None, low: int, high: int) -> set[str] | None:
    """Every text ``low`` to ``high`` repeats of an item can match, for an optional item or a fixed count."""
    if texts is None:
        return None
    if (low, high) == (0, 1):
        return texts | {""}
    if low == high and len(texts) ** low <= CAP:
        repeated = {""}
        for _ in range(low):
            repeated = {a + b for a in repeated for b in texts}
        return repeated
    return None


class Screen:
    """Named groups of patterns, each group asked whether any of its patterns matches a text.

    One pass of an Aho-Corasick automaton (``pyahocorasick``) finds which literals a text holds; only
    the patterns needing one of them, and those needing none, are then searched.

    >>> screen = Screen({"paid": [re.compile(r"\\bja (paguei|pagamos)\\b")], "human": [re.compile(r"\\batendente\\b")]})
    >>> sorted(screen.found("ja paguei, quero um atendente")), sorted(screen.found("nao paguei"))
    (['human', 'paid'], [])
    """

    def __init__(self, groups: Mapping[str, Sequence[re.Pattern[str]]],
                 known: Mapping[str, list[str] | None] | None = None) -> None:  # fmt: skip
        """``known``: literals worked out ahead (:func:`load_literals`); a pattern not among them is parsed."""
        known = known or {}
        self.groups = {name: tuple(patterns) for name, patterns in groups.items()}
        self._always: dict[str, list[re.Pattern[str]]] = {name: [] for name in self.groups}
        users: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for name, patterns in self.groups.items():
            for pattern in patterns:
                entry = key(pattern)
                if entry not in known:  # (a pattern written since the file was: parsed here)
                    literals = needed(pattern)
                else:
                    literals = None if known[entry] is None else frozenset(known[entry])
                if literals is None:
                    self._always[name].append(pattern)
                for literal in literals or ():
                    users.setdefault(literal, []).append((name, pattern))
        self._automaton = ahocorasick.Automaton()
        for literal, patterns in users.items():
            self._automaton.add_word(literal, tuple(patterns))
        if users:
            self._automaton.make_automaton()

    def found(self, text: str) -> set[str]:
        """The names of the groups with a pattern that matches ``text`` (as ``any(p.search(text) ...)`` would)."""
        candidates = {name: list(always) for name, always in self._always.items()}
        if len(self._automaton):
            for _end, patterns in self._automaton.iter(text):
                for name, pattern in patterns:
                    candidates[name].append(pattern)
        return {name for name, patterns in candidates.items() if any(p.search(text) for p in dict.fromkeys(patterns))}


if __name__ == "__main__":  # python -m online_models.prefilter: after a change to the lexicon's patterns
    from online_models.text import FLAG_PATTERNS

    write_literals([pattern for patterns in FLAG_PATTERNS.values() for pattern in patterns])
    print(f"wrote {LITERALS_FILE}")
