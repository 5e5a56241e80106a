from functools import partial


def scale(value: int, factor: int) -> int:
    return value * factor


scalers = [partial(scale, factor=f) for f in range(3)]
print([s(10) for s in scalers])
#> [0, 10, 20]
# A partial object is inspectable, unlike a closure's hidden cell.
print(scalers[2].func.__name__, scalers[2].args, scalers[2].keywords)
#> scale () {'factor': 2}
