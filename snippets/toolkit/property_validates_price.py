class Product:
    def __init__(self, name: str, price: float) -> None:
        self.name = name
        self.price = price  # goes through the setter, so __init__ validates too

    @property
    def price(self) -> float:
        return self._price

    @price.setter
    def price(self, value: float) -> None:
        if value < 0:
            raise ValueError(f"price must be >= 0, got {value}")
        self._price = value


lamp = Product("lamp", 25.0)
lamp.price = 19.5
print(lamp.price, vars(lamp))
#> 19.5 {'name': 'lamp', '_price': 19.5}
# raises: ValueError
Product("broken lamp", -1)
