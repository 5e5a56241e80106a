import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
AsyncFunc = Callable[P, Coroutine[Any, Any, R]]  # what `async def` creates


def timeout_after(
    seconds: float,
) -> Callable[[AsyncFunc[P, R]], AsyncFunc[P, R]]:
    def decorate(func: AsyncFunc[P, R]) -> AsyncFunc[P, R]:
        @functools.wraps(func)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            return await asyncio.wait_for(func(*args, **kwargs), seconds)

        return wrapper

    return decorate


@timeout_after(5.0)
async def fetch(key: str, *, retries: int = 0) -> bytes:
    await asyncio.sleep(0)
    return key.encode()


if TYPE_CHECKING:
    from typing import reveal_type

    reveal_type(fetch)
    # revealed: def (key: str, *, retries: int =) -> typing.Coroutine[Any, Any, bytes]
    reveal_type(asyncio.run(fetch("k")))
    # revealed: bytes

print(asyncio.run(fetch("k")))
#> b'k'
