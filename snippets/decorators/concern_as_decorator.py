import functools
from collections.abc import Callable


def count_calls(counter: dict[str, int]) -> Callable:
    """Metrics: the same for every function, needs nothing from the caller."""

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            counter[func.__name__] = counter.get(func.__name__, 0) + 1
            return func(*args, **kwargs)

        return wrapper

    return decorate


calls: dict[str, int] = {}


@count_calls(calls)
def parse_price(text: str) -> int:
    return round(float(text) * 100)


@count_calls(calls)
def format_price(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


print(format_price(parse_price("12.5")), format_price(parse_price("3")))
#> 12.50 3.00
print(calls)
#> {'parse_price': 2, 'format_price': 2}
