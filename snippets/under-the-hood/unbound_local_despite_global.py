total = 100


def add_to_total(amount: int) -> int:
    total = total + amount  # noqa: F823 - the point of this example
    return total


print(add_to_total.__code__.co_varnames)
#> ('amount', 'total')
# raises: UnboundLocalError
add_to_total(5)
