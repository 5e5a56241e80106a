def make_counter():
    count = 0

    def increment():
        count += 1  # noqa: F823 - the point of this example
        return count

    return increment


counter = make_counter()
print("made a counter")
#> made a counter
# raises: UnboundLocalError
counter()
