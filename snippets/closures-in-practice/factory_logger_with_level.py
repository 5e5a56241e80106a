from collections.abc import Callable

LEVELS = {"DEBUG": 10, "INFO": 20, "WARNING": 30, "ERROR": 40}


def make_logger(
    name: str, min_level: str, sink: Callable[[str], None]
) -> Callable[[str, str], None]:
    threshold = LEVELS[min_level]  # an unknown level fails here, at setup

    def log(level: str, message: str) -> None:
        if LEVELS[level] >= threshold:
            sink(f"{level:<7} {name}: {message}")

    return log


lines: list[str] = []  # the sink is injected: a test can read what was logged
db_log = make_logger("db", "WARNING", lines.append)
api_log = make_logger("api", "DEBUG", lines.append)

db_log("INFO", "connected")  # below WARNING: dropped
db_log("ERROR", "connection lost")
api_log("DEBUG", "GET /users")
for line in lines:
    print(line)
    #> ERROR   db: connection lost
    #> DEBUG   api: GET /users
