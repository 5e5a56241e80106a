from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def use_state(initial: T) -> tuple[Callable[[], T], Callable[[T], None]]:
    value = initial

    def get() -> T:
        return value

    def set_(new_value: T) -> None:
        nonlocal value  # rebinding needs this; no one-element list required
        value = new_value

    return get, set_


get_count, set_count = use_state(0)
get_title, set_title = use_state("untitled")
set_count(get_count() + 5)
set_title("draft")
print(get_count(), get_title())
#> 5 draft

print(get_count.__code__.co_freevars, set_count.__code__.co_freevars)
#> ('value',) ('value',)
# One call of use_state: get and set_ share one cell. Two calls: two cells.
print(get_count.__closure__[0] is set_count.__closure__[0])
#> True
print(get_count.__closure__[0] is get_title.__closure__[0])
#> False
