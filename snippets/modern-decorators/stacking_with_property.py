import functools
from collections.abc import Callable
from typing import Any


def logged(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        print("getter called")
        return func(*args, **kwargs)

    return wrapper


class Order:
    def __init__(self, lines: list[float]) -> None:
        self.lines = lines

    @property  # outermost: property wraps the logged getter
    @logged
    def total(self) -> float:
        return sum(self.lines)

    @logged  # wraps the property object
    @property
    def count(self) -> int:
        return len(self.lines)


order = Order([2.5, 4.0])
print(order.total)
#> getter called
#> 6.5
print(type(vars(Order)["count"]).__name__, type(order.count).__name__)
#> function method
try:
    order.count()
    #> getter called
except TypeError as error:
    print(type(error).__name__)
    #> TypeError
