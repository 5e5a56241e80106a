import asyncio
import inspect
from collections.abc import AsyncIterator, Iterator


def countdown(n: int) -> Iterator[int]:
    while n:
        yield n
        n -= 1


async def countdown_async(n: int) -> AsyncIterator[int]:
    while n:
        yield n
        n -= 1


async def collect() -> list[int]:
    return [n async for n in countdown_async(3)]


print(inspect.isgeneratorfunction(countdown))
#> True
print(inspect.isgeneratorfunction(countdown_async))
#> False
print(inspect.isasyncgenfunction(countdown_async))
#> True
# An async generator is driven with `async for`, not `for` or `next()`.
print(hasattr(countdown_async(3), "__next__"), asyncio.run(collect()))
#> False [3, 2, 1]
