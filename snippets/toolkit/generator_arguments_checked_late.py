from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")


def chunked_lazy(items: Iterable[T], size: int) -> Iterator[list[T]]:
    if size < 1:  # part of the generator body: runs at the first next()
        raise ValueError(f"size must be at least 1, got {size}")
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    if size < 1:  # an ordinary function: runs at the call
        raise ValueError(f"size must be at least 1, got {size}")
    iterator = iter(items)

    def batches() -> Iterator[list[T]]:
        while batch := list(islice(iterator, size)):
            yield batch

    return batches()


try:
    chunked([1, 2, 3], 0)
except ValueError as error:
    print("chunked:", error)
    #> chunked: size must be at least 1, got 0

broken = chunked_lazy([1, 2, 3], 0)
print("chunked_lazy: no error yet, got a", type(broken).__name__)
#> chunked_lazy: no error yet, got a generator
# raises: ValueError
next(broken)
