import sqlite3

connection = sqlite3.connect(":memory:")
connection.execute("CREATE TABLE users (name TEXT, age INTEGER, active INTEGER)")
connection.executemany(
    "INSERT INTO users VALUES (?, ?, ?)",
    [("ada", 36, 1), ("grace", 45, 1), ("linus", 25, 0)],
)


def query_builder(table):
    def query(**filters):
        conditions = " AND ".join(f"{k}='{v}'" for k, v in filters.items())
        return f"SELECT * FROM {table} WHERE {conditions}"

    return query


users = query_builder("users")
active = users(active=True)
print(active)
#> SELECT * FROM users WHERE active='True'
print(connection.execute(active).fetchall())  # two users are active
#> []
# '25' matches only because SQLite converts it for an INTEGER column:
print(connection.execute(users(age=25)).fetchall())
#> [('linus', 25, 0)]
