import functools
import time


def memoize_with_ttl(seconds: float, clock=time.monotonic):
    cache: dict[object, tuple[float, object]] = {}  # created once per factory call

    def decorate(func):
        @functools.wraps(func)
        def wrapper(x):
            now = clock()
            if x in cache and cache[x][0] > now:
                return cache[x][1]
            cache[x] = (now + seconds, func(x))
            return cache[x][1]

        return wrapper

    return decorate


one_minute = memoize_with_ttl(60)  # one decorator object, reused below


@one_minute
def square(x: int) -> int:
    return x * x


@one_minute
def cube(x: int) -> int:
    return x * x * x


print(square(3))
#> 9
# cube finds square's entry for the key 3 in the shared cache.
print(cube(3))
#> 9
print(cube(3) == 27)
#> False
