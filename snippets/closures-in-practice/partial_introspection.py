import functools
import inspect
import pickle
from collections.abc import Callable
from typing import Any


def bind(func: Callable[..., Any], /, *preset: Any, **preset_kw: Any) -> Callable:
    @functools.wraps(func)
    def bound(*args: Any, **kwargs: Any) -> Any:
        return func(*preset, *args, **{**preset_kw, **kwargs})

    return bound


def fetch(url: str, timeout: float, retries: int = 3) -> str:
    return f"GET {url} (timeout={timeout}, retries={retries})"


quick_by_hand = bind(fetch, timeout=1.0)
quick = functools.partial(fetch, timeout=1.0)

# What was bound, by name, without digging into cells:
print(quick.func.__name__, quick.args, quick.keywords)
#> fetch () {'timeout': 1.0}
print(quick)
#> functools.partial(<function fetch at 0x...>, timeout=1.0)
# The signature tells the truth only for the partial object:
print(inspect.signature(quick))
#> (url: str, *, timeout: float = 1.0, retries: int = 3) -> str
print(inspect.signature(quick_by_hand))
#> (url: str, timeout: float, retries: int = 3) -> str
# A partial of a partial is flattened into one:
quick_home = functools.partial(quick, "https://example.org")
print(quick_home.func.__name__, quick_home.args, quick_home.keywords)
#> fetch ('https://example.org',) {'timeout': 1.0}
print(quick_home())
#> GET https://example.org (timeout=1.0, retries=3)
# It pickles (the function by name, the arguments by value): a closure does not.
print(pickle.loads(pickle.dumps(quick_home))())
#> GET https://example.org (timeout=1.0, retries=3)
