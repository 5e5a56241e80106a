def make_counter():
    count = 0

    def increment() -> int:
        nonlocal count
        count += 1  # an int, rebound without trouble
        return count

    return increment


counter = make_counter()
print(counter(), counter(), counter())
#> 1 2 3
print(counter.__closure__[0].cell_contents)
#> 3
