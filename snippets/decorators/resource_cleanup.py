import functools
import shutil
import sqlite3
import tempfile
from pathlib import Path

DB_DIR = Path(tempfile.mkdtemp())
DB_PATH = DB_DIR / "shop.db"
seen: list[sqlite3.Connection] = []


def with_connection(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        connection = sqlite3.connect(DB_PATH)
        try:
            with connection:  # commit if func returns, roll back if it raises
                return func(connection, *args, **kwargs)
        finally:
            connection.close()  # always, whatever happened above

    return wrapper


@with_connection
def setup(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE orders (item TEXT)")


@with_connection
def add_orders(db: sqlite3.Connection, *items: str) -> None:
    seen.append(db)
    for item in items:
        if not item:
            raise ValueError("empty item name")
        db.execute("INSERT INTO orders VALUES (?)", (item,))


@with_connection
def count_orders(db: sqlite3.Connection) -> int:
    return db.execute("SELECT COUNT(*) FROM orders").fetchone()[0]


setup()
add_orders("tea", "cake")
try:
    add_orders("scone", "")  # fails half-way: the "scone" insert is rolled back
except ValueError as error:
    print("failed:", error)
    #> failed: empty item name
print(count_orders())
#> 2
try:
    seen[-1].execute("SELECT 1")
except sqlite3.ProgrammingError:
    print("the connection of the failed call was closed too")
    #> the connection of the failed call was closed too
shutil.rmtree(DB_DIR)
