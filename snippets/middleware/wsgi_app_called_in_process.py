from collections.abc import Callable, Iterable
from urllib.parse import parse_qs
from wsgiref.util import setup_testing_defaults

StartResponse = Callable[..., Callable[[bytes], object]]
App = Callable[[dict, StartResponse], Iterable[bytes]]


def hello_app(environ: dict, start_response: StartResponse) -> Iterable[bytes]:
    name = parse_qs(environ.get("QUERY_STRING", "")).get("name", ["world"])[0]
    body = f"Hello, {name}!\n".encode()
    headers = [("Content-Type", "text/plain; charset=utf-8")]
    start_response("200 OK", [*headers, ("Content-Length", str(len(body)))])
    return [body]


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


status, headers, body = call(hello_app, query="name=Ada")
print(status)
#> 200 OK
print(headers)
#> {'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': '12'}
print(body)
#> b'Hello, Ada!\n'
