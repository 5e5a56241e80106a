import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing

events: list[str] = []


async def rows(query: str) -> AsyncIterator[int]:
    events.append(f"open cursor for {query}")
    try:
        for n in range(1, 1_000):
            await asyncio.sleep(0)
            yield n
    finally:
        events.append("close cursor")


async def first_match_without_aclosing() -> int:
    stream = rows("without")
    async for n in stream:
        if n == 2:
            break
    events.append(f"after the loop, cursor closed: {events[-1] == 'close cursor'}")
    await stream.aclose()  # what nobody remembers to write
    return n


async def first_match() -> int:
    async with aclosing(rows("with aclosing")) as stream:
        async for n in stream:
            if n == 2:
                break
    events.append(f"after the loop, cursor closed: {events[-1] == 'close cursor'}")
    return n


print(asyncio.run(first_match_without_aclosing()), asyncio.run(first_match()))
#> 2 2
print("\n".join(events))
'''
open cursor for without
after the loop, cursor closed: False
close cursor
open cursor for with aclosing
close cursor
after the loop, cursor closed: True
'''
