import asyncio
import functools
from collections.abc import Awaitable, Callable
from typing import Any


def async_cache(
    func: Callable[[str], Awaitable[Any]],
) -> Callable[[str], Awaitable[Any]]:
    """Concurrent callers of one key share one call; a failure is not cached."""
    tasks: dict[str, asyncio.Task[Any]] = {}

    @functools.wraps(func)
    async def wrapper(key: str) -> Any:
        if key not in tasks:  # no await between this check and the insert
            tasks[key] = asyncio.ensure_future(func(key))
        task = tasks[key]
        try:
            return await asyncio.shield(task)  # one caller cancelled: others keep it
        except Exception:
            if tasks.get(key) is task:
                del tasks[key]  # the next caller tries again
            raise

    return wrapper


database_calls: list[str] = []
release = asyncio.Event()


@async_cache
async def load_user(key: str) -> str:
    database_calls.append(key)
    await release.wait()
    if key == "bad":
        raise LookupError(key)
    return f"user {key}"


async def main() -> list[Any]:
    callers = [
        asyncio.create_task(load_user(k)) for k in ("42", "42", "7", "42", "bad")
    ]
    await asyncio.sleep(0)
    release.set()
    results = await asyncio.gather(*callers, return_exceptions=True)
    results.append(await load_user("42"))  # cached: no new call
    try:
        await load_user("bad")  # not cached: called again
    except LookupError:
        results.append("bad failed again")
    return results


results = asyncio.run(main())
print(results)
#> ['user 42', 'user 42', 'user 7', 'user 42', LookupError('bad'), 'user 42', 'bad failed again']
print(database_calls)
#> ['42', '7', 'bad', 'bad']
