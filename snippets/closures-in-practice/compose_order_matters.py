from collections.abc import Callable
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")
C = TypeVar("C")


def compose(f: Callable[[B], C], g: Callable[[A], B]) -> Callable[[A], C]:
    """compose(f, g)(x) is f(g(x)): the right-hand function runs first."""

    def composed(x: A) -> C:
        return f(g(x))

    return composed


def double(x: int) -> int:
    return x * 2


def add_5(x: int) -> int:
    return x + 5


print(compose(double, add_5)(10))  # (10 + 5) * 2
#> 30
print(compose(add_5, double)(10))  # 10 * 2 + 5
#> 25
