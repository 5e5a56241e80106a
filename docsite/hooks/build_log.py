"""A build log that fits on one screen.

mkdocs-static-i18n reports at INFO every setting it overrides for the Chinese
build (the whole palette, for one) and every navigation title it translates;
those lines are lowered to DEBUG-only by raising that logger to WARNING, so
its warnings and errors still show. What remains per build: where it was
built, how many examples ran (docsite/hooks/executed_examples.py), and how
long it took.

One warning of that plugin is dropped, and only that one: that Material's
language switcher links go stale with ``navigation.instant`` (the header is
kept across instant navigation). run-examples.js points them at each page's
own alternates after every navigation, and links to the other language load
afresh; test_browser.py checks the switcher after an instant navigation.
"""

from __future__ import annotations

import logging


def _not_the_instant_navigation_warning(record: logging.LogRecord) -> bool:
    return "compatible with theme.features = navigation.instant" not in record.getMessage()


def on_startup(command, dirty):
    logging.getLogger("mkdocs.plugins.mkdocs_static_i18n").setLevel(logging.WARNING)
    reconfigure = logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure")
    if _not_the_instant_navigation_warning not in reconfigure.filters:
        reconfigure.addFilter(_not_the_instant_navigation_warning)
    try:  # jieba (Chinese search segmentation) logs its dictionary loading at DEBUG
        import jieba

        jieba.setLogLevel(logging.WARNING)
    except ImportError:
        pass
