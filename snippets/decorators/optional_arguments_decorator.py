import functools


class RateLimitExceeded(Exception):
    pass


def limiter(func=None, /, *, max_calls: int = 3):
    """Use as @limiter or @limiter(max_calls=5); never @limiter(5)."""
    if func is not None and not callable(func):
        raise TypeError("pass options by keyword: @limiter(max_calls=...)")

    def decorate(f):
        calls = 0

        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            nonlocal calls
            if calls >= max_calls:
                raise RateLimitExceeded(f.__name__)
            calls += 1
            return f(*args, **kwargs)

        return wrapper

    return decorate if func is None else decorate(func)


@limiter
def ping() -> str:
    return "pong"


@limiter(max_calls=1)
def deploy() -> str:
    return "deployed"


print(ping(), ping(), ping(), deploy())
#> pong pong pong deployed
try:
    deploy()
except RateLimitExceeded as error:
    print("limit reached:", error)
    #> limit reached: deploy


# raises: TypeError
@limiter(5)
def backup() -> str:
    return "saved"
