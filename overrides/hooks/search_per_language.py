"""One search index per language.

mkdocs-static-i18n writes a single index holding every language at
``search/search_index.json``. This hook splits it after the last language is
built: English entries stay at the root, Chinese ones go to
``zh/search/search_index.json`` (locations made relative to ``zh/``), and
Chinese pages point Material's search at their own index through the ``base``
of their ``__config``. Searching 闭包 on /zh/ returns Chinese pages only, and
English searches never return Chinese pages.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

from mkdocs.plugins import event_priority

CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">\{"annotate": [^,]*, "base": ")([^"]*)(")')


def _languages(config) -> tuple[str, str]:
    i18n = config.plugins["i18n"]
    default = next(lang.locale for lang in i18n.config.languages if lang.default)
    return i18n.current_language, default


def on_post_page(output: str, page, config) -> str:
    current, default = _languages(config)
    if current == default:
        return output
    return CONFIG_BASE.sub(
        lambda m: m[1] + posixpath.join(m[2], current) + "/" + m[3], output, count=1
    )


@event_priority(-200)  # after mkdocs-static-i18n (-100) has written the combined index
def on_post_build(config) -> None:
    _, default = _languages(config)
    site = Path(config.site_dir)
    combined = site / "search" / "search_index.json"
    if not combined.is_file():
        return
    index = json.loads(combined.read_text(encoding="utf-8"))
    by_language: dict[str, list[dict]] = {}
    locales = [lang.locale for lang in config.plugins["i18n"].config.languages]
    for doc in index["docs"]:
        prefix = doc["location"].split("/", 1)[0]
        language = prefix if prefix in locales and prefix != default else default
        if language != default:
            doc = {**doc, "location": doc["location"][len(language) + 1 :]}
        by_language.setdefault(language, []).append(doc)
    for language in locales:
        target = combined if language == default else site / language / "search" / combined.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            json.dumps({**index, "docs": by_language.get(language, [])}, ensure_ascii=False),
            encoding="utf-8",
        )
