"""Every example in a page is a snippet file that runs at build time, and every
snippet file is shown by a page. A page holds no Python of its own: what it
would print could only be checked by a second runner."""

from __future__ import annotations

import pytest

from docsite.docs_model import LANGUAGES, ROOT, SNIPPETS, pages, snippet_files

ALL_FENCES = [(page, fence) for lang in LANGUAGES for page in pages(lang) for fence in page.fences]
PYTHON_FENCES = [(p, f) for p, f in ALL_FENCES if f.language in {"python", "py"}]


def fence_problems(fence) -> list[str]:
    """An include fence must run the whole snippet and be titled with its path."""
    problems = []
    includes = fence.includes
    if not includes:
        return problems
    if len(includes) != 1 or len(fence.body) != 1:
        problems.append(f"{fence.where}: an example fence holds exactly one include line")
    target = includes[0]
    if ":" in target:
        problems.append(
            f"{fence.where}: executed examples include whole files, not sections ({target!r})"
        )
    if not (SNIPPETS / target).is_file():
        problems.append(f"{fence.where}: snippets/{target} does not exist")
    if not fence.executed:
        problems.append(f'{fence.where}: example {target!r} is not executed (add exec="on")')
    for option, required in (("source", "above"), ("result", "text")):
        if fence.options.get(option) != required:
            problems.append(
                f'{fence.where}: {option}="{fence.options.get(option, "")}": every example shows '
                f'its code above its output as text ({option}="{required}"), as the page check reads it'
            )
    if fence.options.get("title") != target:
        problems.append(
            f'{fence.where}: title="{fence.options.get("title", "")}" must be the '
            f'included path "{target}" (it names the file in build errors)'
        )
    return problems


@pytest.mark.parametrize(
    ("page", "fence"), PYTHON_FENCES, ids=[str(f.where) for _, f in PYTHON_FENCES]
)
def test_python_fence(page, fence):
    assert fence.includes, (
        f"{fence.where}: Python written in a page is never run; put it in "
        "snippets/<chapter>/<name>.py and include it (see CONTRIBUTING.md)"
    )
    problems = fence_problems(fence)
    assert not problems, "\n".join(problems)


def test_includes_in_other_fences_name_existing_files():
    problems = [
        f"{fence.where}: snippets/{target} does not exist"
        for _, fence in ALL_FENCES
        for target in fence.includes
        if not (SNIPPETS / target.split(":")[0]).is_file()
    ]
    assert not problems, "\n".join(problems)


def test_every_snippet_is_shown_by_a_page():
    included = {
        target.split(":")[0]
        for _, fence in ALL_FENCES
        for target in fence.includes
    }
    unused = [
        f"{path.relative_to(ROOT)}:1: no page includes this snippet"
        for path in snippet_files()
        if path.relative_to(SNIPPETS).as_posix() not in included
    ]
    assert not unused, "\n".join(unused)


def test_the_fence_checker_catches_bad_fences():
    from docsite.docs_model import Fence, Where

    where = Where(ROOT / "docs/en/x.md", 3)
    untitled = Fence(where, "python", {"exec": "on"}, ['--8<-- "scope-and-closures/closure_outlives_call.py"'])
    tabbed = Fence(
        where,
        "python",
        {"exec": "on", "source": "tabbed-left", "result": "text", "title": "x.py"},
        ['--8<-- "x.py"'],
    )
    assert any('source="tabbed-left"' in p for p in fence_problems(tabbed))
    assert any("title=" in p for p in fence_problems(untitled))
    not_run = Fence(where, "python", {"title": "a/b.py"}, ['--8<-- "a/b.py"'])
    problems = fence_problems(not_run)
    assert any("not executed" in p for p in problems)
    assert any("does not exist" in p for p in problems)
    assert all(p.startswith("docs/en/x.md:3:") for p in problems)
