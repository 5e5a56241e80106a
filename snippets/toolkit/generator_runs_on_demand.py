from collections.abc import Iterator

events: list[str] = []


def countdown(start: int) -> Iterator[int]:
    events.append("body starts")
    for n in range(start, 0, -1):
        events.append(f"yield {n}")
        yield n
    events.append("body ends")


numbers = countdown(3)
# Calling a generator function runs none of its body.
print(type(numbers).__name__, events)
#> generator []
print(next(numbers), events)
#> 3 ['body starts', 'yield 3']
print(next(numbers), events[-1])
#> 2 yield 2
print(list(numbers), events[-2:])
#> [1] ['yield 1', 'body ends']
