import sqlite3
from contextlib import closing

with sqlite3.connect(":memory:") as conn:
    conn.execute("CREATE TABLE notes (body TEXT)")
# The block ended, yet the connection is still open and usable.
print(conn.execute("SELECT count(*) FROM notes").fetchone())
#> (0,)
conn.close()

with closing(sqlite3.connect(":memory:")) as conn:  # closes on exit
    with conn:  # commits or rolls back, as before
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('closed properly')")
    print(conn.execute("SELECT body FROM notes").fetchone())
    #> ('closed properly',)
# raises: ProgrammingError
conn.execute("SELECT 1")
