import functools
from collections.abc import Callable

Handler = Callable[[list[str]], str]
Middleware = Callable[[Handler], Handler]


def layer(name: str) -> Middleware:
    def middleware(next_handler: Handler) -> Handler:
        @functools.wraps(next_handler)
        def handler(trace: list[str]) -> str:
            trace.append(name)
            return next_handler(trace)

        return handler

    return middleware


def endpoint(trace: list[str]) -> str:
    trace.append("endpoint")
    return " > ".join(trace)


def naive_stack(*middlewares: Middleware) -> Callable[[Handler], Handler]:
    def build(handler: Handler) -> Handler:
        for middleware in middlewares:  # forgot reversed()
            handler = middleware(handler)
        return handler

    return build


def reduce_stack(*middlewares: Middleware) -> Callable[[Handler], Handler]:
    def build(handler: Handler) -> Handler:
        return functools.reduce(lambda h, m: m(h), reversed(middlewares), handler)

    return build


errors, logging, auth = layer("errors"), layer("logging"), layer("auth")
print(errors(logging(auth(endpoint)))([]))
#> errors > logging > auth > endpoint
print(naive_stack(errors, logging, auth)(endpoint)([]))
#> auth > logging > errors > endpoint
print(reduce_stack(errors, logging, auth)(endpoint)([]))
#> errors > logging > auth > endpoint
