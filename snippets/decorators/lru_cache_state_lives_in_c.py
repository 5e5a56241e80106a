import functools
import inspect


@functools.lru_cache(maxsize=128)
def square(n: int) -> int:
    return n * n


print([square(n) for n in (2, 3, 2)])
#> [4, 9, 4]
# The wrapper is a C object, not a Python closure: there are no cells to read.
print(type(square).__name__, hasattr(square, "__closure__"))
#> _lru_cache_wrapper False


def closure_vars_or_error(func) -> object:
    try:
        return inspect.getclosurevars(func)
    except TypeError as error:
        return type(error).__name__


print(closure_vars_or_error(square))
#> TypeError
# Its state is reached through the methods it offers instead.
print(square.cache_info())
#> CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)
square.cache_clear()
print(square.cache_info().currsize, square.__wrapped__(4))
#> 0 16
