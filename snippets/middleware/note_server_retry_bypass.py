import functools
from collections.abc import Callable
from typing import Any


class Context:
    """Created once per call; every layer writes its next handler into `_next`."""

    def __init__(self) -> None:
        self._next: Callable[..., Any] | None = None

    @property
    def next(self) -> Callable[..., Any] | None:
        return self._next


class Server:
    def __init__(self) -> None:
        self._middlewares: list[Callable[..., Any]] = []
        self._funcs: dict[str, Callable[..., Any]] = {}

    def add_middleware(self, middleware: Callable[..., Any]) -> Callable[..., Any]:
        self._middlewares.append(middleware)
        return middleware

    def add_func(self, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
            self._funcs.setdefault(name, func)
            return func

        return decorate

    def _load_middleware(self, ctx: Context, func: Callable[..., Any]):
        def call_core(*args, **kwargs):
            return func(ctx, *args, **kwargs)

        next_handler = call_core
        for middleware in reversed(self._middlewares):
            # Default arguments freeze this iteration's values (see late binding).
            def make_layer(middleware=middleware, next_handler=next_handler):
                @functools.wraps(middleware)
                def layer(*args, **kwargs):
                    ctx._next = next_handler  # one slot, shared by every layer
                    return middleware(ctx, *args, **kwargs)

                return layer

            next_handler = make_layer()
        return next_handler

    def _wrap(self, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def entry(*args, **kwargs):
            ctx = Context()
            return self._load_middleware(ctx, func)(*args, **kwargs)

        return entry

    def initialize(self) -> None:
        for name, func in self._funcs.items():
            setattr(self, name, self._wrap(func))


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
    def retry_once(ctx, *args, **kwargs):
        try:
            return ctx.next(*args, **kwargs)
        except ConnectionError as error:
            trace.append(f"retry_once: {error}, trying again")
            return ctx.next(*args, **kwargs)

    @server.add_middleware
    def authenticate(ctx, token, *args, **kwargs):
        trace.append(f"authenticate: checking {token!r}")
        if lookup_session(token) is None:
            return "401 Unauthorized"
        return ctx.next(token, *args, **kwargs)

    @server.add_func("quarterly_report")
    def quarterly_report(ctx, token):
        trace.append("quarterly_report: the core function runs")
        return "200 OK: revenue up 12%"

    server.initialize()
    return server


def request_report(outages: int, token: str) -> list[str]:
    trace: list[str] = []
    server = build_server(make_session_store(SESSIONS, outages), trace)
    result = server.quarterly_report(token)
    return [*trace, f"=> {result}"]


print("\n".join(request_report(outages=0, token="forged-token")))
'''
authenticate: checking 'forged-token'
=> 401 Unauthorized
'''
print("\n".join(request_report(outages=1, token="forged-token")))
'''
authenticate: checking 'forged-token'
retry_once: session store timed out, trying again
quarterly_report: the core function runs
=> 200 OK: revenue up 12%
'''
