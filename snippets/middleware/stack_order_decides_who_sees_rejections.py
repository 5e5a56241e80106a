import functools
from collections.abc import Callable

Request = dict[str, str]
Handler = Callable[[Request], int]
Middleware = Callable[[Handler], Handler]


def stack(*middlewares: Middleware) -> Callable[[Handler], Handler]:
    def build(handler: Handler) -> Handler:
        for middleware in reversed(middlewares):
            handler = middleware(handler)
        return handler

    return build


def access_log(log: list[str]) -> Middleware:
    def middleware(next_handler: Handler) -> Handler:
        @functools.wraps(next_handler)
        def handler(request: Request) -> int:
            status = next_handler(request)
            log.append(f"{request['path']} {status}")
            return status

        return handler

    return middleware


def require_token(next_handler: Handler) -> Handler:
    @functools.wraps(next_handler)
    def handler(request: Request) -> int:
        if request.get("token") != "s3cret":
            return 401
        return next_handler(request)

    return handler


def endpoint(request: Request) -> int:
    return 200


requests = [{"path": "/a", "token": "s3cret"}, {"path": "/admin"}, {"path": "/b"}]

outside: list[str] = []
app = stack(access_log(outside), require_token)(endpoint)
print([app(r) for r in requests], outside)
#> [200, 401, 401] ['/a 200', '/admin 401', '/b 401']

inside: list[str] = []
app = stack(require_token, access_log(inside))(endpoint)
print([app(r) for r in requests], inside)
#> [200, 401, 401] ['/a 200']
