from collections.abc import Callable

Handler = Callable[..., str]


def make_router():
    routes: dict[tuple[str, str], Handler] = {}

    def route(method: str, path: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            routes[method, path] = handler
            return handler  # unchanged: still callable and testable directly

        return register

    def dispatch(method: str, path: str) -> tuple[int, str]:
        handler = routes.get((method, path))
        if handler is not None:
            return 200, handler()
        if any(p == path for _, p in routes):
            return 405, "method not allowed"
        return 404, "not found"

    return route, dispatch, routes


route, dispatch, routes = make_router()


@route("GET", "/users")
def list_users() -> str:
    return "ada, grace"


@route("POST", "/users")
def create_user() -> str:
    return "created"


print(dispatch("GET", "/users"))
#> (200, 'ada, grace')
print(dispatch("DELETE", "/users"))
#> (405, 'method not allowed')
print(dispatch("GET", "/nowhere"))
#> (404, 'not found')
print({key: handler.__name__ for key, handler in routes.items()})
#> {('GET', '/users'): 'list_users', ('POST', '/users'): 'create_user'}
print(list_users())
#> ada, grace
