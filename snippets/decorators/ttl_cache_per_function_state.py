import functools
import time


def memoize_with_ttl(seconds: float, clock=time.monotonic):
    def decorate(func):
        cache: dict[object, tuple[float, object]] = {}  # created once per function

        @functools.wraps(func)
        def wrapper(x):
            now = clock()
            if x in cache and cache[x][0] > now:
                return cache[x][1]
            cache[x] = (now + seconds, func(x))
            return cache[x][1]

        return wrapper

    return decorate


one_minute = memoize_with_ttl(60)


@one_minute
def square(x: int) -> int:
    return x * x


@one_minute
def cube(x: int) -> int:
    return x * x * x


print(square(3), cube(3), cube(3) == 27)
#> 9 27 True
# Two wrappers, two different cache cells.
print(square.__closure__[0] is cube.__closure__[0], square.__code__.co_freevars)
#> False ('cache', 'clock', 'func', 'seconds')
