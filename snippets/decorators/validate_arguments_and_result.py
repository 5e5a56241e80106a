import functools
import inspect
from collections.abc import Callable


def validate(*, returns: Callable[[object], bool] | None = None, **checks):
    """Check named arguments before the call and the result after it."""

    def decorate(func):
        signature = inspect.signature(func)

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            for name, check in checks.items():
                if not check(bound.arguments[name]):
                    raise ValueError(
                        f"{func.__name__}: bad {name}={bound.arguments[name]!r}"
                    )
            result = func(*args, **kwargs)
            if returns is not None and not returns(result):
                raise ValueError(f"{func.__name__}: bad result {result!r}")
            return result

        return wrapper

    return decorate


@validate(quantity=lambda q: q > 0, returns=lambda total: total >= 0)
def order_total(unit_price: int, quantity: int, discount: int = 0) -> int:
    return unit_price * quantity - discount


print(order_total(300, 2))
#> 600
print(order_total(300, quantity=1, discount=50))
#> 250


def rejection(*args: int, **kwargs: int) -> str:
    try:
        return str(order_total(*args, **kwargs))
    except ValueError as error:
        return str(error)


print(rejection(300, 0))
#> order_total: bad quantity=0
# The arguments pass; the result (a negative total) does not.
# raises: ValueError
order_total(300, 1, discount=500)
