import asyncio
import functools
import inspect
import random
from collections.abc import Awaitable, Callable


class RetriesExhausted(Exception):
    pass


def async_retry(
    *,
    attempts: int = 4,
    base: float = 0.5,
    retry_on: tuple[type[Exception], ...] = (ConnectionError, TimeoutError),
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    jitter: Callable[[float, float], float] = random.uniform,
):
    def decorate(func):
        if not inspect.iscoroutinefunction(func):
            raise TypeError(f"{func.__name__} is not an async def function")

        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return await func(*args, **kwargs)
                except retry_on as error:
                    if attempt == attempts:
                        raise RetriesExhausted(func.__name__) from error
                    await sleep(jitter(0, base * 2 ** (attempt - 1)))

        return wrapper

    return decorate


slept: list[float] = []
attempts_made = 0


async def fake_sleep(seconds: float) -> None:
    slept.append(seconds)
    await asyncio.sleep(0)  # still yields to the event loop, like a real sleep


@async_retry(sleep=fake_sleep, jitter=random.Random(7).uniform)
async def fetch_feed() -> str:
    global attempts_made
    attempts_made += 1
    if attempts_made < 3:
        raise ConnectionError("connection reset")
    return "feed"


pending = fetch_feed()  # creates a coroutine; nothing has run yet
print(type(pending).__name__, attempts_made)
#> coroutine 0
print(asyncio.run(pending), attempts_made, [round(s, 3) for s in slept])
#> feed 3 [0.162, 0.151]
print(inspect.iscoroutinefunction(fetch_feed), fetch_feed.__name__)
#> True fetch_feed
