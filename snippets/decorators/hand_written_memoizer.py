import functools


def memoize(func):
    cache: dict[tuple, object] = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    return wrapper


computed: list[int] = []


@memoize
def square(n: int) -> int:
    computed.append(n)
    return n * n


print(square(4), square(4), square(n=4))
#> 16 16 16
# square(4) and square(n=4) are different keys: computed twice, not once.
print(computed)
#> [4, 4]

calls = 0


@memoize
def fib(n: int) -> int:
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


# The recursive calls go through the module name `fib`: the memoized wrapper.
print(fib(80), calls)
#> 23416728348467685 81
