import functools
import time
from collections.abc import Callable


class RetriesExhausted(Exception):
    pass


def retry(
    *,
    attempts: int = 3,
    base: float = 0.5,
    retry_on: tuple[type[Exception], ...] = (ConnectionError,),
    sleep: Callable[[float], None] = time.sleep,
):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except retry_on as error:
                    if attempt == attempts:
                        raise RetriesExhausted(
                            f"{func.__name__} failed {attempts} times"
                        ) from error
                    sleep(base * 2 ** (attempt - 1))

        return wrapper

    return decorate


slept: list[float] = []
calls: list[str] = []


@retry(sleep=slept.append)
def connect(host: str) -> str:
    calls.append(host)
    raise ConnectionRefusedError(f"{host}:5432 refused")


try:
    connect("db1")
except RetriesExhausted as error:
    print(error, calls, slept)
    #> connect failed 3 times ['db1', 'db1', 'db1'] [0.5, 1.0]
    # The real cause is kept: the last error, chained with `raise ... from`.
    print(repr(error.__cause__))
    #> ConnectionRefusedError('db1:5432 refused')

calls.clear()
slept.clear()


@retry(sleep=slept.append)
def parse_port(text: str) -> int:
    calls.append(text)
    return int(text)


try:
    parse_port("54x2")
except ValueError:
    # A ValueError is a bug in the input, not a flaky network: no retry.
    print("ValueError after", len(calls), "attempt;", "slept:", slept)
    #> ValueError after 1 attempt; slept: []
