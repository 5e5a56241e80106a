import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any


def logged(func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        print(f"calling {func.__name__}")
        return func(*args, **kwargs)

    return wrapper


@logged
def add(a: int, b: int) -> int:
    return a + b


if TYPE_CHECKING:
    from typing import reveal_type

    reveal_type(add)
    # revealed: def (*Any, **Any) -> Any
    reveal_type(add(1, 2))
    # revealed: Any

# The type checker accepts this call: after @logged, add takes anything.
print(add("1", "2"))
#> calling add
#> 12
