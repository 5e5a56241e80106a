class Product:
    def __init__(self, name: str, price_cents: int) -> None:
        self.name = name
        self.price_cents = price_cents

    @property
    def price(self) -> str:  # read-only: no setter
        return f"{self.price_cents / 100:.2f} EUR"


attribute = Product.__dict__["price"]
print(type(attribute).__name__)
#> property
print(hasattr(attribute, "__get__"), hasattr(attribute, "__set__"))
#> True True
lamp = Product("lamp", 1950)
# lamp.price calls attribute.__get__(lamp, Product); on the class, it returns itself.
print(lamp.price, attribute.__get__(lamp, Product), Product.price is attribute)
#> 19.50 EUR 19.50 EUR True
lamp.__dict__["price"] = "free!"  # an instance entry cannot hide a data descriptor
print(lamp.price)
#> 19.50 EUR
# Without a setter, property.__set__ exists and refuses the assignment.
# raises: AttributeError
lamp.price = "10.00 EUR"
