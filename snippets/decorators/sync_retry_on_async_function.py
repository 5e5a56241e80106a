import asyncio
import functools


def retry(attempts: int):
    """A correct retry for plain functions, misapplied to an async one."""

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)  # returns a coroutine at once
                except ConnectionError:
                    if attempt == attempts:
                        raise

        return wrapper

    return decorate


calls = 0


@retry(attempts=5)
async def fetch() -> str:
    global calls
    calls += 1
    raise ConnectionError("connection reset")


try:
    asyncio.run(fetch())
except ConnectionError:
    # The error surfaced inside asyncio.run, long after the wrapper had returned.
    print("ConnectionError after", calls, "attempt of 5")
    #> ConnectionError after 1 attempt of 5
