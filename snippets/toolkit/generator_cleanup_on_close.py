import sqlite3
from collections.abc import Iterator

events: list[str] = []


def stream_rows(conn: sqlite3.Connection) -> Iterator[tuple[int, str]]:
    cursor = conn.execute("SELECT id, name FROM products ORDER BY id")
    try:
        yield from cursor
    finally:  # runs when the generator finishes *or* is closed early
        cursor.close()
        events.append("cursor closed")


conn = sqlite3.connect(":memory:")
conn.execute("CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT)")
conn.executemany("INSERT INTO products (name) VALUES (?)", [("lamp",), ("desk",)])

rows = stream_rows(conn)
for row in rows:
    print("first row:", row)
    #> first row: (1, 'lamp')
    break
# The loop stopped, but the generator is only paused at its `yield`.
print(events)
#> []
rows.close()  # raises GeneratorExit at the `yield`, so `finally` runs now
print(events)
#> ['cursor closed']
conn.close()
