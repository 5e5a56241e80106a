import io
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TextIO, TypeVar

T = TypeVar("T")
ACCESS_LOG = io.StringIO(
    "GET /home 200\n"
    "GET /cart 404\n"
    "POST /login 500\n"
    "GET /home 200\n"
    "GET /admin 403\n"
    "GET /about 200\n"
    "GET /old-page 404\n"
)
trace: list[str] = []


def read_lines(file: TextIO) -> Iterator[str]:  # produce
    for number, line in enumerate(file, start=1):
        trace.append(f"read {number}")
        yield line.rstrip("\n")


def failed_requests(lines: Iterable[str]) -> Iterator[tuple[str, int]]:  # filter
    for line in lines:
        _method, path, status = line.split()
        if int(status) >= 400:
            yield path, int(status)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:  # batch
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def store(batches: Iterable[list[tuple[str, int]]]) -> int:  # consume
    stored = 0
    for batch in batches:
        trace.append(f"store {len(batch)}")
        stored += len(batch)
    return stored


# Nothing runs until store() pulls: then one line at a time flows through.
print(store(chunked(failed_requests(read_lines(ACCESS_LOG)), size=2)))
#> 4
print(", ".join(trace))
#> read 1, read 2, read 3, store 2, read 4, read 5, read 6, read 7, store 2
