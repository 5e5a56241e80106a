"""English and Chinese pages mirror each other: same files, same examples in the
same order, same heading ids, same internal links."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from docsite.docs_model import (
    DOCS,
    LANGUAGES,
    Page,
    is_notebook,
    page_files,
    parse_page,
)

EN, ZH = LANGUAGES


def compare_pages(en: Page, zh: Page) -> list[str]:
    """Return one message per mismatch, each naming the file and line at fault."""
    problems: list[str] = []

    en_includes, zh_includes = en.includes, zh.includes
    for index in range(max(len(en_includes), len(zh_includes))):
        left = en_includes[index] if index < len(en_includes) else None
        right = zh_includes[index] if index < len(zh_includes) else None
        if left and right and left[1] == right[1]:
            continue
        if right is None:
            problems.append(
                f"{left[0]}: includes {left[1]!r}, but {zh.path.relative_to(DOCS.parent)} "
                f"has no example #{index + 1} (the Chinese page drops it)"
            )
        elif left is None:
            problems.append(
                f"{right[0]}: includes {right[1]!r}, which the English page does not have"
            )
        else:
            problems.append(
                f"{right[0]}: example #{index + 1} is {right[1]!r}, but the English page "
                f"({left[0]}) has {left[1]!r} here: examples must come in the same order"
            )
        break  # after the first divergence every later position differs too

    for page in (en, zh):
        for where, _level, text, heading_id in page.headings:
            if heading_id is None:
                problems.append(
                    f"{where}: heading {text!r} has no explicit id; write it as "
                    f"'{text} {{ #some-id }}' with the same id in both languages"
                )
    en_ids = [(level, hid) for _, level, _, hid in en.headings]
    zh_ids = [(level, hid) for _, level, _, hid in zh.headings]
    if en_ids != zh_ids:
        for left, right in zip(en.headings, zh.headings, strict=False):
            if (left[1], left[3]) != (right[1], right[3]):
                problems.append(
                    f"{right[0]}: heading {right[2]!r} (level {right[1]}, id {right[3]!r}) "
                    f"does not match the English heading at {left[0]} "
                    f"(level {left[1]}, id {left[3]!r})"
                )
                break
        else:
            longer, shorter = (en, zh) if len(en_ids) > len(zh_ids) else (zh, en)
            extra = longer.headings[len(shorter.headings)]
            problems.append(
                f"{extra[0]}: heading {extra[2]!r} has no counterpart in "
                f"{shorter.path.relative_to(DOCS.parent)}"
            )

    en_links = [target for _, target in en.links]
    zh_links = [target for _, target in zh.links]
    if en_links != zh_links:
        missing = [t for t in en_links if t not in zh_links]
        added = [(w, t) for w, t in zh.links if t not in en_links]
        for target in missing:
            where = next(w for w, t in en.links if t == target)
            problems.append(f"{where}: link {target!r} is missing from the Chinese page")
        for where, target in added:
            problems.append(f"{where}: link {target!r} is not on the English page")
        if not missing and not added:
            problems.append(
                f"{zh.path.relative_to(DOCS.parent)}: internal links are in a different "
                "order than on the English page"
            )
    return problems


def test_every_page_exists_in_both_languages():
    en, zh = page_files(EN), page_files(ZH)
    problems = [f"docs/{EN}/{p}: has no Chinese twin docs/{ZH}/{p}" for p in sorted(en - zh)]
    problems += [f"docs/{ZH}/{p}: has no English original docs/{EN}/{p}" for p in sorted(zh - en)]
    assert not problems, "\n".join(problems)


MARKDOWN_PAGES = sorted(
    p
    for p in page_files(EN) & page_files(ZH)
    if p.suffix == ".md" and not is_notebook(DOCS / EN / p)
)


CHAPTER_PAGES = [p for p in MARKDOWN_PAGES if len(p.parts) > 1]


@pytest.mark.parametrize("relative", CHAPTER_PAGES, ids=str)
def test_chapter_page_ends_with_recall_questions(relative: Path):
    """The notes' "active recall": every chapter page ends with questions whose
    answers are folded away (Chinese twins follow from the heading-id check)."""
    page = parse_page(DOCS / EN / relative, EN)
    last_h2 = [h for h in page.headings if h[1] == 2][-1]
    assert last_h2[3] == "check-yourself", (
        f"{last_h2[0]}: the last section should be '## Check yourself {{ #check-yourself }}'"
    )
    questions = recall_questions(DOCS / EN / relative)
    assert questions >= 2, f"{page.path.relative_to(DOCS.parent)}: fewer than 2 recall questions"
    chinese = recall_questions(DOCS / ZH / relative)
    assert chinese == questions, (
        f"docs/{ZH}/{relative}: {chinese} recall questions, the English page has {questions}"
    )


def recall_questions(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    if "{ #check-yourself }" not in text:
        return 0
    return len(re.findall(r'^\?\?\?\+? question "', text.split("{ #check-yourself }", 1)[1], re.M))


@pytest.mark.parametrize("relative", MARKDOWN_PAGES, ids=str)
def test_chinese_page_mirrors_english_page(relative: Path):
    en = parse_page(DOCS / EN / relative, EN)
    zh = parse_page(DOCS / ZH / relative, ZH)
    problems = compare_pages(en, zh)
    assert not problems, "\n".join(problems)
