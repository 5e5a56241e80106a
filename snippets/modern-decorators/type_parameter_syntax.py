import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

# Python 3.11: declare the type variables first, at module level.
P = ParamSpec("P")
R = TypeVar("R")


def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return func(*args, **kwargs)

    return wrapper


# Python 3.12 and later: the same decorator, type parameters in brackets.
PEP_695_LOGGED = '''
def logged[**P, R](func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        return func(*args, **kwargs)

    return wrapper
'''


def add(a: int, b: int) -> int:
    return a + b


if TYPE_CHECKING:
    from typing import reveal_type

    reveal_type(logged)
    # revealed: def [P, R] (func: def (*P.args, **P.kwargs) -> R) -> def (*P.args, **P.kwargs) -> R
    reveal_type(logged(add))
    # revealed: def (a: int, b: int) -> int

decorators = [logged]
if sys.version_info >= (3, 12):  # the build runs 3.11; the browser runs newer
    namespace = {"Callable": Callable, "functools": functools}
    exec(PEP_695_LOGGED, namespace)
    decorators.append(namespace["logged"])

print(all(decorate(add)(2, 3) == 5 for decorate in decorators))
#> True
print(logged(add).__name__)
#> add
