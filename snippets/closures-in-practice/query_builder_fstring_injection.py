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
print(connection.execute(users(name="ada")).fetchall())
#> [('ada', 36, 1)]

attack = users(name="nobody' OR '1'='1")  # typed into a search box
print(attack)
#> SELECT * FROM users WHERE name='nobody' OR '1'='1'
print(connection.execute(attack).fetchall())
#> [('ada', 36, 1), ('grace', 45, 1), ('linus', 25, 0)]
