import functools
from collections.abc import Callable
from typing import Any


def bind(func: Callable[..., Any], /, *preset: Any, **preset_kw: Any) -> Callable:
    @functools.wraps(func)
    def bound(*args: Any, **kwargs: Any) -> Any:
        return func(*preset, *args, **{**preset_kw, **kwargs})

    return bound


def url(scheme: str, host: str, port: int = 80, *, path: str = "/") -> str:
    return f"{scheme}://{host}:{port}{path}"


https_by_hand = bind(url, "https", port=443)
https_partial = functools.partial(url, "https", port=443)

print(https_by_hand("example.org"))
#> https://example.org:443/
print(https_partial("example.org"))
#> https://example.org:443/
# Keywords given at call time override the preset ones, in both:
print(https_by_hand("example.org", port=8443, path="/docs"))
#> https://example.org:8443/docs
print(https_partial("example.org", port=8443, path="/docs"))
#> https://example.org:8443/docs
