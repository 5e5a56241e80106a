import functools


@functools.total_ordering
class Version:
    def __init__(self, text: str) -> None:
        self.parts = tuple(int(part) for part in text.split("."))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self) -> str:
        return "Version(" + ".".join(map(str, self.parts)) + ")"


print(Version("3.10") > Version("3.9"), Version("3.10") <= Version("3.10"))
#> True True
print(sorted([Version("3.12"), Version("3.9"), Version("3.11.4")]))
#> [Version(3.9), Version(3.11.4), Version(3.12)]
print([name for name in ("__le__", "__gt__", "__ge__") if name in vars(Version)])
#> ['__le__', '__gt__', '__ge__']
try:
    print(Version("3.12") <= "3.12")
except TypeError as error:
    print(type(error).__name__)
    #> TypeError
