import functools
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Request:
    path: str


@dataclass(frozen=True)
class Response:
    status: int
    body: str


Handler = Callable[[Request], Response]
trace: list[str] = []


def log_requests(next_handler: Handler) -> Handler:
    @functools.wraps(next_handler)
    def handler(request: Request) -> Response:
        trace.append(f"log: -> {request.path}")  # before the handler
        response = next_handler(request)
        trace.append(f"log: <- {response.status}")  # after it
        return response

    return handler


def hello(request: Request) -> Response:
    trace.append("hello: building the response")
    return Response(200, "hello")


app = log_requests(hello)
response = app(Request("/hello"))
print("\n".join(trace))
'''
log: -> /hello
hello: building the response
log: <- 200
'''
print(response)
#> Response(status=200, body='hello')
print(app.__name__, app.__wrapped__ is hello)
#> hello True
