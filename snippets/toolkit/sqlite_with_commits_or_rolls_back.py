import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute(
    "CREATE TABLE accounts"
    " (name TEXT PRIMARY KEY, balance INTEGER NOT NULL CHECK (balance >= 0))"
)
conn.executemany("INSERT INTO accounts VALUES (?, ?)", [("alice", 100), ("bob", 0)])
conn.commit()


def transfer(source: str, target: str, amount: int) -> None:
    with conn:  # commit if the block succeeds, roll back if it raises
        credit = "UPDATE accounts SET balance = balance + ? WHERE name = ?"
        debit = "UPDATE accounts SET balance = balance - ? WHERE name = ?"
        conn.execute(credit, (amount, target))
        conn.execute(debit, (amount, source))


def balances() -> dict[str, int]:
    return dict(conn.execute("SELECT name, balance FROM accounts ORDER BY name"))


transfer("alice", "bob", 30)
print(balances())
#> {'alice': 70, 'bob': 30}
try:
    transfer("alice", "bob", 500)  # bob is credited, then alice's debit fails
except sqlite3.IntegrityError as error:
    print(type(error).__name__, balances())
    #> IntegrityError {'alice': 70, 'bob': 30}
conn.close()
