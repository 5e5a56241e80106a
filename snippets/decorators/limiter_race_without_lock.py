import functools
import threading
from itertools import pairwise


def throttle(interval: float, clock, sleep):
    """The notes' closure limiter: at most one call per `interval`, no lock."""

    def decorate(func):
        last_call: float | None = None

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal last_call
            now = clock()
            if last_call is not None and now - last_call < interval:
                sleep(interval - (now - last_call))  # other threads run meanwhile
                now = clock()
            last_call = now
            return func(*args, **kwargs)

        return wrapper

    return decorate


class ThreadedFakeTime:
    """Each thread has its own `now`. sleep() returns only once every worker is
    asleep: the interleaving that makes the race certain instead of likely."""

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


call_api()  # t=0: the first call goes straight through
workers = [threading.Thread(target=call_api) for _ in range(8)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print(sorted(sent_at))
#> [0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]
gaps = [b - a for a, b in pairwise(sorted(sent_at))]
print("calls less than 1 s apart:", sum(gap < 1.0 for gap in gaps))
#> calls less than 1 s apart: 7
