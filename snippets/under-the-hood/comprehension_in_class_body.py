class Grid:
    size = 3
    rows = [n * 10 for n in range(size)]
    try:
        cells = [(row, col) for row in range(size) for col in range(size)]
    except NameError as error:
        failure = f"NameError: {error}"


print(Grid.rows)
#> [0, 10, 20]
print(Grid.failure)
#> NameError: name 'size' is not defined
print(hasattr(Grid, "cells"))
#> False
