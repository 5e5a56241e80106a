def outer():
    level = "outer"

    def middle():
        def inner():
            nonlocal level
            level = "set by inner"

        inner()

    middle()
    return level


def nested_code(code, name):
    return next(c for c in code.co_consts if getattr(c, "co_name", None) == name)


middle_code = nested_code(outer.__code__, "middle")
print(outer())
#> set by inner
print(outer.__code__.co_cellvars)
#> ('level',)
print(middle_code.co_freevars, middle_code.co_varnames)
#> ('level',) ('inner',)
