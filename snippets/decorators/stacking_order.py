import functools

events: list[str] = []


def tag(label: str):
    def decorate(func):
        events.append(f"decorate with {label}")

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            events.append(f"enter {label}")
            result = func(*args, **kwargs)
            events.append(f"exit {label}")
            return result

        return wrapper

    return decorate


@tag("outer")
@tag("inner")
def handler() -> str:
    events.append("handler")
    return "ok"


# Same as handler = tag("outer")(tag("inner")(handler)): applied bottom-up.
print(events)
#> ['decorate with inner', 'decorate with outer']
events.clear()
print(handler())
#> ok
# Called top-down: the outermost wrapper runs first and finishes last.
print(" > ".join(events))
#> enter outer > enter inner > handler > exit inner > exit outer
