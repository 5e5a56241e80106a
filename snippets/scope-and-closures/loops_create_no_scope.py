for index in range(3):
    doubled = index * 2

# A for loop creates no scope: both names are still here, with their last values.
print(index, doubled)
#> 2 4

squares = [n * n for n in range(3)]
# A comprehension has its own scope: `n` did not leak out.
print("n" in globals())
#> False

try:
    int("forty-two")
except ValueError as error:
    print(type(error).__name__)
    #> ValueError

# The name bound by `except ... as` is deleted when the block ends.
print("error" in globals())
#> False
