import inspect

OFFSET = 1000


def make_adder(step: int):
    def add(value: int) -> int:
        return value + step + OFFSET

    return add


add = make_adder(5)
print(add.__code__.co_freevars)
#> ('step',)
print(add.__closure__)
#> (<cell at 0x...: int object at 0x...>,)
print(add.__closure__[0].cell_contents)
#> 5
print(inspect.getclosurevars(add))
#> ClosureVars(nonlocals={'step': 5}, globals={'OFFSET': 1000}, builtins={}, unbound=set())
