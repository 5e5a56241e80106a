def make_counter():
    count = 0

    def increment():
        count = 1  # a brand-new local: no error, and the outer count is untouched
        return count

    def current():
        return count

    return increment, current


increment, current = make_counter()
print(increment(), increment(), current())
#> 1 1 0
print(increment.__code__.co_varnames, increment.__closure__)
#> ('count',) None
