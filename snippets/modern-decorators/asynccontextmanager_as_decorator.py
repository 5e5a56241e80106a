import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


@asynccontextmanager
async def transaction(log: list[str]) -> AsyncIterator[list[str]]:
    log.append("BEGIN")
    try:
        yield log
    except Exception:
        log.append("ROLLBACK")
        raise
    else:
        log.append("COMMIT")


async def transfer(amount: int) -> list[str]:
    log: list[str] = []
    try:
        async with transaction(log) as tx:
            tx.append(f"UPDATE accounts SET balance = balance - {amount}")
            await asyncio.sleep(0)
            if amount > 100:
                raise ValueError("over the limit")
    except ValueError:
        pass
    return log


print(asyncio.run(transfer(50)))
#> ['BEGIN', 'UPDATE accounts SET balance = balance - 50', 'COMMIT']
print(asyncio.run(transfer(500)))
#> ['BEGIN', 'UPDATE accounts SET balance = balance - 500', 'ROLLBACK']

audit: list[str] = []


@transaction(audit)  # the same object, used as a decorator
async def close_month() -> str:
    audit.append("UPDATE ledger SET closed = 1")
    return "closed"


print(asyncio.run(close_month()), audit)
#> closed ['BEGIN', 'UPDATE ledger SET closed = 1', 'COMMIT']
