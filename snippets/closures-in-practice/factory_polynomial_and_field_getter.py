from collections.abc import Callable
from operator import itemgetter
from typing import Any


def make_polynomial(*coefficients: float) -> Callable[[float], float]:
    """make_polynomial(1, -3, 2) is x**2 - 3*x + 2: highest power first."""

    def evaluate(x: float) -> float:
        result: float = 0
        for coefficient in coefficients:  # Horner's method
            result = result * x + coefficient
        return result

    return evaluate


def make_field_getter(name: str) -> Callable[[dict[str, Any]], Any]:
    def get(record: dict[str, Any]) -> Any:
        return record[name]

    return get


quadratic = make_polynomial(1, -3, 2)
print([quadratic(x) for x in range(4)])
#> [2, 0, 0, 2]

users = [{"name": "grace", "age": 45}, {"name": "linus", "age": 25}]
by_age = make_field_getter("age")
print([user["name"] for user in sorted(users, key=by_age)])
#> ['linus', 'grace']
# The standard library already ships this factory:
print(sorted(users, key=by_age) == sorted(users, key=itemgetter("age")))
#> True
