import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Request:
    path: str


@dataclass(frozen=True)
class Response:
    status: int
    body: str
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Request], Response]
Middleware = Callable[[Handler], Handler]
factory_calls: list[str] = []


def add_header(name: str, value: str) -> Middleware:
    factory_calls.append(name)

    def middleware(next_handler: Handler) -> Handler:
        @functools.wraps(next_handler)
        def handler(request: Request) -> Response:
            response = next_handler(request)
            return replace(response, headers={**response.headers, name: value})

        return handler

    return middleware


@add_header("Cache-Control", "no-store")
@add_header("X-Frame-Options", "DENY")
def account(request: Request) -> Response:
    return Response(200, "account page")


print(factory_calls)
#> ['Cache-Control', 'X-Frame-Options']
print(account(Request("/account")).headers)
#> {'X-Frame-Options': 'DENY', 'Cache-Control': 'no-store'}
print(account(Request("/account")).status, factory_calls)
#> 200 ['Cache-Control', 'X-Frame-Options']
