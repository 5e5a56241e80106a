import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)

    return wrapper


class Base:
    def describe(self) -> str:
        return "base"


class Child(Base):
    def describe(self) -> str:
        return f"child of {super().describe()}"

    def plain(self) -> str:
        return "plain"

    @logged
    def shout(self) -> str:
        return super().describe().upper()


print(Child().describe())
#> child of base
print(Child.describe.__code__.co_freevars, Child.plain.__code__.co_freevars)
#> ('__class__',) ()
print(Child.describe.__closure__[0].cell_contents is Child)
#> True
print(Child().shout(), Child.shout.__code__.co_freevars)
#> BASE ('func',)
print(Child.shout.__wrapped__.__code__.co_freevars)
#> ('__class__',)
