def make_constant(value: int):
    def constant() -> int:
        return value

    return constant


# Each call to make_constant creates a new scope, so each function gets its own cell.
functions = [make_constant(i) for i in range(3)]
print([f() for f in functions])
#> [0, 1, 2]
print(len({id(f.__closure__[0]) for f in functions}))
#> 3
