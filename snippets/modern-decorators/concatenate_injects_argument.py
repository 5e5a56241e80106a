import functools
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def connect_app_database() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE users (name TEXT)")
    connection.executemany("INSERT INTO users VALUES (?)", [("ada",), ("grace",)])
    return connection


def with_connection(
    connect: Callable[[], sqlite3.Connection],
) -> Callable[[Callable[Concatenate[sqlite3.Connection, P], R]], Callable[P, R]]:
    """Inject a connection, opened on first use, as the first argument."""

    def decorate(
        func: Callable[Concatenate[sqlite3.Connection, P], R],
    ) -> Callable[P, R]:
        connection: sqlite3.Connection | None = None

        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            nonlocal connection
            if connection is None:
                connection = connect()
            return func(connection, *args, **kwargs)

        return wrapper

    return decorate


@with_connection(connect_app_database)
def names(connection: sqlite3.Connection, *, limit: int = 10) -> list[Any]:
    rows = connection.execute("SELECT name FROM users ORDER BY name LIMIT ?", [limit])
    return [name for (name,) in rows]


if TYPE_CHECKING:
    from typing import reveal_type

    reveal_type(names)
    # revealed: def (*, limit: int =) -> list[Any]

print(names())
#> ['ada', 'grace']
print(names(limit=1))
#> ['ada']
