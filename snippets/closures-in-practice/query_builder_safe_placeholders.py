import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

connection = sqlite3.connect(":memory:")
connection.execute("CREATE TABLE users (name TEXT, age INTEGER, active INTEGER)")
connection.executemany(
    "INSERT INTO users VALUES (?, ?, ?)",
    [("ada", 36, 1), ("grace", 45, 1), ("linus", 25, 0)],
)

Query = tuple[str, tuple[Any, ...]]


def query_builder(table: str, columns: Iterable[str]) -> Callable[..., Query]:
    allowed = frozenset(columns)  # names come from the code, never from a user

    def query(**filters: Any) -> Query:
        unknown = filters.keys() - allowed
        if unknown:
            raise ValueError(f"unknown column(s): {sorted(unknown)}")
        sql = f"SELECT name FROM {table}"
        if filters:
            sql += " WHERE " + " AND ".join(f"{column} = ?" for column in filters)
        return sql + " ORDER BY name", tuple(filters.values())

    return query


users = query_builder("users", columns=["name", "age", "active"])

attack = users(name="nobody' OR '1'='1")
print(attack)
#> ('SELECT name FROM users WHERE name = ? ORDER BY name', ("nobody' OR '1'='1",))
print(connection.execute(*attack).fetchall())  # the quote is just data now
#> []
print(connection.execute(*users(name="ada")).fetchall())
#> [('ada',)]
print(connection.execute(*users(active=True)).fetchall())  # True is stored as 1
#> [('ada',), ('grace',)]
print(connection.execute(*users()).fetchall())  # no filters: no WHERE
#> [('ada',), ('grace',), ('linus',)]
