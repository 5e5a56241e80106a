import functools
import time
from collections.abc import Callable


def ttl_cache(seconds: float, clock: Callable[[], float] = time.monotonic):
    def decorate(func):
        entries: dict[tuple, tuple[float, object]] = {}  # one cache per function

        @functools.wraps(func)
        def wrapper(*args):
            now = clock()
            for key in [k for k, (expires, _) in entries.items() if expires <= now]:
                del entries[key]  # evict everything that has expired
            if args not in entries:
                entries[args] = (now + seconds, func(*args))
            return entries[args][1]

        wrapper.cache_len = entries.__len__
        return wrapper

    return decorate


now = 0.0
fetches: list[str] = []


@ttl_cache(60, clock=lambda: now)  # the lambda reads `now` at each call
def exchange_rate(currency: str) -> float:
    fetches.append(currency)
    return {"EUR": 1.0, "USD": 1.08}[currency]


exchange_rate("EUR")
now = 30.0
exchange_rate("EUR")
exchange_rate("USD")
print(fetches, exchange_rate.cache_len())
#> ['EUR', 'USD'] 2
now = 61.0  # EUR (cached at 0) has expired, USD (cached at 30) has not
exchange_rate("USD")
print(fetches, exchange_rate.cache_len())
#> ['EUR', 'USD'] 1
exchange_rate("EUR")
print(fetches, exchange_rate.cache_len())
#> ['EUR', 'USD', 'EUR'] 2
