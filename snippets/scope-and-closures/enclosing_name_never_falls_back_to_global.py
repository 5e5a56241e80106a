level = "global"


def make_reader():
    def read():
        return level

    if False:
        level = "enclosing"  # never runs, yet makes `level` local to make_reader
    return read


read = make_reader()
# The compiler made `level` a free variable of `read`, bound to make_reader's cell.
print(read.__code__.co_freevars)
#> ('level',)
print(make_reader.__code__.co_cellvars)
#> ('level',)


def value_or_error(func) -> str:
    try:
        return func()
    except NameError as error:
        return type(error).__name__


# The cell is empty; Python does not go on to the global `level`.
print(value_or_error(read))
#> NameError
