from collections.abc import Generator, Iterator

CATEGORIES = {
    "books": {"fiction": {}, "science": {"physics": {}}},
    "garden": {},
}


def walk(tree: dict, depth: int = 0) -> Iterator[str]:
    for name, children in tree.items():
        yield "  " * depth + name
        yield from walk(children, depth + 1)  # hands every item of the subtree up


print("\n".join(walk(CATEGORIES)))
'''
books
  fiction
  science
    physics
garden
'''


def read_section(lines: list[str]) -> Generator[str, None, int]:
    for line in lines:
        yield line.upper()
    return len(lines)  # becomes the value of the `yield from` expression


def read_report(sections: list[list[str]]) -> Iterator[str]:
    for number, section in enumerate(sections, start=1):
        count = yield from read_section(section)
        yield f"-- section {number}: {count} lines"


print(list(read_report([["intro", "scope"], ["sales", "costs", "margin"]])))
#> ['INTRO', 'SCOPE', '-- section 1: 2 lines', 'SALES', 'COSTS', 'MARGIN', '-- section 2: 3 lines']
