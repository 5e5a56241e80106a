import functools
from collections.abc import Callable


def once_per_second(clock: Callable[[], float]):
    def decorate(func):
        last = float("-inf")

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal last
            now = clock()
            if now - last < 1.0:
                return "rejected"
            last = now
            return func(*args, **kwargs)

        return wrapper

    return decorate


wall = 1_000_000.0  # stands in for time.time(): it can be set backwards
steady = 50.0  # stands in for time.monotonic(): it never goes backwards


@once_per_second(clock=lambda: wall)
def with_wall_clock() -> str:
    return "ok"


@once_per_second(clock=lambda: steady)
def with_monotonic() -> str:
    return "ok"


print(with_wall_clock(), with_monotonic())
#> ok ok
# Five seconds pass, and NTP moves the wall clock back one hour.
wall += 5 - 3600
steady += 5
print(with_wall_clock(), with_monotonic())
#> rejected ok
wall += 60
steady += 60
print(with_wall_clock(), with_monotonic())
#> rejected ok
