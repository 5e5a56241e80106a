"""A Chinese page cannot silently fall behind its English page.

docsite/data/translations.json records, per page, the English text (white
space folded) that the Chinese page was last updated from. A page whose
English source changed since then fails here, naming both files, with the
English diff and the command that records the Chinese page as current after
review.
"""

from __future__ import annotations

import json

import pytest

from docsite import translations

STATES = translations.states()


def problem(state: translations.State) -> str | None:
    if state.state == "current":
        return None
    if state.state == "unrecorded":
        return (
            f"{state.chinese}: no record of which version of {state.english} it translates. "
            f"Once it is translated, run: make translations-ok PAGES={state.chinese}"
        )
    return (
        f"{state.english} changed since {state.chinese} was last updated from it.\n"
        f"Update the Chinese page, then run: make translations-ok PAGES={state.chinese}\n"
        f"English changes since the translated version:\n{translations.english_diff(state.page)}"
    )


@pytest.mark.parametrize("state", STATES, ids=lambda s: s.page)
def test_chinese_page_is_translated_from_the_current_english(state):
    message = problem(state)
    if message:
        pytest.fail(message, pytrace=False)


@pytest.fixture
def scratch_docs(tmp_path, monkeypatch):
    for language in ("en", "zh"):
        (tmp_path / "docs" / language).mkdir(parents=True)
        (tmp_path / "docs" / language / "page.md").write_text(
            "# Title { #title }\n\nA closure keeps its\nvariables.\n", encoding="utf-8"
        )
    monkeypatch.setattr(translations, "DOCS", tmp_path / "docs")
    monkeypatch.setattr(translations, "LOCK", tmp_path / "translations.json")
    monkeypatch.setattr(translations, "ROOT", tmp_path)
    return tmp_path / "docs" / "en" / "page.md"


def state_of(page: str = "page.md") -> str:
    return next(s.state for s in translations.states() if s.page == page)


def test_a_changed_english_page_goes_stale_until_acknowledged(scratch_docs):
    assert state_of() == "unrecorded"
    assert translations.main(["ok", "docs/zh/page.md"]) == 0
    assert state_of() == "current"
    scratch_docs.write_text(scratch_docs.read_text() + "\nA new paragraph.\n", encoding="utf-8")
    assert state_of() == "stale"
    message = problem(next(s for s in translations.states() if s.page == "page.md"))
    assert "docs/en/page.md changed since docs/zh/page.md" in message
    assert "make translations-ok PAGES=docs/zh/page.md" in message
    translations.main(["ok"])
    assert state_of() == "current"
    assert json.loads(translations.LOCK.read_text())["page.md"]


def test_rewrapping_the_english_page_does_not_count(scratch_docs):
    translations.main(["ok"])
    text = scratch_docs.read_text()
    scratch_docs.write_text(text.replace("keeps its\nvariables", "keeps  its variables") + "\n\n")
    assert state_of() == "current"
