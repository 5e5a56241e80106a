import inspect
from collections.abc import Callable, Iterator


def make_id_source(prefix: str) -> Callable[[], str]:
    count = 0

    def next_id() -> str:
        nonlocal count
        count += 1
        return f"{prefix}-{count}"

    return next_id


def id_stream(prefix: str) -> Iterator[str]:
    count = 0
    while True:
        count += 1
        yield f"{prefix}-{count}"


closure_ids = make_id_source("order")
generator_ids = id_stream("order")
print([closure_ids() for _ in range(3)])
#> ['order-1', 'order-2', 'order-3']
print([next(generator_ids) for _ in range(3)])
#> ['order-1', 'order-2', 'order-3']
# The closure keeps `count` in a cell; the generator keeps its whole paused frame.
print(inspect.getclosurevars(closure_ids).nonlocals["count"])
#> 3
print(generator_ids.gi_frame.f_locals["count"])
#> 3
