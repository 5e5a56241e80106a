import asyncio
import functools


def async_retry(times: int, sleep=asyncio.sleep):
    """The notes' retry, with the sleep injected so that we can watch it."""

    def decorator(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for _ in range(times):
                try:
                    return await func(*args, **kwargs)
                except Exception:
                    await sleep(0.1)
            raise Exception("Failed after retries")

        return wrapper

    return decorator


delays: list[float] = []
attempts = 0


async def record_sleep(seconds: float) -> None:
    delays.append(seconds)


@async_retry(3, sleep=record_sleep)
async def fetch_profile(user_id: int) -> dict:
    global attempts
    attempts += 1
    return {"id": user_id}["name"]  # a bug (KeyError), not a network problem


try:
    asyncio.run(fetch_profile(7))
except Exception as error:
    print(attempts, delays)
    #> 3 [0.1, 0.1, 0.1]
    print(type(error).__name__, error, "| cause:", error.__cause__)
    #> Exception Failed after retries | cause: None
