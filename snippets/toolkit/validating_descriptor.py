from typing import Any


class Positive:
    """A reusable validated attribute; one instance per class attribute."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.public_name = name  # called once, when the owning class is created
        self.private_name = f"_{name}"

    def __get__(self, obj: object | None, objtype: type | None = None) -> Any:
        if obj is None:  # looked up on the class itself
            return self
        return getattr(obj, self.private_name)

    def __set__(self, obj: object, value: float) -> None:
        if value <= 0:
            raise ValueError(f"{self.public_name} must be > 0, got {value!r}")
        setattr(obj, self.private_name, value)  # the data lives on the instance


class OrderLine:
    quantity = Positive()
    unit_price = Positive()

    def __init__(self, quantity: int, unit_price: float) -> None:
        self.quantity = quantity
        self.unit_price = unit_price


line = OrderLine(3, 9.5)
print(line.quantity * line.unit_price)
#> 28.5
print(vars(line))
#> {'_quantity': 3, '_unit_price': 9.5}
print(type(OrderLine.__dict__["quantity"]).__name__, OrderLine.quantity.private_name)
#> Positive _quantity
# raises: ValueError
line.unit_price = 0
