class Grid:
    size = 3
    rows = [n * 10 for n in range(size)]
    try:
        cells = [(row, col) for row in range(size) for col in range(size)]
    except NameError as error:
        print(f"NameError: {error}")
        cells = [(row, col) for row in range(size) for col in range(3)]


print(Grid.rows)
print(len(Grid.cells))
