"""Tables that screen readers can navigate.

The comparison tables of this site label their rows in the first column and
often leave the top-left cell empty. Markdown makes every body cell a
``<td>``; here the first cell of each body row becomes ``<th scope="row">``,
header cells get ``scope="col"``, and an empty top-left header cell gets a
visually hidden name in the page's language (axe: empty-table-header,
td-has-header).
"""

from __future__ import annotations

import re

TABLE = re.compile(r"<table>(.*?)</table>", re.S)
ROW = re.compile(r"<tr>(\s*)<td([^>]*)>(.*?)</td>", re.S)
EMPTY_HEADER = re.compile(r"<th([^>]*)>\s*</th>")
LABEL = {"en": "Compared", "zh": "对比项"}


def _accessible(table: str, language: str) -> str:
    head, _, body = table.partition("</thead>")
    head = EMPTY_HEADER.sub(
        lambda m: f'<th{m[1]}><span class="visually-hidden">{LABEL.get(language, LABEL["en"])}</span></th>',
        head,
        count=1,
    )
    head = head.replace("<th>", '<th scope="col">').replace('<th style=', '<th scope="col" style=')
    head = re.sub(r"<th((?: [^>]*)?)>", lambda m: m[0] if "scope=" in m[0] else f'<th scope="col"{m[1]}>', head)
    body = ROW.sub(lambda m: f'<tr>{m[1]}<th scope="row"{m[2]}>{m[3]}</th>', body)
    return f"{head}</thead>{body}" if _ else table


def on_page_content(html: str, page, config, files) -> str:
    language = config.theme.get("language", "en")
    return TABLE.sub(lambda m: f"<table>{_accessible(m[1], language)}</table>", html)
