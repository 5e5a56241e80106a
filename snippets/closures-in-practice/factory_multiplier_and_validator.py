from collections.abc import Callable


def make_multiplier(factor: float) -> Callable[[float], float]:
    def multiply(value: float) -> float:
        return value * factor

    return multiply


def make_range_validator(low: float, high: float) -> Callable[[float], bool]:
    if low > high:  # a bad configuration fails once, here, not on every call
        raise ValueError(f"empty range: {low} > {high}")

    def is_valid(value: float) -> bool:
        return low <= value <= high

    return is_valid


double, triple = make_multiplier(2), make_multiplier(3)
print(double(21), triple(14))
#> 42 42

is_valid_age = make_range_validator(18, 100)
is_valid_percent = make_range_validator(0, 100)
print([is_valid_age(age) for age in (17, 18, 65, 101)])
#> [False, True, True, False]
print([is_valid_percent(p) for p in (-1, 0, 100, 100.5)])
#> [False, True, True, False]
