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


server = Server()
trace: list[str] = []  # the note prints; collecting keeps the order checkable


@server.add_middleware
def the_first_middleware(ctx, *args, **kwargs):
    trace.append("The first one")
    return ctx.next(*args, **kwargs)


@server.add_middleware
def the_second_middleware(ctx, *args, **kwargs):
    trace.append("The second one")
    return ctx.next(*args, **kwargs)


@server.add_middleware
def the_last_middleware(ctx, *args, **kwargs):
    trace.append("The last one")
    return ctx.next(*args, **kwargs)


@server.add_func("core_func")
def core_func(ctx, *args, **kwargs):
    return "The Core Function"


server.initialize()
result = server.core_func()
print("\n".join([*trace, result]))
'''
The first one
The second one
The last one
The Core Function
'''


# Two smaller flaws, discussed further down the page.
@server.add_func("core_func")  # the same name again: silently ignored
def new_core_func(ctx, *args, **kwargs):
    return "The New Core Function"


print(server._funcs["core_func"].__name__)
#> core_func


@server.add_middleware  # added after initialize(), yet it runs on the next call
def the_late_middleware(ctx, *args, **kwargs):
    trace.append("The late one")
    return ctx.next(*args, **kwargs)


trace.clear()
result = server.core_func()
print("\n".join([*trace, result]))
'''
The first one
The second one
The last one
The late one
The Core Function
'''
