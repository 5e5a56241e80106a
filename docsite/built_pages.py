"""Read what a built page shows for each executed example.

markdown-exec renders an executed fence as the source in one code block and
the output in the next; ``docsite/hooks/executed_examples.py`` wraps both in
``<div class="executed-example" data-snippet="<chapter>/<file>.py">``. The
tests compare the output block, as text, with what the runner printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class ShownExample:
    snippet: str
    line: int  # line of the wrapper in the HTML file
    code_blocks: list[str] = field(default_factory=list)

    @property
    def output(self) -> str | None:
        """The output block's text, or None when the page shows no output."""
        return self.code_blocks[1] if len(self.code_blocks) > 1 else None


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.examples: list[ShownExample] = []
        self.depth = 0  # div depth inside the current example
        self.current: ShownExample | None = None
        self.in_code = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "div":
            classes = (attributes.get("class") or "").split()
            if self.current is None and "executed-example" in classes:
                self.current = ShownExample(attributes.get("data-snippet", ""), self.getpos()[0])
                self.examples.append(self.current)
                self.depth = 1
            elif self.current is not None:
                self.depth += 1
        elif tag == "code" and self.current is not None:
            self.in_code = True
            self.current.code_blocks.append("")

    def handle_endtag(self, tag):
        if tag == "code":
            self.in_code = False
        elif tag == "div" and self.current is not None:
            self.depth -= 1
            if self.depth == 0:
                self.current = None

    def handle_data(self, data):
        if self.in_code and self.current is not None:
            self.current.code_blocks[-1] += data


def shown_examples(html: str) -> list[ShownExample]:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.examples
