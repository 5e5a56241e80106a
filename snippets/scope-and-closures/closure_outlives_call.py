def make_multiplier(factor: int):
    def multiply(value: int) -> int:
        return value * factor  # `factor` is a free variable of multiply

    return multiply


double = make_multiplier(2)
triple = make_multiplier(3)
# make_multiplier has returned twice, yet each function still has its factor.
print(double(10), triple(10))
#> 20 30
