from typing import Any


class PositiveStoredOnSelf:
    def __get__(self, obj: object | None, objtype: type | None = None) -> Any:
        return self.value

    def __set__(self, obj: object, value: float) -> None:
        if value <= 0:
            raise ValueError("must be > 0")
        self.value = value  # `self` is the one descriptor on the class


class OrderLine:
    unit_price = PositiveStoredOnSelf()

    def __init__(self, unit_price: float) -> None:
        self.unit_price = unit_price


cheap = OrderLine(2.0)
dear = OrderLine(90.0)
# Two instances, one descriptor, one stored value: the last write wins.
print(cheap.unit_price, dear.unit_price, vars(cheap))
#> 90.0 90.0 {}
