from collections.abc import Callable


def make_counter() -> Callable[[], int]:
    count = 0

    def increment() -> int:
        nonlocal count
        count += 1
        return count

    return increment


class Counter:
    def __init__(self) -> None:
        self.count = 0

    def increment(self) -> int:
        self.count += 1
        return self.count


class CallableCounter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> int:
        self.count += 1
        return self.count


closure, instance, callable_object = make_counter(), Counter(), CallableCounter()
for _ in range(3):
    closure()
    instance.increment()
    callable_object()
print(closure(), instance.increment(), callable_object())
#> 4 4 4

# The state: an attribute for the objects, a cell for the closure.
print(instance.count, callable_object.count, closure.__closure__[0].cell_contents)
#> 4 4 4
# Where a function is expected (a callback, key=...), two of them fit as they are:
print(callable(closure), callable(instance), callable(callable_object))
#> True False True
