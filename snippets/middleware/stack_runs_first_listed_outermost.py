import functools
from collections.abc import Callable

Handler = Callable[[str], str]
Middleware = Callable[[Handler], Handler]
trace: list[str] = []


def stack(*middlewares: Middleware) -> Callable[[Handler], Handler]:
    def build(endpoint: Handler) -> Handler:
        handler = endpoint
        for middleware in reversed(middlewares):  # wrap the innermost first
            handler = middleware(handler)
        return handler

    return build


def layer(name: str) -> Middleware:
    def middleware(next_handler: Handler) -> Handler:
        @functools.wraps(next_handler)
        def handler(request: str) -> str:
            trace.append(f"{name}: before")
            response = next_handler(request)
            trace.append(f"{name}: after")
            return response

        return handler

    return middleware


def endpoint(request: str) -> str:
    trace.append("endpoint")
    return f"response to {request}"


app = stack(layer("errors"), layer("logging"), layer("auth"))(endpoint)
response = app("GET /")
print("\n".join(trace))
'''
errors: before
logging: before
auth: before
endpoint
auth: after
logging: after
errors: after
'''
print(response)
#> response to GET /
