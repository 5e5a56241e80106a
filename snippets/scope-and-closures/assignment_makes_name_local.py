total = 100


def report():
    print("reading total...")
    # Python decided at compile time that `total` is local to report(),
    # because it is assigned below; the global is never consulted.
    print(total)  # noqa: F823 - the point of this example
    total = 0
    return total


print(report.__code__.co_varnames)
#> ('total',)
# raises: UnboundLocalError
report()
#> reading total...
