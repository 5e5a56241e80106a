class Grid:
    size = 3
    rows = [n * 10 for n in range(size)]
    try:
        cells = [(row, col) for row in range(size) for col in range(size)]
    except NameError as error:
        print(f"NameError: {error}")
        cells = [(row, col) for row in range(size) for col in range(3)]


#> NameError: name 'size' is not defined


print(Grid.rows)
#> [0, 10, 20]
print(len(Grid.cells))
#> 9
