import functools
from collections.abc import Callable

FLAGS = {"new_pricing": False}


def old_price(amount: float) -> float:
    return amount


def when_enabled(enabled: bool, fallback: Callable[..., float]):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return (func if enabled else fallback)(*args, **kwargs)

        return wrapper

    return decorate


def when_flag(is_enabled: Callable[[], bool], fallback: Callable[..., float]):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return (func if is_enabled() else fallback)(*args, **kwargs)

        return wrapper

    return decorate


@when_enabled(FLAGS["new_pricing"], fallback=old_price)  # the value False, now
def frozen_price(amount: float) -> float:
    return amount * 0.9


@when_flag(lambda: FLAGS["new_pricing"], fallback=old_price)  # read at each call
def live_price(amount: float) -> float:
    return amount * 0.9


print(frozen_price(100), live_price(100))
#> 100 100
FLAGS["new_pricing"] = True  # switched on at run time, e.g. from an admin page
print(frozen_price(100), live_price(100))
#> 100 90.0
