def make_counter(start: int):
    count = start
    step = 1

    def increment() -> int:
        nonlocal count
        count += step
        return count

    return increment


counter = make_counter(10)
factory_code = make_counter.__code__
print("factory co_varnames:", factory_code.co_varnames)
#> factory co_varnames: ('start', 'increment')
print("factory co_cellvars:", factory_code.co_cellvars)
#> factory co_cellvars: ('count', 'step')
print("closure co_varnames:", counter.__code__.co_varnames)
#> closure co_varnames: ()
print("closure co_freevars:", counter.__code__.co_freevars)
#> closure co_freevars: ('count', 'step')
cells = dict(zip(counter.__code__.co_freevars, counter.__closure__, strict=True))
print(counter(), counter(), cells["count"].cell_contents)
#> 11 12 12
