import functools
from datetime import date
from decimal import Decimal


@functools.singledispatch
def to_json(value: object) -> str:
    raise TypeError(f"cannot serialise {type(value).__name__}")


@to_json.register
def _(value: str) -> str:
    return '"' + value.replace('"', '\\"') + '"'


@to_json.register
def _(value: int) -> str:
    return str(value)


@to_json.register
def _(value: bool) -> str:
    return "true" if value else "false"


@to_json.register(Decimal)
@to_json.register(float)
def _(value: float | Decimal) -> str:
    return format(value, "f")


@to_json.register
def _(value: list) -> str:
    return "[" + ", ".join(to_json(item) for item in value) + "]"


@to_json.register
def _(value: date) -> str:
    return to_json(value.isoformat())


print(to_json([1, True, "hi", Decimal("2.50"), date(2024, 5, 1)]))
#> [1, true, "hi", 2.50, "2024-05-01"]


class UserId(int):
    pass


print(to_json(UserId(7)), to_json.dispatch(UserId) is to_json.dispatch(int))
#> 7 True
print([cls.__name__ for cls in to_json.registry])
#> ['object', 'str', 'int', 'bool', 'float', 'Decimal', 'list', 'date']
try:
    to_json({"a": 1})
except TypeError as error:
    print(error)
    #> cannot serialise dict
