import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"calling {func.__name__}")
        return func(*args, **kwargs)

    return wrapper


@logged
def add(a: int, b: int) -> int:
    return a + b


@logged
def greet(name: str, *, punctuation: str = "!") -> str:
    return f"hello {name}{punctuation}"


if TYPE_CHECKING:
    from typing import reveal_type

    reveal_type(add)
    # revealed: def (a: int, b: int) -> int
    reveal_type(add(1, 2))
    # revealed: int
    reveal_type(greet)
    # revealed: def (name: str, *, punctuation: str =) -> str

print(add(1, 2))
#> calling add
#> 3
print(greet("ada", punctuation="?"))
#> calling greet
#> hello ada?
