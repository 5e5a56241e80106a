def make_doublers():
    doublers = []
    for i in range(3):

        def double():
            return i * 2  # noqa: B023 - the bug itself

        doublers.append(double)
    return doublers


doublers = make_doublers()
print([f() for f in doublers])
#> [4, 4, 4]
# Inside a function the loop variable *is* a free variable, and the result is
# the same: the problem is when `i` is read, not whether it is captured.
print(doublers[0].__code__.co_freevars)
#> ('i',)
