import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

Rows = list[tuple[Any, ...]]


def make_query_runner(
    connect: Callable[[], sqlite3.Connection],
) -> Callable[..., Rows]:
    connection: sqlite3.Connection | None = None

    def run(sql: str, params: Sequence[Any] = ()) -> Rows:
        nonlocal connection
        if connection is None:  # connect on first use, then reuse
            connection = connect()
        return connection.execute(sql, params).fetchall()

    return run


def connect_app_database() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE users (name TEXT)")
    connection.executemany("INSERT INTO users VALUES (?)", [("ada",), ("grace",)])
    return connection


def connect_empty_test_database() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE users (name TEXT)")
    return connection


app_query = make_query_runner(connect_app_database)
test_query = make_query_runner(connect_empty_test_database)

test_query("INSERT INTO users VALUES (?)", ["fixture"])
print(app_query("SELECT name FROM users ORDER BY name"))
#> [('ada',), ('grace',)]
print(test_query("SELECT name FROM users"))
#> [('fixture',)]
