import functools
from collections.abc import Callable
from typing import Any


def bind(middleware: Callable[..., Any], next_handler: Callable[..., Any]):
    """Return one layer whose own `next_handler` lives in its own closure cell."""

    @functools.wraps(middleware)
    def layer(*args, **kwargs):
        return middleware(next_handler, *args, **kwargs)

    return layer


class Server:
    def __init__(self) -> None:
        self._middlewares: list[Callable[..., Any]] = []
        self._funcs: dict[str, Callable[..., Any]] = {}

    def add_middleware(self, middleware: Callable[..., Any]) -> Callable[..., Any]:
        self._middlewares.append(middleware)
        return middleware

    def add_func(self, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
            if name in self._funcs:
                taken_by = self._funcs[name].__qualname__
                raise ValueError(f"{name!r} is already registered by {taken_by}")
            self._funcs[name] = func
            return func

        return decorate

    def initialize(self) -> None:
        for name, func in self._funcs.items():
            handler = func
            for middleware in reversed(self._middlewares):
                handler = bind(middleware, handler)
            setattr(self, name, handler)  # built once, reused by every call


SESSIONS = {"s3cret": "alice"}


def make_session_store(sessions: dict[str, str], outages: int):
    """A fake session store whose first `outages` lookups time out."""
    remaining = outages

    def lookup(token: str) -> str | None:
        nonlocal remaining
        if remaining > 0:
            remaining -= 1
            raise ConnectionError("session store timed out")
        return sessions.get(token)

    return lookup


def build_server(lookup_session: Callable[[str], str | None], trace: list[str]):
    server = Server()

    @server.add_middleware
    def retry_once(next_handler, *args, **kwargs):
        try:
            return next_handler(*args, **kwargs)
        except ConnectionError as error:
            trace.append(f"retry_once: {error}, trying again")
            return next_handler(*args, **kwargs)

    @server.add_middleware
    def authenticate(next_handler, token, *args, **kwargs):
        trace.append(f"authenticate: checking {token!r}")
        if lookup_session(token) is None:
            return "401 Unauthorized"
        return next_handler(token, *args, **kwargs)

    @server.add_func("quarterly_report")
    def quarterly_report(token):
        trace.append("quarterly_report: the core function runs")
        return "200 OK: revenue up 12%"

    server.initialize()
    return server


def request_report(outages: int, token: str) -> list[str]:
    trace: list[str] = []
    server = build_server(make_session_store(SESSIONS, outages), trace)
    result = server.quarterly_report(token)
    return [*trace, f"=> {result}"]


print("\n".join(request_report(outages=1, token="forged-token")))
'''
authenticate: checking 'forged-token'
retry_once: session store timed out, trying again
authenticate: checking 'forged-token'
=> 401 Unauthorized
'''
print("\n".join(request_report(outages=1, token="s3cret")))
'''
authenticate: checking 's3cret'
retry_once: session store timed out, trying again
authenticate: checking 's3cret'
quarterly_report: the core function runs
=> 200 OK: revenue up 12%
'''

server = build_server(make_session_store(SESSIONS, outages=0), [])
try:

    @server.add_func("quarterly_report")
    def quarterly_report_v2(token):
        return "200 OK"

except ValueError as error:
    print(error)
    #> 'quarterly_report' is already registered by build_server.<locals>.quarterly_report
