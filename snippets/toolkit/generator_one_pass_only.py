from collections.abc import Iterable, Iterator


def parse_prices(lines: Iterable[str]) -> Iterator[float]:
    for line in lines:
        yield float(line)


prices = parse_prices(["9.5", "20.0", "0.5"])
print(list(prices))
#> [9.5, 20.0, 0.5]
print(list(prices))  # the same generator, already exhausted
#> []

prices = parse_prices(["9.5", "20.0", "0.5"])
total = sum(prices)
count = sum(1 for _ in prices)  # nothing left to count
print(total, count)
#> 30.0 0
# raises: ZeroDivisionError
total / count
