"""Read what a built page shows for each executed example.

markdown-exec renders an executed fence as the source in one code block and
the output in the next; ``docsite/hooks/executed_examples.py`` wraps both in
``<div class="executed-example" data-snippet="<chapter>/<file>.py">``. The
tests compare both blocks, as text, with the snippet file and with what the
runner printed, and they reject anything else a reader could be shown inside
the wrapper: a third block, text outside the blocks (but the file name
label), or an element hidden or restyled by attribute.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

SUSPICIOUS_TAGS = {"template", "iframe", "object", "embed", "img", "svg", "style", "script"}
SUSPICIOUS_ATTRIBUTES = {"hidden", "style", "srcdoc"}


@dataclass
class ShownExample:
    snippet: str
    line: int  # line of the wrapper in the HTML file
    code_blocks: list[str] = field(default_factory=list)
    loose_text: list[str] = field(default_factory=list)  # text outside code blocks
    oddities: list[str] = field(default_factory=list)  # elements that could hide or add text

    @property
    def source(self) -> str | None:
        return self.code_blocks[0] if self.code_blocks else None

    @property
    def output(self) -> str | None:
        """The output block's text, or None when the page shows no output."""
        return self.code_blocks[1] if len(self.code_blocks) > 1 else None

    def problems(self) -> list[str]:
        found = []
        if not 1 <= len(self.code_blocks) <= 2:
            found.append(f"{len(self.code_blocks)} code blocks (a source and an output at most)")
        loose = [t for t in self.loose_text if t.strip() and t.strip() != self.snippet]
        if loose:
            found.append(f"text outside the code blocks: {loose[:3]}")
        found += self.oddities
        return found


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.examples: list[ShownExample] = []
        self.depth = 0  # element depth inside the current example
        self.current: ShownExample | None = None
        self.in_code = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if self.current is None:
            if tag == "div" and "executed-example" in classes:
                self.current = ShownExample(attributes.get("data-snippet", ""), self.getpos()[0])
                self.examples.append(self.current)
                self.depth = 1
            return
        if tag not in {"br", "wbr", "hr", "img", "input", "meta", "link"}:
            self.depth += 1
        if tag in SUSPICIOUS_TAGS or SUSPICIOUS_ATTRIBUTES & set(attributes):
            self.current.oddities.append(f"<{tag} {' '.join(k for k, _ in attrs)}>")
        if tag == "code":
            self.in_code = True
            self.current.code_blocks.append("")

    def handle_startendtag(self, tag, attrs):
        if self.current is not None and (
            tag in SUSPICIOUS_TAGS or SUSPICIOUS_ATTRIBUTES & {k for k, _ in attrs}
        ):
            self.current.oddities.append(f"<{tag}/>")

    def handle_endtag(self, tag):
        if self.current is None:
            return
        if tag == "code":
            self.in_code = False
        self.depth -= 1
        if self.depth == 0:
            self.current = None

    def handle_data(self, data):
        if self.current is None:
            return
        if self.in_code:
            self.current.code_blocks[-1] += data
        else:
            self.current.loose_text.append(data)


def shown_examples(html: str) -> list[ShownExample]:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.examples


@dataclass
class VersionNote:
    """A note after an example saying what other Pythons print (``version-difference``)."""

    snippet: str
    versions: tuple[str, ...]
    label: str = ""
    output: str = ""
    text: str = ""  # everything else it shows: the reason


class _NoteReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.notes: list[VersionNote] = []
        self.current: VersionNote | None = None
        self.depth = 0
        self.part = "text"

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if self.current is None:
            if tag == "div" and "version-difference" in (attributes.get("class") or "").split():
                self.current = VersionNote(
                    attributes.get("data-snippet", ""),
                    tuple((attributes.get("data-python") or "").split()),
                )
                self.notes.append(self.current)
                self.depth = 1
            return
        self.depth += 1
        if "admonition-title" in (attributes.get("class") or "").split():
            self.part = "label"
        elif tag == "code":
            self.part = "output"

    def handle_endtag(self, tag):
        if self.current is None:
            return
        self.depth -= 1
        self.part = "text"
        if self.depth == 0:
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            setattr(self.current, self.part, getattr(self.current, self.part) + data)


def version_notes(html: str) -> list[VersionNote]:
    reader = _NoteReader()
    reader.feed(html)
    reader.close()
    return reader.notes
