import pickle
from collections.abc import Callable


class Counter:
    def __init__(self) -> None:
        self.count = 0

    def increment(self) -> int:
        self.count += 1
        return self.count


def make_counter() -> Callable[[], int]:
    count = 0

    def increment() -> int:
        nonlocal count
        count += 1
        return count

    return increment


counter = Counter()
for _ in range(2):
    counter.increment()
restored = pickle.loads(pickle.dumps(counter))
print(restored.count, restored.increment(), counter.count)
#> 2 3 2

closure = make_counter()
closure()
# raises: AttributeError
pickle.dumps(closure)
