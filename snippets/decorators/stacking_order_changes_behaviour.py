import functools
from collections import Counter

log: list[str] = []


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        log.append(func.__name__)
        return func(*args, **kwargs)

    return wrapper


@logged
@functools.cache
def price_logged_every_call(item: str) -> int:
    return len(item) * 10


@functools.cache
@logged
def price_logged_on_miss(item: str) -> int:
    return len(item) * 10


for _ in range(3):
    price_logged_every_call("tea")
    price_logged_on_miss("tea")
# Three calls each: the inner wrapper is behind the cache and runs on a miss only.
print(Counter(log))
#> Counter({'price_logged_every_call': 3, 'price_logged_on_miss': 1})
