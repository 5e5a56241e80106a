import functools
import inspect
from collections.abc import Callable
from typing import Any


def with_tenant(tenant: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Inject `tenant` as the first argument."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return func(tenant, *args, **kwargs)

        # wraps made inspect follow __wrapped__, which still lists `tenant`;
        # __signature__ says what callers of the wrapper really pass.
        signature = inspect.signature(func)
        wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=list(signature.parameters.values())[1:]
        )
        return wrapper

    return decorate


def invoices(tenant: str, *, year: int) -> str:
    return f"{tenant}: invoices of {year}"


print(inspect.signature(functools.wraps(invoices)(lambda *a, **k: None)))
#> (tenant: str, *, year: int) -> str
acme_invoices = with_tenant("acme")(invoices)
print(inspect.signature(acme_invoices), acme_invoices(year=2024))
#> (*, year: int) -> str acme: invoices of 2024
bound = inspect.signature(acme_invoices).bind(year=2024)
print(bound.arguments)
#> {'year': 2024}
