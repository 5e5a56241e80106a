"""One search index per language.

mkdocs-static-i18n writes a single index holding every language at
``search/search_index.json``. This hook splits it after each language's
build: English entries stay at the root, Chinese ones go to
``zh/search/search_index.json`` (locations made relative to ``zh/``), and
Chinese pages point Material's search at their own index through the
``base`` of their ``__config`` (read and written as JSON). Searching 闭包 on
/zh/ returns Chinese pages only, and English searches never return Chinese
pages.

Material's instant navigation reads the sitemap at that same ``base``, so
the hook also writes ``zh/sitemap.xml`` holding the Chinese pages only:
Chinese pages then navigate among themselves instantly, and a link to the
other language loads that page afresh (with its own search index and
``lang``) instead of failing on a missing sitemap.

The split is idempotent: it reads back every index it wrote before, so
running it again (after each language's build, or twice) leaves the same
files.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

from mkdocs.plugins import event_priority

CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def _languages(config) -> tuple[str, str, list[str]]:
    i18n = config.plugins["i18n"]
    languages = [lang.locale for lang in i18n.config.languages]
    default = next(lang.locale for lang in i18n.config.languages if lang.default)
    return i18n.current_language, default, languages


def on_post_page(output: str, page, config) -> str:
    current, default, _ = _languages(config)
    if current == default:
        return output

    def point_at_own_index(match: re.Match) -> str:
        data = json.loads(match[2])
        data["base"] = posixpath.join(data["base"], current) + "/"
        return match[1] + json.dumps(data, ensure_ascii=False) + match[3]

    return CONFIG.sub(point_at_own_index, output, count=1)


def split_index(site: Path, default: str, languages: list[str]) -> None:
    """Write one index per language from every entry the indexes hold now."""
    root = site / "search" / "search_index.json"
    if not root.is_file():
        return
    index = json.loads(root.read_text(encoding="utf-8"))
    entries: dict[str, dict] = {}  # by site-relative location: each entry once
    for doc in index["docs"]:
        entries[doc["location"]] = doc
    for language in languages:
        own = site / language / "search" / "search_index.json"
        if language != default and own.is_file():
            for doc in json.loads(own.read_text(encoding="utf-8"))["docs"]:
                location = f"{language}/{doc['location']}"
                entries.setdefault(location, {**doc, "location": location})
    by_language: dict[str, list[dict]] = {language: [] for language in languages}
    for location, doc in entries.items():
        prefix = location.split("/", 1)[0]
        if prefix in languages and prefix != default:
            by_language[prefix].append({**doc, "location": location[len(prefix) + 1 :]})
        else:
            by_language[default].append(doc)
    for language in languages:
        target = root if language == default else site / language / "search" / root.name
        target.parent.mkdir(parents=True, exist_ok=True)
        content = {**index, "docs": by_language[language]}
        target.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")


URL_ENTRY = re.compile(r"[ \t]*<url>.*?</url>\n?", re.S)
LOC = re.compile(r"<loc>(.*?)</loc>")


def split_sitemap(site: Path, default: str, languages: list[str]) -> None:
    """Write ``<language>/sitemap.xml`` with that language's pages from the root sitemap."""
    root = site / "sitemap.xml"
    if not root.is_file():
        return
    text = root.read_text(encoding="utf-8")
    entries = URL_ENTRY.findall(text)
    if not entries:
        return
    site_url = LOC.search(entries[0])[1]  # the first entry is the home page
    head = text[: text.index(entries[0])]
    tail = text[text.rindex(entries[-1]) + len(entries[-1]) :]
    for language in languages:
        if language == default:
            continue
        prefix = f"{site_url}{language}/"
        own = [entry for entry in entries if LOC.search(entry)[1].startswith(prefix)]
        target = site / language / "sitemap.xml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(head + "".join(own) + tail, encoding="utf-8")


@event_priority(-200)  # after mkdocs-static-i18n (-100) has written the combined index
def on_post_build(config) -> None:
    _, default, languages = _languages(config)
    split_index(Path(config.site_dir), default, languages)
    split_sitemap(Path(config.site_dir), default, languages)
