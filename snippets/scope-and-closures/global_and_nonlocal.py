calls = 0


def track():
    global calls
    calls += 1


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


track()
track()
counter = make_counter()
print(calls, counter(), counter(), counter())
#> 2 1 2 3
