import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)  # wraps, for an instance
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CountCalls  # greet = CountCalls(greet): an instance, not a function
def greet(name: str) -> str:
    """Say hello."""
    return f"hello, {name}"


greet("ada")
greet("grace")
print(type(greet).__name__, greet.__name__, greet.__doc__)
#> CountCalls greet Say hello.
# The state is a public attribute: readable and resettable from outside.
print(greet.calls)
#> 2
greet.calls = 0
print(greet("linus"), greet.calls)
#> hello, linus 1
