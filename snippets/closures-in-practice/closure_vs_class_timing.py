import timeit
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


class CallableCounter(Counter):
    __call__ = Counter.increment


CALLS = 20_000
closure, instance, callable_object = make_counter(), Counter(), CallableCounter()
namespace = {
    "closure": closure,
    "instance": instance,
    "callable_object": callable_object,
    "make_counter": make_counter,
    "Counter": Counter,
}


def best(statement: str) -> float:
    """Seconds per execution of statement: best of 5 runs of CALLS each."""
    runs = timeit.repeat(statement, globals=namespace, number=CALLS, repeat=5)
    return min(runs) / CALLS


closure_call = best("closure()")
method_call = best("instance.increment()")
dunder_call = best("callable_object()")
# The robust fact: each counter was called 5 * CALLS times, plus once here.
print(closure(), instance.increment(), callable_object())
#> 100001 100001 100001
print(f"closure call: ~{closure_call * 1e9:.0f} ns")
#> closure call: ~... ns
print(f"method call / closure call: ~{method_call / closure_call:.2f}x")
#> method call / closure call: ~...x
print(f"__call__ / closure call: ~{dunder_call / closure_call:.2f}x")
#> __call__ / closure call: ~...x
print(f"new instance / new closure: ~{best('Counter()') / best('make_counter()'):.2f}x")
#> new instance / new closure: ~...x
