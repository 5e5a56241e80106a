import functools


def repeat(times: int):  # 1. the factory: receives the options
    def decorate(func):  # 2. the decorator: receives the function, once
        @functools.wraps(func)
        def wrapper(*args, **kwargs):  # 3. the wrapper: runs at every call
            return [func(*args, **kwargs) for _ in range(times)]

        return wrapper

    return decorate


@repeat(3)  # roll = repeat(3)(roll)
def roll(sides: int) -> int:
    return sides


thrice = repeat(3)  # a decorator, ready to be applied
print(thrice.__name__, thrice.__code__.co_freevars)
#> decorate ('times',)
print(roll(6), roll.__name__)
#> [6, 6, 6] roll
# The wrapper sees both outer layers: the option and the function.
print(roll.__code__.co_freevars)
#> ('func', 'times')
