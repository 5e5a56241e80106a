from collections.abc import Callable

Handler = Callable[[], str]

naive_routes: dict[str, Handler] = {}


def naive_route(path: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        naive_routes[path] = handler  # a second registration silently wins
        return handler

    return register


@naive_route("/health")
def health() -> str:
    return "ok"


@naive_route("/health")  # pasted from another module, meant for "/ready"
def ready() -> str:
    return "ready"


print(naive_routes["/health"]())
#> ready


class DuplicateRouteError(ValueError):
    pass


def make_router():
    routes: dict[str, Handler] = {}

    def route(path: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            if path in routes:
                first = routes[path]
                raise DuplicateRouteError(
                    f"{path!r} is already handled by {first.__qualname__}(),"
                    f" refusing {handler.__qualname__}()"
                )
            routes[path] = handler
            return handler

        return register

    return route


route = make_router()


@route("/health")
def checked_health() -> str:
    return "ok"


# raises: DuplicateRouteError
@route("/health")
def checked_ready() -> str:
    return "ready"
