import functools
import threading


class RateLimitExceeded(Exception):
    pass


class Bucket:
    """Allows `capacity` calls in total (no refill, to keep the example short)."""

    def __init__(self, capacity: int) -> None:
        self.tokens = capacity
        self._lock = threading.Lock()

    def take(self, name: str) -> None:
        with self._lock:
            if self.tokens == 0:
                raise RateLimitExceeded(name)
            self.tokens -= 1

    def __call__(self, func):  # a Bucket instance is a decorator
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            self.take(func.__name__)
            return func(*args, **kwargs)

        return wrapper


def per_function(capacity: int):
    return lambda func: Bucket(capacity)(func)  # a new bucket for every function


def attempt(*funcs) -> list[str]:
    results = []
    for func in funcs:
        try:
            results.append(func())
        except RateLimitExceeded as error:
            results.append(f"{error} rejected")
    return results


@per_function(capacity=2)
def search() -> str:
    return "search ok"


@per_function(capacity=2)
def upload() -> str:
    return "upload ok"


print(attempt(search, search, upload, search))
#> ['search ok', 'search ok', 'upload ok', 'search rejected']

partner_api = Bucket(capacity=2)  # one quota, shared by both functions


@partner_api
def get_quote() -> str:
    return "quote ok"


@partner_api
def place_order() -> str:
    return "order ok"


print(attempt(get_quote, place_order, get_quote))
#> ['quote ok', 'order ok', 'get_quote rejected']
