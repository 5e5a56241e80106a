import functools
import random
import time
from collections.abc import Callable


class RetriesExhausted(Exception):
    pass


def retry(
    *,
    attempts: int = 4,
    base: float = 0.5,
    cap: float = 8.0,
    retry_on: tuple[type[Exception], ...] = (ConnectionError, TimeoutError),
    sleep: Callable[[float], None] = time.sleep,
    jitter: Callable[[float, float], float] = random.uniform,
):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except retry_on as error:
                    if attempt == attempts:  # no sleep after the last attempt
                        raise RetriesExhausted(
                            f"{func.__name__} failed {attempts} times"
                        ) from error
                    backoff = min(cap, base * 2 ** (attempt - 1))  # 0.5, 1, 2, 4...
                    sleep(jitter(0, backoff))  # "full jitter": anywhere in [0, backoff]

        return wrapper

    return decorate


slept: list[float] = []
failures_left = 3


@retry(sleep=slept.append, jitter=lambda low, high: high)  # no jitter: see the curve
def fetch_prices() -> str:
    global failures_left
    if failures_left:
        failures_left -= 1
        raise ConnectionError("reset by peer")
    return "prices"


print(fetch_prices(), slept)
#> prices [0.5, 1.0, 2.0]

rng = random.Random(42)  # seeded, so the page shows the same delays every build
slept.clear()
failures_left = 3


@retry(sleep=slept.append, jitter=rng.uniform)
def fetch_stock() -> str:
    global failures_left
    if failures_left:
        failures_left -= 1
        raise TimeoutError("no answer")
    return "stock"


print(fetch_stock(), [round(s, 3) for s in slept])
#> stock [0.32, 0.025, 0.55]
