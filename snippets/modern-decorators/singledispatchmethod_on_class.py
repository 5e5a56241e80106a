import functools
from typing import Self


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    @functools.singledispatchmethod
    def add(self, other: object) -> Self:
        raise TypeError(f"cannot add {type(other).__name__} to Money")

    @add.register
    def _(self, other: int) -> Self:
        return type(self)(self.cents + other)

    @add.register
    def _(self, other: str) -> Self:
        euros, _, cents = other.partition(".")
        return type(self)(self.cents + int(euros) * 100 + int(cents or 0))

    def __repr__(self) -> str:
        return f"Money({self.cents})"


wallet = Money(100)
print(wallet.add(50), wallet.add("2.25"), Money.add.__name__)
#> Money(150) Money(325) add
try:
    wallet.add(1.5)
except TypeError as error:
    print(type(error).__name__)
    #> TypeError
