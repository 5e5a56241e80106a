from collections.abc import Callable
from typing import Any


def partial(func: Callable[..., Any], *preset: Any) -> Callable[..., Any]:
    def wrapper(*args: Any) -> Any:  # positional arguments only
        return func(*preset, *args)

    return wrapper


def add(a: int, b: int, c: int) -> int:
    return a + b + c


add_5 = partial(add, 5)
print(add_5(10, 2))
#> 17
# raises: TypeError
add_5(10, c=2)
