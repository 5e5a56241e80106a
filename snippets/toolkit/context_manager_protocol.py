from types import TracebackType


class Recorder:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def __enter__(self) -> "Recorder":
        self.calls.append("__enter__")
        return self  # this is what `as` binds

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        name = exc_type.__name__ if exc_type else None
        self.calls.append(f"__exit__({name}, {exc!r}, traceback: {tb is not None})")


with Recorder() as recorder:
    recorder.calls.append("body")
print(recorder.calls)
#> ['__enter__', 'body', '__exit__(None, None, traceback: False)']

try:
    with Recorder() as recorder:
        recorder.calls.append("body")
        raise KeyError("sku-42")
except KeyError:
    print(recorder.calls)
    #> ['__enter__', 'body', "__exit__(KeyError, KeyError('sku-42'), traceback: True)"]
