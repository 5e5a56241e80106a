import functools
import inspect
from collections.abc import Callable
from typing import Any


def cached(func: Callable[..., Any]) -> Callable[..., Any]:
    results: dict[tuple[Any, ...], Any] = {}

    @functools.wraps(func)
    def cached_call(*args: Any) -> Any:
        if args not in results:
            results[args] = func(*args)
        return results[args]

    return cached_call


def logged(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)

    return wrapper


@logged
@cached
def price(sku: str, quantity: int = 1) -> float:
    """Price of `quantity` items, after discounts."""
    return {"tea": 3.5}[sku] * quantity


print(inspect.signature(price), price.__doc__)
#> (sku: str, quantity: int = 1) -> float Price of `quantity` items, after discounts.
innermost = inspect.unwrap(price)
print(price.__wrapped__ is innermost, price.__wrapped__.__wrapped__ is innermost)
#> False True
# A test can call the undecorated function: no log line, no cache.
print(innermost("tea", 2))
#> 7.0
# Peel off the logger only, and keep the cache:
cache_layer = inspect.unwrap(price, stop=lambda f: f.__code__.co_name == "cached_call")
print(cache_layer is price.__wrapped__, cache_layer("tea"))
#> True 3.5
print(inspect.signature(price, follow_wrapped=False))
#> (*args, **kwargs) -> float
