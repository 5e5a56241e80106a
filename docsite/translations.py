"""Which English version each Chinese page was translated from.

``docsite/data/translations.json`` maps every page (its path under
``docs/<lang>/``) to the SHA-256 of its English source as it was when the
Chinese page was last brought up to date. The hash is taken over the English
text with all runs of white space folded into one space, so re-wrapping a
paragraph changes nothing; examples are included by path, so a change to a
snippet's code or output never touches the page either.

    python -m docsite.translations report        # every page and its state
    python -m docsite.translations ok [PAGE ...]  # after review: record as current

``tests/test_translations_fresh.py`` fails for every page whose English
source changed since the recorded version, naming both files, showing the
English diff since then (read from git history) and the command to run once
the Chinese page is updated.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
LOCK = ROOT / "docsite" / "data" / "translations.json"
SOURCE, TARGET = "en", "zh"


def fingerprint(text: str) -> str:
    folded = re.sub(r"\s+", " ", text).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def pages() -> list[str]:
    """Every page that exists in both languages, as a path under docs/<lang>/."""
    english = {p.relative_to(DOCS / SOURCE).as_posix() for p in (DOCS / SOURCE).rglob("*.md")}
    chinese = {p.relative_to(DOCS / TARGET).as_posix() for p in (DOCS / TARGET).rglob("*.md")}
    return sorted(english & chinese)


def recorded() -> dict[str, str]:
    if not LOCK.is_file():
        return {}
    return {k: v for k, v in json.loads(LOCK.read_text("utf-8")).items() if not k.startswith("_")}


@dataclass(frozen=True)
class State:
    page: str
    state: str  # "current", "stale" or "unrecorded"

    @property
    def english(self) -> str:
        return f"docs/{SOURCE}/{self.page}"

    @property
    def chinese(self) -> str:
        return f"docs/{TARGET}/{self.page}"


def states() -> list[State]:
    lock = recorded()
    result = []
    for page in pages():
        current = fingerprint((DOCS / SOURCE / page).read_text("utf-8"))
        if page not in lock:
            result.append(State(page, "unrecorded"))
        else:
            result.append(State(page, "current" if lock[page] == current else "stale"))
    return result


def english_diff(page: str) -> str:
    """The English page's diff since the version the Chinese page records, from git."""
    wanted = recorded().get(page)
    path = f"docs/{SOURCE}/{page}"
    now = (ROOT / path).read_text("utf-8")
    try:
        commits = subprocess.run(
            ["git", "log", "--format=%H", "--", path],
            cwd=ROOT, capture_output=True, text=True, check=True, timeout=60,
        ).stdout.split()
        for commit in commits:
            old = subprocess.run(
                ["git", "show", f"{commit}:{path}"],
                cwd=ROOT, capture_output=True, text=True, check=False, timeout=60,
            )
            if old.returncode == 0 and fingerprint(old.stdout) == wanted:
                return "".join(
                    difflib.unified_diff(
                        old.stdout.splitlines(True), now.splitlines(True),
                        f"{path} (as translated, {commit[:10]})", f"{path} (now)",
                    )
                )
    except (OSError, subprocess.SubprocessError):
        pass
    return "(the translated version is not in this checkout's git history: compare by hand)\n"


def record(pages_to_record: list[str]) -> list[str]:
    lock = recorded()
    for page in pages_to_record:
        lock[page] = fingerprint((DOCS / SOURCE / page).read_text("utf-8"))
    known = set(pages())
    lock = {k: v for k, v in sorted(lock.items()) if k in known}
    LOCK.write_text(
        json.dumps(
            {
                "_comment": "SHA-256 of each English page (white space folded) that its "
                "Chinese page was last updated from. Written by `make translations-ok`; "
                "see docsite/translations.py.",
                **lock,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return pages_to_record


def _page_argument(argument: str) -> str:
    path = Path(argument)
    parts = path.parts
    if len(parts) > 2 and parts[0] == "docs" and parts[1] in (SOURCE, TARGET):
        return Path(*parts[2:]).as_posix()
    return path.as_posix()


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "report"
    if command == "report":
        all_states = states()
        width = max(len(s.page) for s in all_states)
        for s in all_states:
            print(f"{s.page:<{width}}  {s.state}")
        stale = [s for s in all_states if s.state != "current"]
        print(f"\n{len(all_states) - len(stale)} of {len(all_states)} Chinese pages are current.")
        return 0
    if command == "ok":
        chosen = [_page_argument(a) for a in argv[1:]] or [
            s.page for s in states() if s.state != "current"
        ]
        unknown = [p for p in chosen if p not in pages()]
        if unknown:
            print(f"not a page in both languages: {unknown}", file=sys.stderr)
            return 2
        for page in record(chosen):
            print(f"recorded docs/{TARGET}/{page} as translated from the current docs/{SOURCE}/{page}")
        return 0
    print("usage: python -m docsite.translations [report | ok [PAGE ...]]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
