import tracemalloc
from collections.abc import Callable, Iterator

N = 100_000


def squares_list(n: int) -> list[int]:
    return [i * i for i in range(n)]


def squares_stream(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * i


def traced_peak(compute: Callable[[], int]) -> tuple[int, int]:
    """Run `compute` and return its result and the peak of memory it allocated."""
    tracemalloc.start()
    try:
        baseline, _ = tracemalloc.get_traced_memory()
        result = compute()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak - baseline


list_total, list_peak = traced_peak(lambda: sum(squares_list(N)))
stream_total, stream_peak = traced_peak(lambda: sum(squares_stream(N)))
print(list_total == stream_total)
#> True
print(f"list peak: ~{list_peak:,} bytes")
#> list peak: ~... bytes
print(f"generator peak: ~{stream_peak:,} bytes")
#> generator peak: ~... bytes
print(stream_peak * 100 < list_peak)
#> True
