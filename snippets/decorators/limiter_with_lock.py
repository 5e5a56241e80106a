import functools
import threading
from itertools import pairwise


def throttle(interval: float, clock, sleep):
    """At most one call per `interval`, safe to share between threads."""

    def decorate(func):
        lock = threading.Lock()
        next_free = float("-inf")

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal next_free
            with lock:  # read, decide and reserve a slot as one step
                now = clock()
                start = max(now, next_free)
                next_free = start + interval
            if start > now:
                sleep(start - now)  # outside the lock: others can reserve meanwhile
            return func(*args, **kwargs)

        return wrapper

    return decorate


class ThreadedFakeTime:
    """Each thread has its own `now`. sleep() returns only once every worker is
    asleep: the interleaving that broke the unlocked limiter."""

    def __init__(self, workers: int) -> None:
        self._local = threading.local()
        self._all_asleep = threading.Barrier(workers, timeout=5)

    def clock(self) -> float:
        return getattr(self._local, "now", 0.0)

    def sleep(self, seconds: float) -> None:
        self._all_asleep.wait()
        self._local.now = self.clock() + seconds


fake = ThreadedFakeTime(workers=8)
sent_at: list[float] = []


@throttle(interval=1.0, clock=fake.clock, sleep=fake.sleep)
def call_api() -> None:
    sent_at.append(fake.clock())


call_api()
workers = [threading.Thread(target=call_api) for _ in range(8)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print(sorted(sent_at))
#> [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]
gaps = [b - a for a, b in pairwise(sorted(sent_at))]
print("calls less than 1 s apart:", sum(gap < 1.0 for gap in gaps))
#> calls less than 1 s apart: 0
