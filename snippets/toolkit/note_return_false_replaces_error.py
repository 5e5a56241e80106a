import sqlite3
from collections.abc import Callable


class DBConnection:
    def __init__(self, database: str) -> None:
        self.database = database
        self.conn: sqlite3.Connection | None = None

    def __enter__(self) -> sqlite3.Connection:
        self.conn = sqlite3.connect(self.database)
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        self.conn.close()
        self.conn = None
        return false  # noqa: F821 - the note's typo, kept to show what it does


def run(job: Callable[[sqlite3.Connection], None]) -> str:
    try:
        with DBConnection(":memory:") as conn:
            job(conn)
    except RuntimeError:
        return "recovered from RuntimeError"
    return "ok"


def failing_job(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE jobs (name TEXT)")
    raise RuntimeError("simulated failure")


def succeeding_job(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE jobs (name TEXT)")


try:
    outcome = run(failing_job)
except NameError as error:
    outcome = f"{type(error).__name__} escaped"
    original = error.__context__
print(outcome)
#> NameError escaped
print(type(original).__name__, isinstance(original, RuntimeError))
#> RuntimeError True
# `false` is looked up on every exit, so a job that succeeds fails too.
# raises: NameError
run(succeeding_job)
