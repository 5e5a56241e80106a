def make_counter(step: int):
    count = 0
    label = "counter"

    def increment() -> int:
        nonlocal count
        count += step
        return count

    return label, increment


# Locals that an inner function captures are cell variables, listed apart.
print(make_counter.__code__.co_varnames)
#> ('step', 'label', 'increment')
print(make_counter.__code__.co_cellvars)
#> ('step', 'count')
# Seen from the inner function, the same names are its free variables.
print(make_counter(2)[1].__code__.co_freevars)
#> ('count', 'step')
