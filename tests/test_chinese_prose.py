"""Chinese prose keeps one paragraph per line.

A line break between two Chinese characters is rendered as a stray space (the
browser treats the newline as whitespace). Every Chinese page and notebook is
checked outside code fences; the failure names each file:line to join.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docsite.docs_model import DOCS, ROOT

# CJK ideographs, CJK symbols and punctuation, and full-width forms.
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
FENCE = re.compile(r"^\s*(?P<ticks>`{3,}|~{3,})")


def hard_wraps(path: Path) -> list[str]:
    """`file:line` for every prose line that ends and whose next line starts with CJK."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    closing: str | None = None
    for number, line in enumerate(lines, start=1):
        if closing is not None:
            if line.strip().startswith(closing) and not line.strip().strip(closing[0]):
                closing = None
            continue
        if m := FENCE.match(line):
            closing = m["ticks"]
            continue
        if number == len(lines):
            break
        following = lines[number].lstrip()
        if FENCE.match(following):
            continue
        end = line.rstrip()
        if end and following and CJK.match(end[-1]) and CJK.match(following[0]):
            where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            found.append(f"{where}:{number}: {end[-12:]!r} / {following[:12]!r}")
    return found


CHINESE_PAGES = sorted((DOCS / "zh").rglob("*.md"))


@pytest.mark.parametrize(
    "page", CHINESE_PAGES, ids=[str(p.relative_to(DOCS)) for p in CHINESE_PAGES]
)
def test_no_line_break_between_chinese_characters(page: Path):
    wraps = hard_wraps(page)
    assert not wraps, "join these lines (one paragraph per line):\n" + "\n".join(wraps)


def test_the_checker_finds_a_hard_wrap_and_ignores_code(tmp_path: Path):
    page = tmp_path / "page.md"
    page.write_text(
        "第一行写到这里\n换行之后接着写。\n\n"
        "```python\n# 代码里的中文\n# 换行不算\n```\n\n"
        "English line\n中文行不受影响。\n",
        encoding="utf-8",
    )
    assert [w.split(": ", 1)[0] for w in hard_wraps(page)] == [f"{page}:1"]
