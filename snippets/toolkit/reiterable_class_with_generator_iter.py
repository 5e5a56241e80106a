from collections.abc import Iterator


class PriceList:
    """Re-iterable: every `for` calls __iter__, which starts a new generator."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines

    def __iter__(self) -> Iterator[float]:
        for line in self._lines:
            yield float(line)


prices = PriceList(["9.5", "20.0", "0.5"])
total = sum(prices)
count = sum(1 for _ in prices)
print(total, count, total / count)
#> 30.0 3 10.0
print(iter(prices) is iter(prices))
#> False
