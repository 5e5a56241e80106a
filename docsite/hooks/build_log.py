"""A build log that fits on one screen.

mkdocs-static-i18n reports at INFO every setting it overrides for the Chinese
build (the whole palette, for one) and every navigation title it translates;
those lines are lowered to DEBUG-only by raising that logger to WARNING, so
its warnings and errors still show. What remains per build: where it was
built, how many examples ran (docsite/hooks/executed_examples.py), and how
long it took.
"""

from __future__ import annotations

import logging


def on_startup(command, dirty):
    logging.getLogger("mkdocs.plugins.mkdocs_static_i18n").setLevel(logging.WARNING)
    try:  # jieba (Chinese search segmentation) logs its dictionary loading at DEBUG
        import jieba

        jieba.setLogLevel(logging.WARNING)
    except ImportError:
        pass
