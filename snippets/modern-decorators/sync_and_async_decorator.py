import asyncio
import functools
import inspect
from collections.abc import Callable
from typing import Any


def traced(func: Callable[..., Any]) -> Callable[..., Any]:
    """One decorator for both kinds of function."""
    if inspect.iscoroutinefunction(func):

        @functools.wraps(func)
        async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
            print(f"-> {func.__name__}")
            result = await func(*args, **kwargs)  # the body ran here, not at call
            print(f"<- {func.__name__}")
            return result

        return async_wrapper

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        print(f"-> {func.__name__}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__}")
        return result

    return wrapper


@traced
def parse(text: str) -> int:
    return int(text)


@traced
async def fetch(key: str) -> str:
    await asyncio.sleep(0)
    return f"value of {key}"


print(parse("42"))
#> -> parse
#> <- parse
#> 42
print(asyncio.run(fetch("a")))
#> -> fetch
#> <- fetch
#> value of a
print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(parse))
#> True False


def naive(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        print(f"-> {func.__name__}")
        result = func(*args, **kwargs)  # for async def: a coroutine, not yet run
        print(f"<- {func.__name__}, got a {type(result).__name__}")
        return result

    return wrapper


naive_fetch = naive(fetch.__wrapped__)
print(asyncio.run(naive_fetch("b")), inspect.iscoroutinefunction(naive_fetch))
#> -> fetch
#> <- fetch, got a coroutine
#> value of b False
