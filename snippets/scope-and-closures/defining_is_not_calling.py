shown: list[int] = []


def a():
    x = 1

    def b():
        shown.append(x)  # stands in for the post's print(x)


def a_that_calls_b():
    x = 1

    def b():
        shown.append(x)

    b()


# `a` defines `b` and returns; nothing ever calls `b`.
print(a(), shown)
#> None []
print(a_that_calls_b(), shown)
#> None [1]
