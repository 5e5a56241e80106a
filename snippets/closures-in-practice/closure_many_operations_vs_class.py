from types import SimpleNamespace


def make_counter() -> SimpleNamespace:
    count = 0

    def increment() -> int:
        nonlocal count
        count += 1
        return count

    def reset() -> None:
        nonlocal count
        count = 0

    def value() -> int:
        return count

    return SimpleNamespace(increment=increment, reset=reset, value=value)


class Counter:
    def __init__(self) -> None:
        self.count = 0

    def increment(self) -> int:
        self.count += 1
        return self.count

    def reset(self) -> None:
        self.count = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}(count={self.count})"


class CappedCounter(Counter):  # change one method, inherit the rest
    limit = 2

    def increment(self) -> int:
        if self.count < self.limit:
            super().increment()
        return self.count


closure_counter, capped = make_counter(), CappedCounter()
for _ in range(3):
    closure_counter.increment()
    capped.increment()
print(closure_counter.value(), capped.count)
#> 3 2
print(capped)
#> CappedCounter(count=2)
capped.reset()  # inherited from Counter
print(capped)
#> CappedCounter(count=0)
print(closure_counter)
#> namespace(increment=<function make_counter.<locals>.increment at 0x...>, reset=<function make_counter.<locals>.reset at 0x...>, value=<function make_counter.<locals>.value at 0x...>)
