import functools


def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()

    return wrapper


def greet(name: str) -> str:
    return f"hello, {name}"


original = greet
greet = shout(greet)  # exactly what `@shout` above `def greet` does


@shout
def welcome(name: str) -> str:
    return f"welcome, {name}"


print(greet("ada"), "/", welcome("ada"))
#> HELLO, ADA / WELCOME, ADA
# The name now refers to the wrapper; the original is still reachable.
print(greet is original, greet.__wrapped__ is original)
#> False True
