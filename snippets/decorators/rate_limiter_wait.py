import functools
import time
from collections.abc import Callable


def throttle(
    calls_per_second: float,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
):
    interval = 1 / calls_per_second  # a rate of 4 per second: one call every 0.25 s

    def decorate(func):
        next_allowed = float("-inf")

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal next_allowed
            now = clock()
            if now < next_allowed:
                sleep(next_allowed - now)
                now = next_allowed
            next_allowed = now + interval
            return func(*args, **kwargs)

        return wrapper

    return decorate


def fake_time():
    """A clock and a sleep that share one variable: sleeping advances the clock."""
    now = 0.0
    slept: list[float] = []

    def clock() -> float:
        return now

    def sleep(seconds: float) -> None:
        nonlocal now
        slept.append(seconds)
        now += seconds

    return clock, sleep, slept


clock, sleep, slept = fake_time()
sent_at: list[float] = []


@throttle(calls_per_second=4, clock=clock, sleep=sleep)
def send(message: str) -> None:
    sent_at.append(clock())


for message in ["a", "b", "c", "d", "e"]:
    send(message)
print(sent_at)
#> [0.0, 0.25, 0.5, 0.75, 1.0]
print(slept)
#> [0.25, 0.25, 0.25, 0.25]
