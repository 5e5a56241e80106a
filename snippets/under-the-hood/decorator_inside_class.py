import functools


class Router:
    routes: dict[str, str] = {}
    prefix = "/api"

    def route(path: str, prefix: str = prefix, table: dict = routes):  # noqa: N805 - a plain function here
        def register(func):
            table[prefix + path] = func.__name__
            return func

        return register

    @route("/users")
    def list_users(self) -> list[str]:
        return ["ada"]

    def _traced(func):  # noqa: N805 - a plain function at this point
        @functools.wraps(func)
        def wrapper(self, *args):
            return f"{type(self).__name__}.{func.__name__} -> {func(self, *args)}"

        return wrapper

    @_traced
    def health(self) -> str:
        return "ok"

    del route, _traced


print(Router.routes)
#> {'/api/users': 'list_users'}
print(Router().health())
#> Router.health -> ok
print(hasattr(Router, "route"), Router.list_users.__qualname__)
#> False Router.list_users
