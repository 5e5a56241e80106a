import functools


class RateLimitExceeded(Exception):
    pass


def limiter(max_calls: int):
    def decorate(func):
        calls = 0

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal calls
            if calls >= max_calls:
                raise RateLimitExceeded(func.__name__)
            calls += 1
            return func(*args, **kwargs)

        return wrapper

    return decorate


@limiter  # parentheses forgotten: ping = limiter(ping), so max_calls is ping
def ping() -> str:
    return "pong"


# Decoration "worked": no error so far, but ping is now the inner `decorate`.
print(ping.__name__)
#> decorate
# A call with one argument silently returns a new wrapper instead of calling ping.
print(ping("payload").__name__)
#> wrapper
# raises: TypeError
ping()
