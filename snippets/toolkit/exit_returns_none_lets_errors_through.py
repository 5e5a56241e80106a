import sqlite3
from collections.abc import Callable
from types import TracebackType


class DBConnection:
    def __init__(self, database: str) -> None:
        self.database = database
        self.conn: sqlite3.Connection | None = None
        self.closed_count = 0

    def __enter__(self) -> sqlite3.Connection:
        self.conn = sqlite3.connect(self.database)
        return self.conn

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:  # returns None: never swallows an exception
        self.conn.close()
        self.conn = None
        self.closed_count += 1


def run(db: DBConnection, job: Callable[[sqlite3.Connection], None]) -> str:
    try:
        with db as conn:
            job(conn)
    except RuntimeError as error:
        return f"recovered from {type(error).__name__}"
    return "ok"


def failing_job(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE jobs (name TEXT)")
    raise RuntimeError("simulated failure")


def succeeding_job(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE jobs (name TEXT)")


db = DBConnection(":memory:")
print(run(db, failing_job), run(db, succeeding_job))
#> recovered from RuntimeError ok
print("connections closed:", db.closed_count, db.conn)
#> connections closed: 2 None
