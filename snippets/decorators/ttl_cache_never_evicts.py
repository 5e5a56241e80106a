import functools
import inspect

now = 0.0


def clock() -> float:
    return now


def memoize_with_ttl(seconds: float):
    # The notes' design: expired entries are recomputed, but never removed.
    cache: dict[object, object] = {}
    timestamps: dict[object, float] = {}

    def decorate(func):
        @functools.wraps(func)
        def wrapper(x):
            if x in cache and clock() - timestamps[x] < seconds:
                return cache[x]
            cache[x] = func(x)
            timestamps[x] = clock()
            return cache[x]

        return wrapper

    return decorate


@memoize_with_ttl(0)
def render(page_id: int) -> str:
    return f"<page {page_id}>"


for page_id in range(10_000):
    render(page_id)
    now += 1.0
cache = inspect.getclosurevars(render).nonlocals["cache"]
# TTL 0: not one entry can ever be served again, yet all of them are kept.
print(len(cache))
#> 10000
