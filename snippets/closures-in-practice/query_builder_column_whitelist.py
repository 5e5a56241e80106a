from collections.abc import Callable, Iterable
from typing import Any

Query = tuple[str, tuple[Any, ...]]


def query_builder(table: str, columns: Iterable[str]) -> Callable[..., Query]:
    allowed = frozenset(columns)

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
print(users(age=36, active=True))
#> ('SELECT name FROM users WHERE age = ? AND active = ? ORDER BY name', (36, True))

# Placeholders cannot stand for column names, so keys from a request are checked:
request_params = {"1 = 1 OR name": "x"}
# raises: ValueError
users(**request_params)
