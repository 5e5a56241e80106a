from types import TracebackType


class Tracer:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def __enter__(self) -> str:
        self.log.append("enter")
        return "resource"

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        self.log.append(f"exit({exc_type.__name__ if exc_type else None})")
        return False


def with_statement(log: list[str]) -> None:
    with Tracer(log) as value:
        log.append(f"body uses {value}")
        raise ValueError("bad row")


def by_hand(log: list[str]) -> None:
    manager = Tracer(log)
    value = type(manager).__enter__(manager)
    try:
        log.append(f"body uses {value}")
        raise ValueError("bad row")
    except BaseException as error:
        if not type(manager).__exit__(manager, type(error), error, error.__traceback__):
            raise
    else:
        type(manager).__exit__(manager, None, None, None)


logs: list[list[str]] = []
for version in (with_statement, by_hand):
    log: list[str] = []
    try:
        version(log)
    except ValueError:
        log.append("caller sees ValueError")
    logs.append(log)
print(logs[0])
#> ['enter', 'body uses resource', 'exit(ValueError)', 'caller sees ValueError']
print(logs[0] == logs[1])
#> True
