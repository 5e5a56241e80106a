import asyncio
import functools
from collections.abc import Awaitable, Callable
from typing import Any


def naive_async_cache(
    func: Callable[[str], Awaitable[Any]],
) -> Callable[[str], Awaitable[Any]]:
    results: dict[str, Any] = {}

    @functools.wraps(func)
    async def wrapper(key: str) -> Any:
        if key not in results:  # every caller that arrives before the first
            results[key] = await func(key)  # result is stored misses the cache
        return results[key]

    return wrapper


database_calls: list[str] = []
release = asyncio.Event()


@naive_async_cache
async def load_user(key: str) -> str:
    database_calls.append(key)
    await release.wait()  # the query is slow: all callers arrive meanwhile
    return f"user {key}"


async def main() -> list[str]:
    callers = [asyncio.create_task(load_user("42")) for _ in range(3)]
    await asyncio.sleep(0)  # let every caller start and wait on the query
    release.set()
    return await asyncio.gather(*callers)


print(asyncio.run(main()), database_calls)
#> ['user 42', 'user 42', 'user 42'] ['42', '42', '42']
