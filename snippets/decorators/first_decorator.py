import functools
import inspect


def count_calls(func):
    calls = 0

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return func(*args, **kwargs)

    return wrapper


@count_calls
def greet(name: str) -> str:
    return f"Hello, {name}!"


print(greet("Ada"))
#> Hello, Ada!
print(greet("Grace"))
#> Hello, Grace!
# The wrapper is a closure: the count lives in a cell, next to the original function.
print(greet.__code__.co_freevars)
#> ('calls', 'func')
print(inspect.getclosurevars(greet).nonlocals["calls"], greet.__name__)
#> 2 greet
