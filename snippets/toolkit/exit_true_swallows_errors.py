import contextlib
from types import TracebackType


class Ignore:
    def __init__(self, *errors: type[BaseException]) -> None:
        self.errors = errors

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        # A true value tells Python the exception was handled: it stops here.
        return exc_type is not None and issubclass(exc_type, self.errors)


sessions = {"s1": "alice"}
with Ignore(KeyError):
    del sessions["s2"]
print("after the block:", sessions)
#> after the block: {'s1': 'alice'}

with contextlib.suppress(KeyError):  # the standard library's version
    del sessions["s2"]


class SwallowEverything:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc_info: object) -> bool:
        return True


with SwallowEverything():
    total = subtotal + 5  # noqa: F821 - a typo that should fail loudly
print("no error reported; total exists:", "total" in globals())
#> no error reported; total exists: False
