from typing import TypeVar

T = TypeVar("T", bound=type)


def record(cls: T) -> T:
    """A tiny dataclass: __init__, __repr__ and __eq__ from the annotations."""
    fields = list(cls.__annotations__)

    def __init__(self, *args: object) -> None:
        if len(args) != len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} arguments")
        for name, value in zip(fields, args, strict=True):
            setattr(self, name, value)

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in fields)
        return f"{cls.__name__}({values})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in fields)

    for method in (__init__, __repr__, __eq__):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        setattr(cls, method.__name__, method)
    cls.__hash__ = None  # what a class body with __eq__ gets; dataclass does it too
    return cls


@record
class Point:
    x: int
    y: int


p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1))
#> Point(x=1, y=2) True False
print(Point.__init__.__qualname__, Point.__hash__)
#> Point.__init__ None
try:
    hash(p)
except TypeError as error:
    print(type(error).__name__, "for", type(p).__name__)
    #> TypeError for Point
