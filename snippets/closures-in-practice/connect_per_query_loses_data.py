import sqlite3
from collections.abc import Callable
from typing import Any


def make_query_runner(connect: Callable[[], sqlite3.Connection]) -> Callable[..., Any]:
    def run(sql: str) -> list[tuple[Any, ...]]:
        return connect().execute(sql).fetchall()  # a new connection per query

    return run


run = make_query_runner(lambda: sqlite3.connect(":memory:"))
print(run("CREATE TABLE users (name TEXT)"))
#> []
# Each ":memory:" connection is a new, empty database: the table is gone.
# raises: OperationalError
run("SELECT name FROM users")
