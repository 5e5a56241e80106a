import functools

calls: list[str] = []


def log_calls_broken(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        func(*args, **kwargs)  # the result is computed, then dropped

    return wrapper


def log_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        return func(*args, **kwargs)

    return wrapper


def total(prices: list[float]) -> float:
    return sum(prices)


print(log_calls_broken(total)([1.5, 2.5]))
#> None
print(log_calls(total)([1.5, 2.5]))
#> 4.0
print(calls)
#> ['total', 'total']
