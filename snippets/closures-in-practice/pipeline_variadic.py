from collections.abc import Callable
from typing import Any

Step = Callable[[Any], Any]


def pipeline(*steps: Step) -> Step:
    """pipeline(f, g, h)(x) is h(g(f(x))): steps run left to right."""

    def run(value: Any) -> Any:
        for step in steps:
            value = step(value)
        return value

    return run


def first(n: int) -> Callable[[str], str]:
    def take(text: str) -> str:
        return text[:n]

    return take


normalise = pipeline(str.strip, str.lower)
print(repr(normalise("  HELLO World ")))
#> 'hello world'
print(pipeline()(42))  # no steps: the identity function
#> 42

# The same two steps in the other order give another result:
print(repr(pipeline(str.strip, first(3))("   hello")))
#> 'hel'
print(repr(pipeline(first(3), str.strip)("   hello")))
#> ''
