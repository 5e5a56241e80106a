import functools
from collections.abc import Callable, Iterable
from wsgiref.util import setup_testing_defaults
from wsgiref.validate import validator

StartResponse = Callable[..., Callable[[bytes], object]]
App = Callable[[dict, StartResponse], Iterable[bytes]]


def plain(start_response: StartResponse, status: str, text: str, *extra_headers):
    body = f"{text}\n".encode()
    headers = [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))]
    start_response(status, [*headers, *extra_headers])
    return [body]


def require_bearer(tokens: dict[str, str]) -> Callable[[App], App]:
    def middleware(app: App) -> App:
        @functools.wraps(app)
        def guarded(environ: dict, start_response: StartResponse) -> Iterable[bytes]:
            scheme, _, token = environ.get("HTTP_AUTHORIZATION", "").partition(" ")
            user = tokens.get(token) if scheme == "Bearer" else None
            if user is None:
                challenge = ("WWW-Authenticate", "Bearer")
                status = "401 Unauthorized"
                return plain(start_response, status, "log in first", challenge)
            environ["REMOTE_USER"] = user  # what the app downstream reads
            return app(environ, start_response)

        return guarded

    return middleware


app_calls: list[str] = []


def whoami_app(environ: dict, start_response: StartResponse) -> Iterable[bytes]:
    app_calls.append(environ["REMOTE_USER"])
    return plain(start_response, "200 OK", f"you are {environ['REMOTE_USER']}")


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


app = validator(require_bearer({"t0ken": "ada"})(validator(whoami_app)))
status, headers, body = call(app, "/whoami")
print(status, headers["WWW-Authenticate"], body)
#> 401 Unauthorized Bearer b'log in first\n'
print(call(app, "/whoami", authorization="Bearer wrong")[0])
#> 401 Unauthorized
print(call(app, "/whoami", authorization="Bearer t0ken")[2])
#> b'you are ada\n'
print(app_calls)
#> ['ada']
