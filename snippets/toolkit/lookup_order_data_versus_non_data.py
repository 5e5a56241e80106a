from typing import Any


class DataDescriptor:  # defines __set__
    def __get__(self, obj: object | None, objtype: type | None = None) -> Any:
        return "data descriptor"

    def __set__(self, obj: object, value: Any) -> None:
        raise AttributeError("read-only")


class NonDataDescriptor:  # __get__ only
    def __get__(self, obj: object | None, objtype: type | None = None) -> Any:
        return "non-data descriptor"


class Thing:
    data = DataDescriptor()
    non_data = NonDataDescriptor()
    plain = "class attribute"

    def describe(self) -> str:  # a function is a non-data descriptor too
        return "method"


thing = Thing()
# Put an entry with the same name in the instance __dict__ for each attribute.
for name in ("data", "non_data", "plain", "describe"):
    thing.__dict__[name] = "instance __dict__"

print(thing.data)
#> data descriptor
print(thing.non_data)
#> instance __dict__
print(thing.plain)
#> instance __dict__
print(thing.describe)
#> instance __dict__
print(hasattr(Thing.__dict__["describe"], "__set__"))
#> False
