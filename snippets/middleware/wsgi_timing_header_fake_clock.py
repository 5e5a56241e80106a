import functools
import time
from collections.abc import Callable, Iterable
from wsgiref.util import setup_testing_defaults

StartResponse = Callable[..., Callable[[bytes], object]]
App = Callable[[dict, StartResponse], Iterable[bytes]]


def make_fake_clock(start: float = 1000.0):
    now = start

    def clock() -> float:
        return now

    def advance(seconds: float) -> None:
        nonlocal now
        now += seconds

    return clock, advance


def timing_header(clock: Callable[[], float]) -> Callable[[App], App]:
    def middleware(app: App) -> App:
        @functools.wraps(app)
        def timed(environ: dict, start_response: StartResponse) -> Iterable[bytes]:
            started = clock()

            def start_response_with_timing(status, headers, exc_info=None):
                elapsed_ms = (clock() - started) * 1000
                timing = ("X-Response-Time", f"{elapsed_ms:.1f}ms")
                return start_response(status, [*headers, timing], exc_info)

            return app(environ, start_response_with_timing)

        return timed

    return middleware


def make_report_app(advance: Callable[[float], None]) -> App:
    def report_app(environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        advance(0.125)  # the "work": on the fake clock, it takes 125 ms
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"report\n"]

    return report_app


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


clock, advance = make_fake_clock()
app = timing_header(clock)(make_report_app(advance))
print(call(app, "/report"))
#> ('200 OK', {'Content-Type': 'text/plain', 'X-Response-Time': '125.0ms'}, b'report\n')

# In production, inject the real monotonic clock; the work is real too.
production = timing_header(time.perf_counter)(make_report_app(lambda seconds: None))
print("X-Response-Time" in call(production, "/report")[1])
#> True
