import functools
import inspect


def without_wraps(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def with_wraps(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def area(width, height=1.0):
    """Area of a rectangle."""
    return width * height


plain = without_wraps(area)
kept = with_wraps(area)
print(plain.__name__, plain.__doc__, hasattr(plain, "__wrapped__"))
#> wrapper None False
print(plain.__qualname__)
#> without_wraps.<locals>.wrapper
print(inspect.signature(plain))
#> (*args, **kwargs)
print(kept.__name__, kept.__doc__, kept.__wrapped__ is area)
#> area Area of a rectangle. True
print(kept.__qualname__)
#> area
print(inspect.signature(kept))
#> (width, height=1.0)
