import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, overload

P = ParamSpec("P")


@overload
def clamp(func: Callable[P, float], /) -> Callable[P, float]: ...
@overload
def clamp(
    *, low: float = 0, high: float = 100
) -> Callable[[Callable[P, float]], Callable[P, float]]: ...
def clamp(
    func: Callable[P, float] | None = None, /, *, low: float = 0, high: float = 100
) -> Callable[P, float] | Callable[[Callable[P, float]], Callable[P, float]]:
    """Use as @clamp or @clamp(low=..., high=...)."""

    def decorate(f: Callable[P, float]) -> Callable[P, float]:
        @functools.wraps(f)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> float:
            return max(low, min(high, f(*args, **kwargs)))

        return wrapper

    return decorate if func is None else decorate(func)


@clamp
def percent(part: float, whole: float) -> float:
    return part * 100 / whole


@clamp(low=-1, high=1)
def correlation(x: float) -> float:
    return x


if TYPE_CHECKING:
    from typing import reveal_type

    reveal_type(percent)
    # revealed: def (part: float, whole: float) -> float
    reveal_type(correlation)
    # revealed: def (x: float) -> float

print(percent(3, 2), percent(1, 4), correlation(-3))
#> 100 25.0 -1
