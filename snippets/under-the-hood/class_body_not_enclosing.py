class Pricing:
    tax_rate = 0.2

    def with_tax(self, net: float) -> float:
        return net * (1 + tax_rate)  # noqa: F821 - class-level names are not visible here

    def with_tax_fixed(self, net: float) -> float:
        return net * (1 + self.tax_rate)


pricing = Pricing()
print(Pricing.with_tax.__code__.co_freevars, Pricing.with_tax.__code__.co_names)
#> () ('tax_rate',)
print(pricing.with_tax_fixed(10.0))
#> 12.0
# raises: NameError
pricing.with_tax(10.0)
