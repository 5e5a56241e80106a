import timeit
from collections import deque
from functools import partial


def drain_list(n: int) -> list[int]:
    items = list(range(n))
    drained = []
    while items:
        drained.append(items.pop(0))  # shifts every remaining item left
    return drained


def drain_deque(n: int) -> list[int]:
    items = deque(range(n))
    drained = []
    while items:
        drained.append(items.popleft())
    return drained


def best_of_5(func: partial, number: int) -> float:
    # Several drains per timing: a browser's clock is too coarse for one.
    return min(timeit.repeat(func, number=number, repeat=5)) / number


for n in (1_000, 10_000):
    same = drain_list(n) == drain_deque(n)
    number = max(1, 20_000 // n)
    ratio = best_of_5(partial(drain_list, n), number) / best_of_5(
        partial(drain_deque, n), number
    )
    print(f"n={n:>6,}: same order {same}; list.pop(0) / popleft(): ~{ratio:.1f}x")
    #> n= 1,000: same order True; list.pop(0) / popleft(): ~...x
    #> n=10,000: same order True; list.pop(0) / popleft(): ~...x
