import functools
import inspect
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def traced(func: Callable[P, R]) -> Callable[P, R]:
    """A template for any wrapper: every argument in, the result out."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        # work before the call goes here
        result = func(*args, **kwargs)
        # work after the call goes here
        return result

    return wrapper


@traced
def transfer(amount: int, currency: str = "EUR", *, note: str = "") -> str:
    """Send money."""
    return f"sent {amount} {currency} {note}".strip()


print(transfer(10), "|", transfer(10, currency="USD", note="rent"))
#> sent 10 EUR | sent 10 USD rent
print(transfer.__name__, "|", transfer.__doc__)
#> transfer | Send money.
print(list(inspect.signature(transfer).parameters))
#> ['amount', 'currency', 'note']
