import functools

events: list[str] = []


def traced(func):
    events.append(f"decorating {func.__name__}")

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        events.append(f"calling {func.__name__}")
        return func(*args, **kwargs)

    return wrapper


events.append("before def")


@traced
def load_config() -> dict[str, str]:
    return {"env": "prod"}


events.append("after def")
print(events)
#> ['before def', 'decorating load_config', 'after def']
load_config()
load_config()
# The decorator ran once, at definition time; the wrapper runs at every call.
print(events[3:])
#> ['calling load_config', 'calling load_config']
