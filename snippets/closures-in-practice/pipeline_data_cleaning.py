from collections.abc import Callable
from typing import Any

Record = dict[str, str]
Step = Callable[[list[Record]], list[Record]]


def pipeline(*steps: Step) -> Step:
    def run(records: list[Record]) -> list[Record]:
        for step in steps:
            records = step(records)
        return records

    return run


def map_field(name: str, transform: Callable[[str], str]) -> Step:
    def step(records: list[Record]) -> list[Record]:
        return [{**record, name: transform(record[name])} for record in records]

    return step


def drop_if(predicate: Callable[[Record], Any]) -> Step:
    def step(records: list[Record]) -> list[Record]:
        return [record for record in records if not predicate(record)]

    return step


def unique_by(name: str) -> Step:
    def step(records: list[Record]) -> list[Record]:
        seen: set[str] = set()
        kept = []
        for record in records:
            if record[name] not in seen:
                seen.add(record[name])
                kept.append(record)
        return kept

    return step


def squash_spaces(text: str) -> str:
    return " ".join(text.split())


raw = [
    {"name": "  ada   LOVELACE ", "email": "Ada@Example.org "},
    {"name": "grace hopper", "email": "grace@example.org"},
    {"name": "   ", "email": "blank@example.org"},
    {"name": "Ada Lovelace", "email": "ada@example.org"},
]
normalise_email = map_field("email", lambda email: email.strip().lower())
clean = pipeline(
    map_field("name", squash_spaces),
    map_field("name", str.title),
    normalise_email,
    drop_if(lambda record: not record["name"]),
    unique_by("email"),
)
for record in clean(raw):
    print(record)
    #> {'name': 'Ada Lovelace', 'email': 'ada@example.org'}
    #> {'name': 'Grace Hopper', 'email': 'grace@example.org'}

# Deduplicate before normalising, and "Ada@Example.org " survives as a duplicate:
too_early = pipeline(unique_by("email"), normalise_email)
print([record["email"] for record in too_early(raw)])
#> ['ada@example.org', 'grace@example.org', 'blank@example.org', 'ada@example.org']
