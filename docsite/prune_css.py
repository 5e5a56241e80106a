"""Keep only the CSS rules that can match: a small, honest purge.

JupyterLab's stylesheet, which nbconvert puts on every notebook page, styles
every widget JupyterLab has; a rendered exercise uses a few dozen classes. A
rule is kept when one of its selectors names only classes that the pages
use (pseudo-classes, elements, attributes and ids do not count against it);
at-rules are pruned inside (``@media``, ``@supports``) or kept whole.
"""

from __future__ import annotations

import re

CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
HTML_CLASS = re.compile(r'class="([^"]*)"')


def used_classes(html: str) -> set[str]:
    return {name for value in HTML_CLASS.findall(html) for name in value.split()}


def _blocks(css: str):
    """Yield (prelude, body) for each top-level block; body None for statements."""
    i, n, start = 0, len(css), 0
    while i < n:
        c = css[i]
        if css.startswith("/*", i):
            end = css.find("*/", i + 2)
            i = n if end < 0 else end + 2
            start = i if not css[start:i].strip("/* \n\t") or css[start:i].lstrip().startswith("/*") else start
            continue
        if c in "\"'":
            end = i + 1
            while end < n and css[end] != c:
                end += 2 if css[end] == "\\" else 1
            i = end + 1
            continue
        if c == ";" :
            yield css[start:i].strip(), None
            i += 1
            start = i
            continue
        if c == "{":
            depth, j = 1, i + 1
            while j < n and depth:
                if css[j] in "\"'":
                    quote, j = css[j], j + 1
                    while j < n and css[j] != quote:
                        j += 2 if css[j] == "\\" else 1
                elif css[j] == "{":
                    depth += 1
                elif css[j] == "}":
                    depth -= 1
                j += 1
            yield css[start:i].strip(), css[i + 1 : j - 1]
            i = start = j
            continue
        i += 1


def _split_selectors(prelude: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for c in prelude:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        if c == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += c
    return [p.strip() for p in [*parts, current] if p.strip()]


def prune(css: str, classes: set[str]) -> str:
    out = []
    for prelude, body in _blocks(css):
        prelude = re.sub(r"/\*.*?\*/", "", prelude, flags=re.S).strip()
        if body is None:
            if prelude:
                out.append(prelude + ";")
            continue
        if prelude.startswith(("@media", "@supports", "@layer")):
            inner = prune(body, classes)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            out.append(f"{prelude}{{{body}}}")
        else:
            kept = [s for s in _split_selectors(prelude) if set(CLASS.findall(s)) <= classes]
            if kept:
                out.append(f"{','.join(kept)}{{{body.strip()}}}")
    return "\n".join(out)


VAR_USE = re.compile(r"var\(\s*(--[\w-]+)")


def _declarations(body: str) -> list[str]:
    """Split a rule body at the semicolons outside parentheses and strings
    (a data: URL holds a semicolon of its own)."""
    parts, depth, quote, current = [], 0, "", ""
    for c in body:
        if quote:
            quote = "" if c == quote else quote
        elif c in "\"'":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == ";" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += c
    return [p for p in [*parts, current] if p.strip()]


def _drop_unused(css: str, used: set[str]) -> str:
    out = []
    for prelude, body in _blocks(css):
        if body is None:
            out.append(prelude + ";")
        elif prelude.startswith(("@media", "@supports", "@layer")):
            inner = _drop_unused(body, used)
            if inner.strip():
                out.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            out.append(f"{prelude}{{{body}}}")
        else:
            kept = [
                d for d in _declarations(body)
                if not d.strip().startswith("--") or d.split(":", 1)[0].strip() in used
            ]
            if kept:
                out.append(f"{prelude}{{{';'.join(d.strip() for d in kept)}}}")
    return "\n".join(out)


def prune_variables(css: str) -> str:
    """Drop custom properties that nothing reads (a variable may read another)."""
    while True:
        pruned = _drop_unused(css, set(VAR_USE.findall(css)))
        if pruned == css:
            return css
        css = pruned
