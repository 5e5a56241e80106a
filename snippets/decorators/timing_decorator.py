import functools
import logging
import time
from collections.abc import Callable


class PrintHandler(logging.Handler):
    """Send records to print(), so the page can show them."""

    def emit(self, record: logging.LogRecord) -> None:
        print(self.format(record))


def timed(logger: logging.Logger, clock: Callable[[], float] = time.perf_counter):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:  # logged on success and on failure alike
                logger.info("%s took %.3f s", func.__qualname__, clock() - start)

        return wrapper

    return decorate


handler = PrintHandler()
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
log = logging.getLogger("shop.timing")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False

now = 0.0


def fake_clock() -> float:
    return now


@timed(log, clock=fake_clock)
def build_report(rows: int) -> str:
    global now
    now += rows * 0.002  # pretend that each row takes 2 ms
    return f"{rows} rows"


print(build_report(750))
#> INFO shop.timing: build_report took 1.500 s
#> 750 rows
try:
    build_report("many")
    #> INFO shop.timing: build_report took 0.000 s
except TypeError:
    print("the TypeError still reached the caller")
    #> the TypeError still reached the caller
