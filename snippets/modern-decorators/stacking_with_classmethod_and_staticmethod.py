import functools
from collections.abc import Callable
from typing import Any


def logged(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        print(f"{func.__qualname__} receives {len(args)} positional argument(s)")
        return func(*args, **kwargs)

    return wrapper


class Temperature:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius

    @classmethod  # outermost: classmethod wraps the logged function
    @logged
    def from_fahrenheit(cls, degrees: float) -> "Temperature":
        return cls((degrees - 32) * 5 / 9)

    @staticmethod
    @logged
    def is_freezing(celsius: float) -> bool:
        return celsius <= 0


print(Temperature.from_fahrenheit(212).celsius)
#> Temperature.from_fahrenheit receives 2 positional argument(s)
#> 100.0
print(Temperature(5).is_freezing(-1))
#> Temperature.is_freezing receives 1 positional argument(s)
#> True


class Broken:
    @logged  # wraps the classmethod object, not the function
    @classmethod
    def create(cls) -> "Broken":
        return cls()

    @logged  # the wrapper is a plain function: it binds self like a method
    @staticmethod
    def double(x: int) -> int:
        return x * 2


try:
    Broken.create()
    #> Broken.create receives 0 positional argument(s)
except TypeError as error:
    print(type(error).__name__, "from create")
    #> TypeError from create
try:
    Broken().double(4)
    #> Broken.double receives 2 positional argument(s)
except TypeError as error:
    print(type(error).__name__, "from double")
    #> TypeError from double
