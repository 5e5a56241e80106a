from functools import cached_property


class Report:
    def __init__(self, rows: list[int]) -> None:
        self.rows = rows
        self.computations = 0

    @cached_property
    def total(self) -> int:
        self.computations += 1
        return sum(self.rows)


report = Report([3, 4, 5])
print(report.total, report.total, report.computations)
#> 12 12 1
# The first access stored the result in the instance __dict__, which now wins.
print(vars(report))
#> {'rows': [3, 4, 5], 'computations': 1, 'total': 12}
print(hasattr(cached_property, "__set__"))
#> False
report.rows.append(8)
print(report.total)  # stale: the cached value does not know rows changed
#> 12
del report.total  # drop the cached value; the next access recomputes
print(report.total, report.computations)
#> 20 2
