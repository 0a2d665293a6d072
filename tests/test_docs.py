"""The docs are for users: short pages, every link alive, and each list the code has written once and agreeing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from schemas.validation import SCHEMA_DIR, Contract
from streams.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "docs").glob("*.md"))


def test_the_readme_is_short_and_has_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 250
    blocks = re.findall(r"```\n(.*?)```", readme, flags=re.S)
    assert [b.strip() for b in blocks if b.strip().startswith("bash deploy/")] == [
        "bash deploy/demo.sh", "bash deploy/test.sh"]  # fmt: skip


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pages_are_short_and_their_links_resolve(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 300
    for target in re.findall(r"\]\(([^)#:]+\.md)", text):
        assert (page.parent / target).exists(), f"{page.name} links to a missing {target}"


def test_every_page_is_one_click_from_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert {p.name for p in PAGES} <= set(re.findall(r"docs/([\w-]+\.md)", readme))


def test_publishing_names_every_type_and_every_dead_letter_reason() -> None:
    page = (ROOT / "docs" / "publishing.md").read_text(encoding="utf-8")
    for event_type, family in Contract().event_types.items():
        if family in ("journey", "payment"):
            assert f"`{event_type}`" in page
    schema = json.loads((SCHEMA_DIR / "output" / "vigia.deadletter.json").read_text())
    for reason in schema["properties"]["reason"]["enum"]:
        assert f"`{reason}`" in page


def test_every_setting_is_documented() -> None:
    docs = "".join(p.read_text(encoding="utf-8") for p in PAGES)
    missing = [variable for variable, _default in Settings.documented() if f"`{variable}`" not in docs]
    assert missing == []
