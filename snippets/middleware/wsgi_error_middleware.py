import functools
import sys
from collections.abc import Callable, Iterable
from wsgiref.util import setup_testing_defaults
from wsgiref.validate import validator

StartResponse = Callable[..., Callable[[bytes], object]]
App = Callable[[dict, StartResponse], Iterable[bytes]]


def catch_errors(report: Callable[[str], None]) -> Callable[[App], App]:
    def middleware(app: App) -> App:
        @functools.wraps(app)
        def safe(environ: dict, start_response: StartResponse) -> Iterable[bytes]:
            try:
                return app(environ, start_response)
            except Exception as error:
                report(f"{environ['PATH_INFO']}: {error!r}")  # details stay inside
                body = b"internal server error\n"
                headers = [("Content-Type", "text/plain")]
                start_response("500 Internal Server Error", headers, sys.exc_info())
                return [body]

        return safe

    return middleware


def orders_app(environ: dict, start_response: StartResponse) -> Iterable[bytes]:
    if environ["PATH_INFO"] == "/orders/42":
        raise KeyError("order 42 has no customer")
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"all orders\n"]


def call(app: App, path: str = "/", query: str = "", **headers: str):
    """Run one request through `app` in this process: no server, no port."""
    environ = {"SCRIPT_NAME": "", "PATH_INFO": path, "QUERY_STRING": query}
    environ.update({f"HTTP_{k.upper()}": v for k, v in headers.items()})
    setup_testing_defaults(environ)  # fills in the rest of a valid WSGI environ
    response: dict = {}
    written: list[bytes] = []

    def start_response(status, response_headers, exc_info=None):
        response.update(status=status, headers=dict(response_headers))
        return written.append  # the legacy write() callable

    result = app(environ, start_response)
    try:
        body = b"".join(written) + b"".join(result)
    finally:
        if hasattr(result, "close"):
            result.close()
    return response["status"], response["headers"], body


reported: list[str] = []
app = validator(catch_errors(reported.append)(validator(orders_app)))
print(call(app, "/orders"))
#> ('200 OK', {'Content-Type': 'text/plain'}, b'all orders\n')
print(call(app, "/orders/42"))
#> ('500 Internal Server Error', {'Content-Type': 'text/plain'}, b'internal server error\n')
print(reported)
#> ["/orders/42: KeyError('order 42 has no customer')"]
