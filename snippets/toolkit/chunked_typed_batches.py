from collections.abc import Iterable, Iterator
from itertools import count, islice
from typing import TypeVar

T = TypeVar("T")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


print(list(chunked(range(7), 3)))
#> [[0, 1, 2], [3, 4, 5], [6]]
# An endless stream works: only the batches asked for are ever built.
endless = chunked(count(1), 50)
print([len(next(endless)) for _ in range(3)], next(endless)[0])
#> [50, 50, 50] 151
