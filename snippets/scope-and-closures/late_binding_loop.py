functions = [lambda: i for i in range(3)]  # noqa: B023 - the bug itself
print([f() for f in functions])
#> [2, 2, 2]
# Every lambda looks `i` up when it is called; by then the loop has finished.
print([f.__code__.co_freevars for f in functions])
#> [('i',), ('i',), ('i',)]
print(len({id(f.__closure__[0]) for f in functions}))
#> 1
