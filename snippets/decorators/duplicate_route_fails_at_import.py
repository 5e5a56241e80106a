from collections.abc import Callable

ROUTES: dict[str, Callable[[], str]] = {}


def route(path: str):
    def register(handler: Callable[[], str]) -> Callable[[], str]:
        if path in ROUTES:
            raise ValueError(f"{path} is already handled by {ROUTES[path].__name__}")
        ROUTES[path] = handler
        return handler

    return register


@route("/users")
def list_users() -> str:
    return "all users"


def import_admin_module() -> None:
    # Stands in for `import admin`: its decorators run when the module is imported.
    @route("/admin")
    def admin_home() -> str:
        return "admin"


print(list(ROUTES))
#> ['/users']
import_admin_module()
print(list(ROUTES))
#> ['/users', '/admin']


# raises: ValueError
@route("/users")
def list_users_v2() -> str:
    return "all users, faster"
