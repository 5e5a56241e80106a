import functools
from collections import Counter


class CallStats:
    """One object, several decorated functions, one shared tally."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def track(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            self.counts[func.__name__] += 1
            return func(*args, **kwargs)

        return wrapper

    def report(self) -> str:
        return ", ".join(f"{name}={n}" for name, n in sorted(self.counts.items()))

    def reset(self) -> None:
        self.counts.clear()


api_stats = CallStats()


@api_stats.track
def get_user(user_id: int) -> str:
    return f"user {user_id}"


@api_stats.track
def list_orders() -> list[str]:
    return []


get_user(1)
get_user(2)
list_orders()
print(api_stats.report())
#> get_user=2, list_orders=1
api_stats.reset()
get_user(3)
print(api_stats.report())
#> get_user=1
