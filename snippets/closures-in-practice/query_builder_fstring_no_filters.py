import sqlite3

connection = sqlite3.connect(":memory:")
connection.execute("CREATE TABLE users (name TEXT, age INTEGER, active INTEGER)")


def query_builder(table):
    def query(**filters):
        conditions = " AND ".join(f"{k}='{v}'" for k, v in filters.items())
        return f"SELECT * FROM {table} WHERE {conditions}"

    return query


users = query_builder("users")
everyone = users()
print(repr(everyone))
#> 'SELECT * FROM users WHERE '
# raises: OperationalError
connection.execute(everyone)
