def make_counter():
    count = 0

    def increment():
        count += 1  # noqa: F823 - the point of this example
        return count

    return increment


counter = make_counter()
print(counter.__code__.co_varnames, counter.__closure__)
#> ('count',) None
# raises: UnboundLocalError
counter()
