import asyncio
import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Any


class TaskFakeTime:
    """Virtual time per task: sleep() moves only the sleeping task's clock."""

    def __init__(self) -> None:
        self._now = contextvars.ContextVar("now", default=0.0)

    def clock(self) -> float:
        return self._now.get()

    async def sleep(self, seconds: float) -> None:
        self._now.set(self.clock() + seconds)
        await asyncio.sleep(0)


def throttle(
    interval: float,
    clock: Callable[[], float],
    sleep: Callable[[float], Awaitable[None]],
):
    def decorate(func: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        lock = asyncio.Lock()  # one per decorated function
        next_free = float("-inf")

        @functools.wraps(func)
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            nonlocal next_free
            async with lock:  # read, wait, write: one task at a time
                now = clock()
                if next_free > now:
                    await sleep(next_free - now)
                next_free = clock() + interval
            return await func(*args, **kwargs)

        return wrapper

    return decorate


fake = TaskFakeTime()
sent_at: list[float] = []


@throttle(interval=1.0, clock=fake.clock, sleep=fake.sleep)
async def call_api(n: int) -> None:
    sent_at.append(fake.clock())


async def main() -> None:
    await call_api(0)
    await asyncio.gather(*(call_api(n) for n in range(1, 6)))


asyncio.run(main())
print(sent_at)
#> [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
