import functools
import time
from collections import deque
from collections.abc import Callable


class RateLimitExceeded(Exception):
    pass


def rate_limit(
    max_calls: int, period: float, clock: Callable[[], float] = time.monotonic
):
    def decorate(func):
        calls: deque[float] = deque()  # start times of the calls in the window

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            now = clock()
            while calls and now - calls[0] >= period:
                calls.popleft()
            if len(calls) >= max_calls:
                raise RateLimitExceeded(f"{func.__name__}: {max_calls}/{period:g}s")
            calls.append(now)
            return func(*args, **kwargs)

        return wrapper

    return decorate


now = 0.0


@rate_limit(max_calls=3, period=10, clock=lambda: now)
def send_sms(text: str) -> str:
    return "sent"


outcomes = []
for now in [0, 1, 2, 3, 9.9, 10, 10.5, 11]:
    try:
        outcomes.append(f"t={now}: {send_sms('hi')}")
    except RateLimitExceeded:
        outcomes.append(f"t={now}: rejected")
print(outcomes[:4])
#> ['t=0: sent', 't=1: sent', 't=2: sent', 't=3: rejected']
print(outcomes[4:])
#> ['t=9.9: rejected', 't=10: sent', 't=10.5: rejected', 't=11: sent']
